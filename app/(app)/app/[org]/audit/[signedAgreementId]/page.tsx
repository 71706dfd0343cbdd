import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Card } from "@/components/ui/card";
import { describeAuditActor, describeAuditEvent } from "@/lib/audit/events";
import { getAuditTrail, type AuditTrailDetail } from "@/lib/audit/get-audit-trail";
import { AppError } from "@/lib/errors";
import { getTranslator } from "@/lib/i18n/server";
import { loadOrgContext } from "@/lib/tenancy/page-context";
import { ForbiddenNotice } from "../forbidden-notice";
import { utcTime } from "../format";
import { VerificationSummary } from "../verification-summary";
import { TableHead, tableClass } from "@/components/ui/table";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("audit.metaTitle") };
}

export default async function AuditTrailPage({ params }: { params: Promise<{ org: string; signedAgreementId: string }> }) {
  const { org, signedAgreementId } = await params;
  const { ctx } = await loadOrgContext(org);
  const { t, locale } = await getTranslator();
  let trail: AuditTrailDetail;
  try {
    trail = await getAuditTrail(ctx, signedAgreementId);
  } catch (error) {
    if (error instanceof AppError && error.code === "FORBIDDEN") return <ForbiddenNotice t={t} />;
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  const { signedAgreement, events, verification, users } = trail;

  return (
    <div className="space-y-8">
      <div>
        <Link href={`/app/${ctx.orgSlug}/audit`} className="text-sm font-semibold text-blue-800 hover:underline">
          ← {t("audit.back")}
        </Link>
        <h1 className="mt-2 text-2xl font-bold tracking-tight">{t("audit.trailTitle", { reference: signedAgreement.reference })}</h1>
        <p className="mt-1 text-sm text-slate-600">
          {t("audit.trailLead", {
            controller: signedAgreement.controller,
            agreement: signedAgreement.agreementTitle,
            version: signedAgreement.versionNumber ?? "",
            date: utcTime(signedAgreement.signedAt),
          })}
        </p>
      </div>

      <VerificationSummary verification={verification} t={t} />

      <section aria-labelledby="events-heading">
        <h2 id="events-heading" className="text-lg font-semibold">{t("audit.eventsHeading")}</h2>
        {events.length === 0 ? (
          <Card className="mt-3 p-6 text-sm text-slate-600">{t("audit.noEvents")}</Card>
        ) : (
          <Card className="mt-3 overflow-x-auto">
            <table className={tableClass} data-testid="audit-events">
              <TableHead columns={[t("audit.colTime"), t("audit.colType"), t("audit.colActor"), t("audit.colIp"), { label: t("audit.colEvent"), align: "right" }]} />
              <tbody className="divide-y divide-slate-100">
                {events.map((event) => (
                  <tr key={event.seq} data-event-type={event.type}>
                    <td className="px-4 py-3 whitespace-nowrap font-mono text-xs text-slate-700">{utcTime(event.at)}</td>
                    <td className="px-4 py-3 font-medium text-slate-900">
                      {describeAuditEvent(event, locale, users)}
                      {event.isChained ? null : <span className="ml-2 text-xs font-normal text-slate-600">({t("audit.legacyEvent")})</span>}
                    </td>
                    <td className="px-4 py-3 text-slate-700">
                      <span className="block">{describeAuditActor(event, locale, users)}</span>
                      {event.userAgent ? <span className="block max-w-xs truncate text-xs text-slate-600" title={event.userAgent}>{event.userAgent}</span> : null}
                    </td>
                    <td className="px-4 py-3 font-mono text-xs text-slate-700">{event.ip ?? "—"}</td>
                    <td className="px-4 py-3 text-right font-mono text-xs tabular-nums text-slate-600">{event.seq}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Card>
        )}
      </section>
    </div>
  );
}
