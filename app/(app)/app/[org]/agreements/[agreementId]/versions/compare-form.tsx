import type { Translate } from "@/lib/i18n/translate";
import type { VersionListItem } from "@/lib/versions/list-versions";
import { versionName } from "@/lib/versions/labels";

const selectClass =
  "block w-full rounded-md border-0 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-inset focus:ring-blue-800";

/** A plain GET form: choosing two versions needs no script. */
export function CompareForm({ action, versions, from, to, t }: {
  action: string; versions: VersionListItem[]; from: string; to: string; t: Translate;
}) {
  const options = versions.map((version) => ({
    value: version.id,
    label: `${versionName(version, t)}${version.isBinding ? "" : ` (${t("versions.translation")}, ${version.language.toUpperCase()})`} · ${t(`versions.status.${version.status}`)}`,
  }));
  return (
    <form method="get" action={action} className="flex flex-wrap items-end gap-3" aria-label={t("versions.compare.title")}>
      <label className="min-w-48 flex-1 text-sm font-medium text-slate-700">
        {t("versions.compare.from")}
        <select name="from" defaultValue={from} className={`mt-1 ${selectClass}`}>
          {options.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
        </select>
      </label>
      <label className="min-w-48 flex-1 text-sm font-medium text-slate-700">
        {t("versions.compare.to")}
        <select name="to" defaultValue={to} className={`mt-1 ${selectClass}`}>
          {options.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
        </select>
      </label>
      <button type="submit" className="rounded-md bg-blue-800 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-blue-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-800">
        {t("versions.compare.submit")}
      </button>
    </form>
  );
}
