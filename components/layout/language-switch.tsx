import { setLanguage } from "@/app/(app)/actions";
import type { Locale } from "@/lib/i18n/locale";

export function LanguageSwitch({ locale, label }: { locale: Locale; label: string }) {
  return (
    <form action={setLanguage} className="flex items-center gap-1 text-xs" aria-label={label}>
      {(["nl", "en"] as const).map((option) => (
        <button
          key={option}
          name="locale"
          value={option}
          aria-pressed={option === locale}
          className={`rounded px-2 py-1 font-semibold uppercase ${option === locale ? "bg-slate-900 text-white" : "text-slate-600 hover:bg-slate-200"}`}
        >
          {option}
        </button>
      ))}
    </form>
  );
}
