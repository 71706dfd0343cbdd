import type { Metadata } from "next";
import { PublicHeader } from "@/components/layout/public-header";
import { Card } from "@/components/ui/card";
import { getTranslator } from "@/lib/i18n/server";
import { forgotPasswordAction } from "../actions";
import { AccountForm } from "../account-form";

export const metadata: Metadata = { title: "Password" };

export default async function ForgotPasswordPage() {
  const { t } = await getTranslator();
  return (
    <>
      <PublicHeader />
      <main className="mx-auto max-w-md px-4 py-12">
        <Card className="space-y-4 p-8">
          <h1 className="text-2xl font-bold tracking-tight">{t("account.forgotTitle")}</h1>
          <p className="text-sm text-slate-600">{t("account.forgotLead")}</p>
          <AccountForm
            action={forgotPasswordAction}
            fields={[{ name: "email", label: t("auth.email"), type: "email", autoComplete: "email", maxLength: 254 }]}
            button={t("account.forgotButton")}
          />
        </Card>
      </main>
    </>
  );
}
