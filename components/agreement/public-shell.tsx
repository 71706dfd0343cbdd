import Link from "next/link";
import { I18nProvider } from "@/components/i18n-provider";
import type { Locale } from "@/lib/i18n/locale";
import { translator } from "@/lib/i18n/translate";

/**
 * The frame of every public page of a processor: its name (to its trust page), the content, and a
 * quiet footer. Public pages are cached for everyone, so their language is not the reader's
 * preference (no cookies, no headers) but the language of the agreement shown.
 */
export function PublicShell({
  locale,
  orgSlug,
  processorName,
  hasBottomBar = false,
  children,
}: {
  locale: Locale;
  orgSlug: string;
  processorName: string;
  /** On a phone the page's actions sit in a bar fixed to the bottom; keep the footer clear of it. */
  hasBottomBar?: boolean;
  children: React.ReactNode;
}) {
  const t = translator(locale);
  return (
    <I18nProvider locale={locale}>
      <div lang={locale} className={`flex min-h-screen flex-col ${hasBottomBar ? "pb-[4.5rem] sm:pb-0" : ""}`}>
        <header className="border-b border-slate-200 bg-white">
          <div className="mx-auto flex max-w-5xl items-center justify-between gap-4 px-4 py-3 sm:px-6">
            <Link href={`/${orgSlug}`} className="flex min-w-0 items-center gap-2.5 font-semibold tracking-tight text-slate-900 hover:text-blue-800">
              <span aria-hidden className="grid size-8 shrink-0 place-items-center rounded-md bg-slate-900 text-sm font-bold text-white">
                {processorName.trim().charAt(0).toUpperCase() || "§"}
              </span>
              <span className="truncate">{processorName}</span>
            </Link>
            <span className="hidden text-xs text-slate-500 sm:block">{t("public.headerNote")}</span>
          </div>
        </header>
        <div className="flex-1">{children}</div>
        <footer className="border-t border-slate-200 bg-white">
          <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-6 text-xs text-slate-500 sm:px-6">
            <span>{t("public.footerPublishedBy", { name: processorName })}</span>
            <Link href="/" className="inline-flex items-center gap-1.5 hover:text-slate-800">
              <span aria-hidden className="grid size-4 place-items-center rounded bg-blue-800 text-[10px] text-white">§</span>
              {t("public.poweredBy")}
            </Link>
          </div>
        </footer>
      </div>
    </I18nProvider>
  );
}
