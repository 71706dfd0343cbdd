import type { Metadata } from "next";
import Link from "next/link";
import { RedlineSummary, RedlineView } from "@/components/redline/redline-view";
import { getTranslator } from "@/lib/i18n/server";
import { loadOrgContext } from "@/lib/tenancy/page-context";
import { versionName } from "@/lib/versions/labels";
import { CompareForm } from "../compare-form";
import { loadRedline, loadVersions, single } from "../load";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("redline.metaTitle") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function RedlinePage({ params, searchParams }: { params: Promise<{ org: string; agreementId: string }>; searchParams: SearchParams }) {
  const [{ org, agreementId }, query] = await Promise.all([params, searchParams]);
  const from = single(query.from);
  const to = single(query.to);
  const { ctx } = await loadOrgContext(org);
  const [{ t, locale }, view, { versions }] = await Promise.all([
    getTranslator(),
    loadRedline(ctx, agreementId, from, to),
    loadVersions(ctx, agreementId),
  ]);
  const versionsPath = `/app/${ctx.orgSlug}/agreements/${view.agreement.id}/versions`;
  const pdfPath = `${versionsPath}/redline/pdf?${new URLSearchParams({ from: view.from.id, to: view.to.id })}`;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="min-w-0">
          <nav aria-label={t("editor.breadcrumb")} className="text-xs text-slate-500">
            <Link href={`/app/${ctx.orgSlug}/agreements/${view.agreement.id}`} className="hover:text-slate-800 hover:underline">{t("versions.breadcrumbAgreement")}</Link>
            <span aria-hidden="true"> / </span>
            <Link href={versionsPath} className="hover:text-slate-800 hover:underline">{t("redline.back")}</Link>
          </nav>
          <h1 className="mt-1 text-2xl font-bold tracking-tight">
            {t("redline.title", { from: versionName(view.from, t), to: versionName(view.to, t) })}
          </h1>
          <p className="mt-1 text-sm text-slate-600">{view.to.title}</p>
          {view.to.changeSummary ? <p className="mt-1 max-w-prose text-sm text-slate-700">{view.to.changeSummary}</p> : null}
        </div>
        <a
          href={pdfPath}
          className="inline-flex items-center justify-center rounded-md bg-white px-4 py-2 text-sm font-semibold text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-800"
        >
          {t("redline.downloadPdf")}
        </a>
      </div>
      <div className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
        <CompareForm action={`${versionsPath}/redline`} versions={versions} from={view.from.id} to={view.to.id} t={t} />
        {view.from.id === view.to.id ? <p className="mt-2 text-sm text-amber-800">{t("versions.compare.same")}</p> : null}
      </div>
      <RedlineSummary redline={view.redline} t={t} />
      <RedlineView redline={view.redline} t={t} locale={locale} />
    </div>
  );
}
