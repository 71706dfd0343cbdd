import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { getTranslator } from "@/lib/i18n/server";
import { can } from "@/lib/tenancy/permissions";
import { loadOrgContext } from "@/lib/tenancy/page-context";
import { NewAgreementForm } from "./new-agreement-form";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("editor.new.title") };
}

export default async function NewAgreementPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const { ctx } = await loadOrgContext(org);
  const { t, locale } = await getTranslator();
  return (
    <div className="mx-auto max-w-2xl">
      <nav aria-label={t("editor.breadcrumb")} className="text-xs text-slate-500">
        <Link href={`/app/${ctx.orgSlug}`} className="hover:text-slate-800 hover:underline">{t("nav.dashboard")}</Link>
        <span aria-hidden="true"> / </span>
        <span>{t("editor.new.title")}</span>
      </nav>
      <Card className="mt-3 p-6 sm:p-8">
        <h1 className="text-2xl font-bold tracking-tight">{t("editor.new.title")}</h1>
        <p className="mt-2 text-sm text-slate-600">{t("editor.new.lead")}</p>
        <p className="mt-2 text-sm">
          <Link href={`/app/${ctx.orgSlug}/agreements/import`} className="font-medium text-blue-800 hover:underline">{t("import.link")}</Link>
        </p>
        {can(ctx.role, "agreement.edit") ? (
          <NewAgreementForm orgSlug={ctx.orgSlug} defaultLanguage={locale} />
        ) : (
          <p className="mt-6 rounded-md bg-slate-50 p-4 text-sm text-slate-700 ring-1 ring-inset ring-slate-200">
            {t("editor.new.notAllowed", { role: t(`role.${ctx.role}`) })}
          </p>
        )}
      </Card>
    </div>
  );
}
