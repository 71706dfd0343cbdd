import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AppHeader } from "@/components/layout/app-header";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/current-user";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";
import { getAccountStatus } from "@/lib/auth/account-status";
import { startTwoFactorSetup } from "@/lib/auth/two-factor";
import { appUrl } from "@/lib/email/app-url";
import { getTranslator } from "@/lib/i18n/server";
import { TwoFactorSetup } from "./two-factor-setup";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Two-factor sign-in", robots: { index: false }, referrer: "no-referrer" };

export default async function TwoFactorSetupPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const user = await requireUser();
  const { next: rawNext } = await searchParams;
  const next = safeRedirectPath(rawNext, appUrl("/"));
  const status = await getAccountStatus(user.id);
  if (!status.emailVerifiedAt) redirect("/account/verify-email");
  if (status.totpEnabledAt) redirect(next);
  const [{ t }, setup] = await Promise.all([getTranslator(), startTwoFactorSetup(user.id)]);
  return (
    <>
      <AppHeader user={user} />
      <main className="mx-auto max-w-xl px-4 py-10">
        <Card className="space-y-4 p-8">
          <h1 className="text-2xl font-bold tracking-tight">{t("account.setupTitle")}</h1>
          {next.startsWith("/app/") ? <p className="text-sm font-medium text-slate-800">{t("account.setupRequiredLead")}</p> : null}
          <p className="text-sm text-slate-600">{t("account.setupLead")}</p>
          <TwoFactorSetup qrDataUrl={setup.qrDataUrl} secret={setup.secretBase32} next={next} />
        </Card>
      </main>
    </>
  );
}
