import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { PublicHeader } from "@/components/layout/public-header";
import { Card } from "@/components/ui/card";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getTranslator } from "@/lib/i18n/server";
import { SignUpForm } from "./signup-form";

export const metadata: Metadata = { title: "Create account" };

export default async function SignUpPage() {
  if (await getCurrentUser()) redirect("/app");
  const { t } = await getTranslator();
  return (
    <>
      <PublicHeader />
      <main className="mx-auto max-w-md px-4 py-12">
        <Card className="p-8">
          <h1 className="text-2xl font-bold tracking-tight">{t("auth.signUpTitle")}</h1>
          <p className="mt-2 text-sm text-slate-600">{t("auth.signUpAccountLead")}</p>
          <SignUpForm />
          <p className="mt-6 text-sm text-slate-600">
            {t("auth.haveAccount")}{" "}
            <Link className="font-semibold text-blue-800 hover:underline" href="/login">{t("nav.signIn")}</Link>
          </p>
        </Card>
      </main>
    </>
  );
}
