import type { Metadata } from "next";
import { AppHeader } from "@/components/layout/app-header";
import { ButtonLink } from "@/components/ui/button";
import { Alert, Card } from "@/components/ui/card";
import { getAccountStatus } from "@/lib/auth/account-status";
import { requireUser } from "@/lib/auth/current-user";
import { getTranslator } from "@/lib/i18n/server";
import { resendVerificationAction } from "../actions";
import { AccountForm } from "../account-form";

export const metadata: Metadata = { title: "E-mail", robots: { index: false } };

export default async function VerifyEmailNoticePage() {
  const user = await requireUser();
  const [{ t }, status] = await Promise.all([getTranslator(), getAccountStatus(user.id)]);
  return (
    <>
      <AppHeader user={user} />
      <main className="mx-auto max-w-md px-4 py-12">
        <Card className="space-y-4 p-8">
          <h1 className="text-2xl font-bold tracking-tight">{t("account.verifyTitle")}</h1>
          {status.emailVerifiedAt ? (
            <>
              <Alert tone="success">{t("account.verifyDone")}</Alert>
              <ButtonLink href="/app">{t("account.verifyContinue")}</ButtonLink>
            </>
          ) : (
            <>
              <p className="text-sm text-slate-600">{t("account.verifyLead", { email: status.email })}</p>
              <AccountForm action={resendVerificationAction} button={t("account.verifyResend")} variant="secondary" />
            </>
          )}
        </Card>
      </main>
    </>
  );
}
