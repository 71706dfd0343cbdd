import type { Metadata } from "next";
import { redirect } from "next/navigation";
import Link from "next/link";
import { PublicHeader } from "@/components/layout/public-header";
import { Card } from "@/components/ui/card";
import { getCurrentUser } from "@/lib/auth/current-user";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";
import { appUrl } from "@/lib/email/app-url";
import { getTranslator } from "@/lib/i18n/server";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const { next } = await searchParams;
  // Only paths on this site are followed after sign-in: compared by origin with the URL parser.
  const target = safeRedirectPath(next, appUrl("/"));
  if (await getCurrentUser()) redirect(target);
  const { t } = await getTranslator();
  return (
    <>
      <PublicHeader />
      <main className="mx-auto max-w-md px-4 py-12">
        <Card className="p-8">
          <h1 className="text-2xl font-bold tracking-tight">{t("auth.signInTitle")}</h1>
          <p className="mt-2 text-sm text-slate-600">{t("auth.signInLead")}</p>
          <LoginForm callbackUrl={target} />
          <p className="mt-4 text-sm">
            <Link className="font-semibold text-blue-800 hover:underline" href="/account/forgot-password">{t("auth.forgotPassword")}</Link>
          </p>
          <p className="mt-6 text-sm text-slate-600">
            {t("auth.noAccount")}{" "}
            <Link className="font-semibold text-blue-800 hover:underline" href="/signup">{t("nav.signUp")}</Link>
          </p>
        </Card>
      </main>
    </>
  );
}
