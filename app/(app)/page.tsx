import { PublicHeader } from "@/components/layout/public-header";
import { ButtonLink } from "@/components/ui/button";
import { getTranslator } from "@/lib/i18n/server";

export default async function HomePage() {
  const { t } = await getTranslator();
  const points = [1, 2, 3].map((n) => ({ title: t(`home.point${n}.title`), body: t(`home.point${n}.body`) }));
  return (
    <>
      <PublicHeader />
      <main className="mx-auto max-w-6xl px-4 py-16">
        <section className="max-w-3xl">
          <p className="text-sm font-semibold uppercase tracking-wide text-blue-800">{t("app.tagline")}</p>
          <h1 className="mt-3 text-4xl font-bold tracking-tight text-slate-900 sm:text-5xl">{t("home.title")}</h1>
          <p className="mt-6 text-lg leading-8 text-slate-600">{t("home.lead")}</p>
          <div className="mt-8 flex flex-wrap gap-3">
            <ButtonLink href="/signup">{t("nav.signUp")}</ButtonLink>
            <ButtonLink href="/login" variant="secondary">{t("nav.signIn")}</ButtonLink>
          </div>
        </section>
        <section className="mt-16 grid gap-6 sm:grid-cols-3">
          {points.map((point) => (
            <div key={point.title} className="rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
              <h2 className="font-semibold text-slate-900">{point.title}</h2>
              <p className="mt-2 text-sm leading-6 text-slate-600">{point.body}</p>
            </div>
          ))}
        </section>
      </main>
    </>
  );
}
