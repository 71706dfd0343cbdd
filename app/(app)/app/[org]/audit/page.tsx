import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { Pager } from "@/components/ui/pager";
import { describeAuditActor, describeAuditEvent } from "@/lib/audit/events";
import { getAuditOverview, type AuditOverview } from "@/lib/audit/get-audit-overview";
import { AppError } from "@/lib/errors";
import { getTranslator } from "@/lib/i18n/server";
import { loadOrgContext } from "@/lib/tenancy/page-context";
import { ForbiddenNotice } from "./forbidden-notice";
import { utcTime } from "./format";
import { VerificationSummary } from "./verification-summary";
import { TableHead, tableClass } from "@/components/ui/table";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("audit.metaTitle") };
}

export default async function AuditPage({ params, searchParams }: { params: Promise<{ org: string }>; searchParams: Promise<{ after?: string | string[] }> }) {
  const [{ org }, query] = await Promise.all([params, searchParams]);
  const { ctx } = await loadOrgContext(org);
  const { t, locale } = await getTranslator();
  let overview: AuditOverview;
  try {
    overview = await getAuditOverview(ctx, { cursor: query.after });
  } catch (error) {
    if (error instanceof AppError && error.code === "FORBIDDEN") return <ForbiddenNotice t={t} />;
    throw error;
  }
  const { verification, signedAgreements, hasMore, nextCursor, activity, hasMoreActivity, users } = overview;
  const problemsLabel = (count: number) => (count === 0 ? t("audit.statusIntact") : t("audit.statusProblems", { count }));

  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">{t("audit.title")}</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">{t("audit.lead")}</p>
      </div>

      <VerificationSummary verification={verification} t={t} />

      <section aria-labelledby="signed-heading">
        <h2 id="signed-heading" className="text-lg font-semibold">{t("audit.signedHeading")}</h2>
        {signedAgreements.length === 0 ? (
          <Card className="mt-3 p-6 text-sm text-slate-600">{t("audit.noSigned")}</Card>
        ) : (
          <Card className="mt-3 overflow-x-auto">
            <table className={tableClass} data-testid="audit-signed-agreements">
              <TableHead columns={[t("audit.colReference"), t("audit.colController"), t("audit.colSignedAt"), t("audit.colStatus"), { label: t("audit.view"), isHidden: true }]} />
              <tbody className="divide-y divide-slate-100">
                {signedAgreements.map((row) => (
                  <tr key={row.id}>
                    <td className="px-4 py-3 font-mono text-xs">{row.reference}</td>
                    <td className="px-4 py-3 font-medium text-slate-900">{row.controller}</td>
                    <td className="px-4 py-3 whitespace-nowrap font-mono text-xs text-slate-700">{utcTime(row.signedAt)}</td>
                    <td className={`px-4 py-3 ${row.problemCount === 0 ? "text-emerald-800" : "font-semibold text-red-800"}`}>
                      {problemsLabel(row.problemCount)}
                    </td>
                    <td className="px-4 py-3 text-right">
                      <Link
                        href={`/app/${ctx.orgSlug}/audit/${row.id}`}
                        className="font-semibold text-blue-800 hover:underline"
                        aria-label={t("audit.viewLabel", { reference: row.reference })}
                      >
                        {t("audit.view")}
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Card>
        )}
        {hasMore && !query.after ? <p className="mt-2 text-xs text-slate-600">{t("audit.newest", { count: signedAgreements.length })}</p> : null}
        <Pager
          label={t("audit.signedHeading")}
          newestHref={query.after ? `/app/${ctx.orgSlug}/audit` : null}
          olderHref={nextCursor ? `/app/${ctx.orgSlug}/audit?after=${nextCursor}` : null}
          newestText={t("pagination.newest")}
          olderText={t("pagination.older")}
        />
      </section>

      <section aria-labelledby="activity-heading">
        <h2 id="activity-heading" className="text-lg font-semibold">{t("audit.activityHeading")}</h2>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">{t("audit.activityLead")}</p>
        {activity.length === 0 ? (
          <Card className="mt-3 p-6 text-sm text-slate-600">{t("audit.noActivity")}</Card>
        ) : (
          <Card className="mt-3 overflow-x-auto">
            <table className={tableClass} data-testid="audit-activity">
              <TableHead columns={[t("audit.colTime"), t("audit.colType"), t("audit.colActor"), t("audit.colIp")]} />
              <tbody className="divide-y divide-slate-100">
                {activity.map((event) => (
                  <tr key={event.seq} data-event-type={event.type}>
                    <td className="px-4 py-3 whitespace-nowrap font-mono text-xs text-slate-700">{utcTime(event.at)}</td>
                    <td className="px-4 py-3 font-medium text-slate-900">{describeAuditEvent(event, locale, users)}</td>
                    <td className="px-4 py-3 text-slate-700">{describeAuditActor(event, locale, users)}</td>
                    <td className="px-4 py-3 font-mono text-xs text-slate-700">{event.ip ?? "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Card>
        )}
        {hasMoreActivity ? <p className="mt-2 text-xs text-slate-600">{t("audit.newest", { count: activity.length })}</p> : null}
      </section>
    </div>
  );
}
