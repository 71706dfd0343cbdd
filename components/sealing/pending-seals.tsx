import { Card } from "@/components/ui/card";
import { formatDateTime } from "@/lib/format/date-time";
import { getTranslator } from "@/lib/i18n/server";
import { listPendingSeals } from "@/lib/sealing/list-pending-seals";
import type { OrgContext } from "@/lib/tenancy/context";

/**
 * For the processor's dashboard: signed agreements whose PDF has waited more than five minutes for
 * its seal (normally none, and then nothing is shown). Each row: reference, controller, when it was
 * signed, how often sealing was tried and the last error.
 */
export async function PendingSeals({ ctx, olderThanMinutes = 5 }: { ctx: OrgContext; olderThanMinutes?: number }) {
  const [{ t, locale }, pending] = await Promise.all([getTranslator(), listPendingSeals(ctx, olderThanMinutes)]);
  if (pending.length === 0) return null;
  return (
    <section aria-labelledby="pending-seals-heading">
      <h2 id="pending-seals-heading" className="text-lg font-semibold">
        {t("sealing.pendingTitle")} <span className="ml-1 rounded-full bg-amber-100 px-2 py-0.5 text-sm text-amber-900">{pending.length}</span>
      </h2>
      <p className="mt-1 text-sm text-slate-600">{t("sealing.pendingLead")}</p>
      <Card className="mt-3 overflow-x-auto ring-amber-300">
        <table className="min-w-full divide-y divide-slate-200 text-sm" data-testid="pending-seals">
          <thead className="bg-amber-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-600">
            <tr>
              <th scope="col" className="px-4 py-3">{t("sealing.colReference")}</th>
              <th scope="col" className="px-4 py-3">{t("sealing.colController")}</th>
              <th scope="col" className="px-4 py-3">{t("sealing.colSignedAt")}</th>
              <th scope="col" className="px-4 py-3 text-right">{t("sealing.colAttempts")}</th>
              <th scope="col" className="px-4 py-3">{t("sealing.colLastError")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {pending.map((row) => (
              <tr key={row.id}>
                <td className="px-4 py-3 font-mono text-xs whitespace-nowrap">{row.reference}</td>
                <td className="px-4 py-3 text-slate-700">
                  {row.controller}
                  <span className="block text-xs text-slate-500">{row.agreementTitle}</span>
                </td>
                <td className="px-4 py-3 text-slate-600 whitespace-nowrap">{formatDateTime(row.signedAt, locale, { style: "medium" })}</td>
                <td className="px-4 py-3 text-right tabular-nums">{row.attempts}</td>
                <td className="max-w-xs px-4 py-3 text-xs break-words text-slate-600">{row.lastError ?? t("sealing.noError")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
    </section>
  );
}
