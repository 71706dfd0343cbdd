import { Alert, Card } from "@/components/ui/card";
import type { AuditVerification } from "@/lib/audit/verify-audit-chains";
import type { Translate } from "@/lib/i18n/translate";

/** The outcome of verifyAuditChains: a status line, the counts, and every problem. */
export function VerificationSummary({ verification, t }: { verification: AuditVerification; t: Translate }) {
  const { chains, events, legacyEvents, personalData, problems } = verification;
  return (
    <section className="space-y-3" data-testid="audit-verification">
      <Alert tone={problems.length === 0 ? "success" : "error"}>
        <strong>{problems.length === 0 ? t("audit.intact") : t("audit.problemsFound", { count: problems.length })}</strong>
        <span className="block">{t("audit.checked", { chains, events })}</span>
        {legacyEvents > 0 ? <span className="block">{t("audit.legacy", { count: legacyEvents })}</span> : null}
        {personalData.checked > 0 ? <span className="block">{t("audit.personalDataChecked", { count: personalData.checked })}</span> : null}
        {personalData.unchecked > 0 ? <span className="block">{t("audit.personalDataUnchecked", { count: personalData.unchecked })}</span> : null}
      </Alert>
      {problems.length > 0 ? (
        <Card className="overflow-x-auto">
          <table aria-label={t("audit.problemsHeading")} className="min-w-full divide-y divide-slate-200 text-sm" data-testid="audit-problems">
            <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-500">
              <tr>
                <th scope="col" className="px-4 py-3">{t("audit.colProblem")}</th>
                <th scope="col" className="px-4 py-3">{t("audit.colChain")}</th>
                <th scope="col" className="px-4 py-3 text-right">{t("audit.colEvent")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {problems.map((problem) => (
                <tr key={`${problem.chainKey}-${problem.seq}-${problem.kind}`}>
                  <td className="px-4 py-3">
                    <span className="font-medium text-red-800">{t(`audit.kind.${problem.kind}`)}</span>
                    {/* The technical detail stays in English: it is for whoever investigates. */}
                    <span className="block text-xs text-slate-500">{problem.detail}</span>
                  </td>
                  <td className="px-4 py-3 font-mono text-xs text-slate-600">{problem.chainKey}</td>
                  <td className="px-4 py-3 text-right font-mono text-xs tabular-nums">{problem.seq}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      ) : null}
    </section>
  );
}
