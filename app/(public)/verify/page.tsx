import type { Metadata } from "next";
import Link from "next/link";
import { I18nProvider } from "@/components/i18n-provider";
import { isLocale, type Locale } from "@/lib/i18n/locale";
import { translator } from "@/lib/i18n/translate";
import { VerifyForm } from "./verify-form";

// The public verification page. Like every public page it reads no cookies: the language comes from
// ?lang=nl|en, which proxy.ts fills in from the reader's choice or browser languages when the URL has
// none (Dutch when even that is missing, as for most of the agreements signed here).

type SearchParams = Promise<{ lang?: string | string[] }>;

async function localeOf(searchParams: SearchParams): Promise<Locale> {
  const { lang } = await searchParams;
  const value = Array.isArray(lang) ? lang[0] : lang;
  return isLocale(value) ? value : "nl";
}

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const t = translator(await localeOf(searchParams));
  return { title: t("verify.metaTitle"), description: t("verify.metaDescription") };
}

export default async function VerifyPage({ searchParams }: { searchParams: SearchParams }) {
  const locale = await localeOf(searchParams);
  const t = translator(locale);
  return (
    <I18nProvider locale={locale}>
      <div lang={locale} className="flex min-h-screen flex-col">
        <header className="border-b border-slate-200 bg-white">
          <div className="mx-auto flex max-w-3xl items-center justify-between gap-4 px-4 py-3 sm:px-6">
            <Link href="/" className="flex items-center gap-2 font-semibold tracking-tight text-slate-900">
              <span aria-hidden className="grid size-7 place-items-center rounded-md bg-blue-800 text-sm text-white">§</span>
              <span>Verwerkersovereenkomst</span>
            </Link>
            <nav aria-label={t("verify.language")} className="flex items-center gap-1 text-xs">
              {(["nl", "en"] as const).map((option) => (
                <Link
                  key={option}
                  href={`/verify?lang=${option}`}
                  hrefLang={option}
                  aria-current={option === locale ? "page" : undefined}
                  className={`rounded px-2 py-1 font-semibold uppercase ${option === locale ? "bg-slate-900 text-white" : "text-slate-600 hover:bg-slate-200"}`}
                >
                  {option}
                </Link>
              ))}
            </nav>
          </div>
        </header>

        <main className="mx-auto w-full max-w-3xl flex-1 px-4 py-10 sm:px-6 sm:py-14">
          <p className="text-sm font-semibold text-blue-800">{t("verify.eyebrow")}</p>
          <h1 className="mt-1 text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">{t("verify.title")}</h1>
          <p className="mt-3 max-w-2xl text-slate-600">{t("verify.lead")}</p>
          <div className="mt-8">
            <VerifyForm />
          </div>
          <p className="mt-8 max-w-2xl text-xs leading-relaxed text-slate-500">
            {t("verify.privacy")} {t("verify.legalNote")}
          </p>
        </main>

        <footer className="border-t border-slate-200 bg-white">
          <div className="mx-auto max-w-3xl px-4 py-6 text-xs text-slate-500 sm:px-6">{t("verify.footer")}</div>
        </footer>
      </div>
    </I18nProvider>
  );
}
