import type { Metadata } from "next";
import { PublicHeader } from "@/components/layout/public-header";
import { Card } from "@/components/ui/card";
import { getTranslator } from "@/lib/i18n/server";
import { confirmEmailAction } from "../../actions";
import { AccountForm } from "../../account-form";

export const dynamic = "force-dynamic";
// The token is a secret: keep the page out of indexes and referrers.
export const metadata: Metadata = { title: "E-mail", robots: { index: false, follow: false }, referrer: "no-referrer" };

/** Opening the link shows a button: mail scanners that follow links do not spend the token. */
export default async function ConfirmEmailPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const { t } = await getTranslator();
  return (
    <>
      <PublicHeader />
      <main className="mx-auto max-w-md px-4 py-12">
        <Card className="space-y-4 p-8">
          <h1 className="text-2xl font-bold tracking-tight">{t("account.verifyTitle")}</h1>
          <p className="text-sm text-slate-600">{t("account.verifyConfirmLead")}</p>
          <AccountForm
            action={confirmEmailAction}
            hidden={{ token }}
            button={t("account.verifyConfirmButton")}
            successHref="/app"
            successLabel={t("account.verifyContinue")}
          />
        </Card>
      </main>
    </>
  );
}
