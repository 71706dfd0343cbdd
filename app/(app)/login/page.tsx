import type { Metadata } from "next";
import { redirect } from "next/navigation";
import Link from "next/link";
import { PublicHeader } from "@/components/layout/public-header";
import { Card } from "@/components/ui/card";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getTranslator } from "@/lib/i18n/server";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  if (await getCurrentUser()) redirect("/app");
  const { t } = await getTranslator();
  const { next } = await searchParams;
  // Only same-site paths are followed after sign-in.
  const target = next && next.startsWith("/") && !next.startsWith("//") ? next : "/app";
  return (
    <>
      <PublicHeader />
      <main className="mx-auto max-w-md px-4 py-12">
        <Card className="p-8">
          <h1 className="text-2xl font-bold tracking-tight">{t("auth.signInTitle")}</h1>
          <p className="mt-2 text-sm text-slate-600">{t("auth.signInLead")}</p>
          <LoginForm callbackUrl={target} />
          <p className="mt-6 text-sm text-slate-600">
            {t("auth.noAccount")}{" "}
            <Link className="font-semibold text-blue-800 hover:underline" href="/signup">{t("nav.signUp")}</Link>
          </p>
        </Card>
      </main>
    </>
  );
}
