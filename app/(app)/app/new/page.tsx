import { AppHeader } from "@/components/layout/app-header";
import { Card } from "@/components/ui/card";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { getAccountStatus } from "@/lib/auth/account-status";
import { getTranslator } from "@/lib/i18n/server";
import { NewOrganisationForm } from "./new-organisation-form";

export default async function NewOrganisationPage() {
  const user = await requireUser();
  // Only a confirmed address founds an organisation.
  if (!(await getAccountStatus(user.id)).emailVerifiedAt) redirect("/account/verify-email");
  const { t } = await getTranslator();
  return (
    <>
      <AppHeader user={user} />
      <main className="mx-auto max-w-2xl px-4 py-10">
        <Card className="p-8">
          <h1 className="text-2xl font-bold tracking-tight">{t("org.newTitle")}</h1>
          <p className="mt-2 text-sm text-slate-600">{t("org.newLead")}</p>
          <NewOrganisationForm />
        </Card>
      </main>
    </>
  );
}
