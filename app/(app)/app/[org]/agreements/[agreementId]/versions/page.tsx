import type { Metadata } from "next";
import Link from "next/link";
import { formatDate } from "@/components/editor/format";
import { Card } from "@/components/ui/card";
import { getTranslator } from "@/lib/i18n/server";
import { loadOrgContext } from "@/lib/tenancy/page-context";
import { defaultComparison } from "@/lib/versions/list-versions";
import { versionName } from "@/lib/versions/labels";
import { CompareForm } from "./compare-form";
import { loadVersions } from "./load";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("versions.metaTitle") };
}

export default async function VersionsPage({ params }: { params: Promise<{ org: string; agreementId: string }> }) {
  const { org, agreementId } = await params;
  const { ctx } = await loadOrgContext(org);
  const [{ t, locale }, { agreement, versions }] = await Promise.all([getTranslator(), loadVersions(ctx, agreementId)]);
  const agreementPath = `/app/${ctx.orgSlug}/agreements/${agreement.id}`;
  const pair = defaultComparison(versions);
  return (
    <div className="space-y-6">
      <div>
        <nav aria-label={t("editor.breadcrumb")} className="text-xs text-slate-500">
          <Link href={`/app/${ctx.orgSlug}`} className="hover:text-slate-800 hover:underline">{t("nav.dashboard")}</Link>
          <span aria-hidden="true"> / </span>
          <Link href={agreementPath} className="hover:text-slate-800 hover:underline">{t("versions.breadcrumbAgreement")}</Link>
          <span aria-hidden="true"> / </span>
          <span>{t("versions.title")}</span>
        </nav>
        <h1 className="mt-1 text-2xl font-bold tracking-tight">{t("versions.title")}: {agreement.title}</h1>
        <p className="mt-1 max-w-prose text-sm text-slate-600">{t("versions.lead")}</p>
      </div>

      <Card className="p-5">
        <h2 className="mb-3 text-base font-semibold text-slate-900">{t("versions.compare.title")}</h2>
        {pair || versions.length >= 2 ? (
          <CompareForm
            action={`${agreementPath}/versions/redline`}
            versions={versions}
            from={pair?.from ?? versions[1].id}
            to={pair?.to ?? versions[0].id}
            t={t}
          />
        ) : (
          <p className="text-sm text-slate-600">{t("versions.compare.nothing")}</p>
        )}
      </Card>

      <Card className="overflow-x-auto">
        <table className="w-full border-collapse text-sm leading-6">
          <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-600">
            <tr>
              <th scope="col" className="px-4 py-2.5">{t("versions.columns.version")}</th>
              <th scope="col" className="px-4 py-2.5">{t("versions.columns.status")}</th>
              <th scope="col" className="px-4 py-2.5">{t("versions.columns.published")}</th>
              <th scope="col" className="px-4 py-2.5">{t("versions.columns.effective")}</th>
              <th scope="col" className="px-4 py-2.5">{t("versions.columns.summary")}</th>
              <th scope="col" className="px-4 py-2.5">{t("versions.columns.hash")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 border-t border-slate-200">
            {versions.map((version) => (
              <tr key={version.id} className="align-top">
                <th scope="row" className="px-4 py-3 text-left font-semibold text-slate-900">
                  {versionName(version, t)}
                  {version.isBinding ? null : <span className="block text-xs font-normal text-slate-500">{t("versions.translation")} ({version.language.toUpperCase()})</span>}
                </th>
                <td className="px-4 py-3 text-slate-700">{t(`versions.status.${version.status}`)}</td>
                <td className="px-4 py-3 text-slate-700">
                  {version.publishedAt ? formatDate(version.publishedAt, locale) : t("versions.lastSaved", { date: formatDate(version.updatedAt, locale) })}
                </td>
                <td className="px-4 py-3 text-slate-700">{version.effectiveDate ? formatDate(version.effectiveDate, locale) : "–"}</td>
                <td className="max-w-[28ch] px-4 py-3 text-slate-700">{version.changeSummary || <span className="text-slate-500">{t("versions.noSummary")}</span>}</td>
                <td className="px-4 py-3 font-mono text-xs text-slate-500" title={version.contentHash ?? undefined}>{version.contentHash ? version.contentHash.slice(0, 12) : "–"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
    </div>
  );
}
