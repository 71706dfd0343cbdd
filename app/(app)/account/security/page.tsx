import type { Metadata } from "next";
import { AppHeader } from "@/components/layout/app-header";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/current-user";
import { describeUserAgent } from "@/lib/auth/describe-user-agent";
import { listActiveSessions } from "@/lib/auth/sessions";
import { getTwoFactorStatus } from "@/lib/auth/two-factor";
import { getTranslator } from "@/lib/i18n/server";
import { changePasswordAction, disableTwoFactorAction, endOtherSessionsAction, endSessionAction } from "../actions";
import { AccountForm } from "../account-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Account security", robots: { index: false } };

export default async function AccountSecurityPage() {
  const user = await requireUser();
  const [{ t, locale }, sessions, twoFactor] = await Promise.all([getTranslator(), listActiveSessions(user), getTwoFactorStatus(user.id)]);
  const when = (date: Date | null) =>
    date ? `${date.toLocaleString(locale === "en" ? "en-GB" : "nl-NL", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" })} UTC` : "–";
  const hasOthers = sessions.some((session) => !session.isCurrent);
  return (
    <>
      <AppHeader user={user} />
      <main className="mx-auto max-w-4xl space-y-8 px-4 py-10">
        <div>
          <h1 className="text-2xl font-bold tracking-tight">{t("account.title")}</h1>
          <p className="mt-2 text-sm text-slate-600">{t("account.lead")}</p>
        </div>

        <Card className="space-y-4 p-6">
          <h2 className="text-lg font-semibold">{t("account.twoFactorTitle")}</h2>
          {twoFactor.isEnabled ? (
            <>
              <p className="text-sm text-slate-700">{t("account.twoFactorOn", { date: when(twoFactor.enabledAt), count: String(twoFactor.codesLeft) })}</p>
              <details>
                <summary className="cursor-pointer text-sm font-semibold text-blue-800">{t("account.twoFactorDisable")}</summary>
                <div className="mt-4 max-w-sm">
                  <AccountForm
                    action={disableTwoFactorAction}
                    fields={[
                      { name: "password", label: t("account.currentPassword"), type: "password", autoComplete: "current-password" },
                      { name: "code", label: t("auth.codeLabel"), autoComplete: "one-time-code", maxLength: 40 },
                    ]}
                    button={t("account.twoFactorDisable")}
                    variant="danger"
                    reloadOnSuccess
                  />
                </div>
              </details>
            </>
          ) : (
            <>
              <p className="text-sm text-slate-700">{t("account.twoFactorOff")}</p>
              <ButtonLink href="/account/two-factor?next=/account/security">{t("account.twoFactorSetUp")}</ButtonLink>
            </>
          )}
        </Card>

        <Card className="space-y-4 p-6">
          <h2 className="text-lg font-semibold">{t("account.changePasswordTitle")}</h2>
          <div className="max-w-sm">
            <AccountForm
              action={changePasswordAction}
              fields={[
                { name: "currentPassword", label: t("account.currentPassword"), type: "password", autoComplete: "current-password" },
                { name: "newPassword", label: t("account.newPassword"), type: "password", autoComplete: "new-password", hint: t("auth.passwordHint") },
              ]}
              button={t("account.changePasswordButton")}
            />
          </div>
        </Card>

        <Card className="space-y-4 p-6">
          <h2 className="text-lg font-semibold">{t("account.sessionsTitle")}</h2>
          <div className="overflow-x-auto">
            <table className="min-w-full text-left text-sm">
              <thead className="text-slate-700">
                <tr>
                  <th scope="col" className="py-2 pr-4 font-semibold">{t("account.sessionDevice")}</th>
                  <th scope="col" className="py-2 pr-4 font-semibold">{t("account.sessionIp")}</th>
                  <th scope="col" className="py-2 pr-4 font-semibold">{t("account.sessionCreated")}</th>
                  <th scope="col" className="py-2 pr-4 font-semibold">{t("account.sessionLastSeen")}</th>
                  <th scope="col" className="py-2"><span className="sr-only">{t("account.sessionEnd")}</span></th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200">
                {sessions.map((session) => {
                  const device = describeUserAgent(session.userAgent) ?? t("account.unknownDevice");
                  return (
                    <tr key={session.id}>
                      <td className="py-2 pr-4 text-slate-900" title={session.userAgent ?? undefined}>{device}</td>
                      <td className="py-2 pr-4 font-mono text-slate-700">{session.ip ?? "–"}</td>
                      <td className="py-2 pr-4 text-slate-700">{when(session.createdAt)}</td>
                      <td className="py-2 pr-4 text-slate-700">{when(session.lastSeenAt)}</td>
                      <td className="py-2">
                        {session.isCurrent ? (
                          <span className="text-sm font-semibold text-emerald-800">{t("account.sessionThis")}</span>
                        ) : (
                          <AccountForm
                            action={endSessionAction}
                            hidden={{ sessionId: session.id }}
                            button={t("account.sessionEnd")}
                            ariaLabel={t("account.sessionEndAria", { device, created: when(session.createdAt) })}
                            variant="secondary"
                            reloadOnSuccess
                          />
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {hasOthers ? (
            <AccountForm action={endOtherSessionsAction} button={t("account.sessionsEndOthers")} variant="danger" reloadOnSuccess />
          ) : null}
        </Card>
      </main>
    </>
  );
}
