import { ButtonLink } from "@/components/ui/button";
import { getTranslator } from "@/lib/i18n/server";

export default async function NotFound() {
  const { t } = await getTranslator();
  return (
    <main className="mx-auto max-w-xl px-4 py-24 text-center">
      <p className="text-sm font-semibold text-blue-800">404</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">{t("errors.notFound")}</h1>
      <p className="mt-4 text-slate-600">{t("errors.notFoundLead")}</p>
      <ButtonLink href="/" className="mt-8">{t("common.backHome")}</ButtonLink>
    </main>
  );
}
