import type { Metadata } from "next";
import { PublicHeader } from "@/components/layout/public-header";
import { Alert, Card } from "@/components/ui/card";
import { isResetTokenOpen } from "@/lib/auth/password-reset";
import { getTranslator } from "@/lib/i18n/server";
import { resetPasswordAction } from "../../actions";
import { AccountForm } from "../../account-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Password", robots: { index: false, follow: false }, referrer: "no-referrer" };

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [{ t }, isOpen] = await Promise.all([getTranslator(), isResetTokenOpen(token)]);
  return (
    <>
      <PublicHeader />
      <main className="mx-auto max-w-md px-4 py-12">
        <Card className="space-y-4 p-8">
          <h1 className="text-2xl font-bold tracking-tight">{t("account.resetTitle")}</h1>
          {isOpen ? (
            <AccountForm
              action={resetPasswordAction}
              hidden={{ token }}
              fields={[{ name: "password", label: t("account.newPassword"), type: "password", autoComplete: "new-password", hint: t("auth.passwordHint") }]}
              button={t("account.resetButton")}
              successHref="/login"
              successLabel={t("nav.signIn")}
            />
          ) : (
            <Alert>{t("account.linkInvalid")}</Alert>
          )}
        </Card>
      </main>
    </>
  );
}
