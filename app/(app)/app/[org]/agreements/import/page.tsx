import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { getTranslator } from "@/lib/i18n/server";
import { can } from "@/lib/tenancy/permissions";
import { loadOrgContext } from "@/lib/tenancy/page-context";
import { ImportFlow } from "./import-flow";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("import.title") };
}

export default async function ImportAgreementPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const { ctx } = await loadOrgContext(org);
  const { t } = await getTranslator();
  return (
    <div className="mx-auto max-w-3xl">
      <nav aria-label={t("editor.breadcrumb")} className="text-xs text-slate-500">
        <Link href={`/app/${ctx.orgSlug}`} className="hover:text-slate-800 hover:underline">{t("nav.dashboard")}</Link>
        <span aria-hidden="true"> / </span>
        <Link href={`/app/${ctx.orgSlug}/agreements/new`} className="hover:text-slate-800 hover:underline">{t("editor.new.title")}</Link>
        <span aria-hidden="true"> / </span>
        <span>{t("import.title")}</span>
      </nav>
      <Card className="mt-3 p-6 sm:p-8">
        <h1 className="text-2xl font-bold tracking-tight">{t("import.title")}</h1>
        <p className="mt-2 text-sm text-slate-600">{t("import.lead")}</p>
        {can(ctx.role, "agreement.edit") ? (
          <ImportFlow orgSlug={ctx.orgSlug} />
        ) : (
          <p className="mt-6 rounded-md bg-slate-50 p-4 text-sm text-slate-700 ring-1 ring-inset ring-slate-200">
            {t("import.notAllowed", { role: t(`role.${ctx.role}`) })}
          </p>
        )}
      </Card>
    </div>
  );
}
