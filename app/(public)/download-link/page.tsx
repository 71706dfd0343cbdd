import type { Metadata } from "next";
import Link from "next/link";
import { I18nProvider } from "@/components/i18n-provider";
import { Logo } from "@/components/layout/logo";
import { Card } from "@/components/ui/card";
import { isLocale, type Locale } from "@/lib/i18n/locale";
import { translator } from "@/lib/i18n/translate";
import { DownloadLinkForm } from "./download-link-form";

// A controller asks for a fresh link to their signed PDF. Public pages read no cookies, so the
// language comes from ?lang= (the e-mails link here with it); Dutch by default, the first market.

type SearchParams = Promise<{ lang?: string | string[] }>;

async function localeOf(searchParams: SearchParams): Promise<Locale> {
  const { lang } = await searchParams;
  const value = Array.isArray(lang) ? lang[0] : lang;
  return isLocale(value) ? value : "nl";
}

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const t = translator(await localeOf(searchParams));
  return { title: t("downloadLink.metaTitle"), robots: { index: false } };
}

export default async function DownloadLinkPage({ searchParams }: { searchParams: SearchParams }) {
  const locale = await localeOf(searchParams);
  const t = translator(locale);
  const other: Locale = locale === "nl" ? "en" : "nl";
  return (
    <I18nProvider locale={locale}>
      <div lang={locale} className="min-h-screen bg-slate-50">
        <header className="border-b border-slate-200 bg-white">
          <div className="mx-auto flex max-w-5xl items-center justify-between gap-4 px-4 py-3 sm:px-6">
            <Logo />
            <Link href={`/download-link?lang=${other}`} hrefLang={other} lang={other} className="text-sm font-medium text-blue-800 hover:underline">
              {t("downloadLink.otherLanguage")}
            </Link>
          </div>
        </header>
        <main className="mx-auto max-w-md px-4 py-12">
          <Card className="p-6 sm:p-8">
            <h1 className="text-2xl font-bold tracking-tight text-slate-900">{t("downloadLink.title")}</h1>
            <p className="mt-2 text-sm leading-6 text-slate-600">{t("downloadLink.lead")}</p>
            <DownloadLinkForm />
          </Card>
        </main>
      </div>
    </I18nProvider>
  );
}
