import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { formatAgreementDate } from "@/lib/agreements/texts";
import { PublicShell } from "@/components/agreement/public-shell";
import { agreementPaths, linkButton } from "@/components/agreement/public-links";
import { parseSlug } from "@/components/agreement/public-params";
import { getTrustPage, type TrustPage } from "@/lib/agreements/get-trust-page";
import type { SubProcessorHistoryEntry } from "@/lib/versions/sub-processor-history";
import type { SubProcessorDoc } from "@/lib/agreements/types";
import { AppError } from "@/lib/errors";
import { isLocale, type Locale } from "@/lib/i18n/locale";
import { translator, type Translate } from "@/lib/i18n/translate";
import { countryName, isEuEeaCountry } from "@/lib/validation/countries";

// Rendered per request in the reader's language (?lang=, see localeOf): a page that reads its search
// parameters cannot be a static (ISR) page. It reads no cookies or headers, so a cache in front of it
// may keep one copy per URL (proxy.ts adds the language to the URL and says what it varied on).
export const dynamic = "force-dynamic";

type Params = Promise<{ org: string }>;
type SearchParams = Promise<{ lang?: string | string[] }>;

const load = cache(async (org: string): Promise<TrustPage> => {
  const slug = parseSlug(org);
  if (!slug) notFound();
  try {
    return await getTrustPage(slug);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
});

/**
 * The reader's language comes in the URL (?lang=, set by the language switch, or by proxy.ts from
 * the reader's choice in the app or the browser's languages); the page reads no cookies or headers.
 * Without it: the language most of the processor's agreements are in (Dutch on a tie: the first market).
 */
async function localeOf(page: TrustPage, searchParams: SearchParams): Promise<Locale> {
  const { lang } = await searchParams;
  const asked = Array.isArray(lang) ? lang[0] : lang;
  if (isLocale(asked)) return asked;
  const english = page.agreements.filter((agreement) => agreement.language === "en").length;
  return english > page.agreements.length - english ? "en" : "nl";
}

export async function generateMetadata({ params, searchParams }: { params: Params; searchParams: SearchParams }): Promise<Metadata> {
  const page = await load((await params).org);
  const t = translator(await localeOf(page, searchParams));
  return {
    title: t("trust.metaTitle", { name: page.organisation.legalName }),
    description: t("trust.lead", { name: page.organisation.legalName }),
  };
}

/** Links to the same page in the other language; the URL carries the choice (cacheable per URL). */
function LanguageSwitch({ path, locale, label }: { path: string; locale: Locale; label: string }) {
  return (
    <nav aria-label={label} className="flex items-center gap-1 text-xs">
      {(["nl", "en"] as const).map((option) => (
        <Link
          key={option}
          href={`${path}?lang=${option}`}
          hrefLang={option}
          lang={option}
          aria-current={option === locale ? "page" : undefined}
          className={`rounded px-2 py-1 font-semibold uppercase ${option === locale ? "bg-slate-900 text-white" : "text-slate-600 hover:bg-slate-200"}`}
        >
          {option}
        </Link>
      ))}
    </nav>
  );
}

function LocationBadge({ country, t }: { country: string; t: Translate }) {
  return isEuEeaCountry(country) ? (
    <span className="inline-flex rounded bg-emerald-50 px-1.5 py-0.5 text-xs font-medium text-emerald-800 ring-1 ring-inset ring-emerald-200">
      {t("trust.insideEea")}
    </span>
  ) : (
    <span className="inline-flex rounded bg-amber-50 px-1.5 py-0.5 text-xs font-semibold text-amber-900 ring-1 ring-inset ring-amber-300">
      {t("trust.outsideEea")}
    </span>
  );
}

function transferBasisText(sp: SubProcessorDoc, t: Translate): string {
  if (isEuEeaCountry(sp.country)) return t("trust.transferBasis.NONE_NEEDED");
  return sp.transferBasis === "NONE_NEEDED" ? t("trust.transferBasisMissing") : t(`trust.transferBasis.${sp.transferBasis}`);
}

function SubProcessors({ rows, locale, t }: { rows: SubProcessorDoc[]; locale: Locale; t: Translate }) {
  if (rows.length === 0) return <p className="mt-3 text-sm text-slate-600">{t("trust.noSubProcessors")}</p>;
  return (
    <>
      <div className="mt-4 hidden overflow-x-auto rounded-lg ring-1 ring-slate-200 md:block">
        <table className="w-full border-collapse text-sm leading-6">
          <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-600">
            <tr>
              <th scope="col" className="w-[24%] px-3 py-2.5">{t("trust.columns.name")}</th>
              <th scope="col" className="px-3 py-2.5">{t("trust.columns.purposes")}</th>
              <th scope="col" className="w-[20%] px-3 py-2.5">{t("trust.columns.location")}</th>
              <th scope="col" className="w-[24%] px-3 py-2.5">{t("trust.columns.transferBasis")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 border-t border-slate-200">
            {rows.map((sp, i) => (
              <tr key={i} className="align-top">
                <th scope="row" className="px-3 py-3 text-left">
                  <span className="block font-semibold text-slate-900">{sp.name}</span>
                  <span className="block text-xs font-normal text-slate-500">{sp.serviceArea}</span>
                </th>
                <td className="px-3 py-3 text-slate-700">{sp.purposes}</td>
                <td className="px-3 py-3">
                  <span className="block text-slate-900">{countryName(sp.country, locale)}</span>
                  <LocationBadge country={sp.country} t={t} />
                </td>
                <td className={`px-3 py-3 text-xs leading-5 ${!isEuEeaCountry(sp.country) && sp.transferBasis === "NONE_NEEDED" ? "font-semibold text-red-700" : "text-slate-600"}`}>
                  {isEuEeaCountry(sp.country) ? (
                    <>
                      <span aria-hidden className="text-slate-400">–</span>
                      <span className="sr-only">{transferBasisText(sp, t)}</span>
                    </>
                  ) : (
                    transferBasisText(sp, t)
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="mt-4 space-y-3 md:hidden">
        {rows.map((sp, i) => (
          <li key={i} className="rounded-lg p-4 ring-1 ring-slate-200">
            <div className="flex items-start justify-between gap-3">
              <div className="min-w-0">
                <p className="font-semibold text-slate-900">{sp.name}</p>
                <p className="text-xs text-slate-500">{sp.serviceArea}</p>
              </div>
              <span className="shrink-0 text-right text-sm text-slate-900">{countryName(sp.country, locale)}</span>
            </div>
            <p className="mt-2 text-sm leading-6 text-slate-700">{sp.purposes}</p>
            <div className="mt-2 flex flex-wrap items-center gap-2">
              <LocationBadge country={sp.country} t={t} />
              {!isEuEeaCountry(sp.country) ? <span className="text-xs leading-5 text-slate-600">{transferBasisText(sp, t)}</span> : null}
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}

function SubProcessorHistory({ entries, headingId, locale, t }: { entries: SubProcessorHistoryEntry[]; headingId: string; locale: Locale; t: Translate }) {
  if (entries.length === 0) return null;
  const fieldLabel = (field: string) => t(`redline.columns.${field}`);
  return (
    <section aria-labelledby={headingId} className="mt-8">
      <h3 id={headingId} className="text-base font-semibold text-slate-900">{t("trust.history.title")}</h3>
      <p className="mt-1 text-sm text-slate-600">{t("trust.history.lead")}</p>
      <ol className="mt-4 space-y-4 border-l-2 border-slate-200 pl-4">
        {entries.map((entry) => (
          <li key={entry.number} data-history-version={entry.number}>
            <p className="text-sm font-semibold text-slate-900">
              {t("public.versionNumber", { number: entry.number })}
              <span className="font-normal text-slate-600">
                {" · "}
                {entry.effectiveDate
                  ? t("public.effectiveOn", { date: formatAgreementDate(entry.effectiveDate, locale) })
                  : t("public.publishedOn", { date: formatAgreementDate(entry.publishedAt, locale) })}
              </span>
            </p>
            {entry.changeSummary ? <p className="mt-0.5 text-sm text-slate-600">{entry.changeSummary}</p> : null}
            {entry.isFirst ? (
              <p className="mt-1 text-sm text-slate-700">
                {entry.count === 1 ? t("trust.history.firstOne") : t("trust.history.first", { count: entry.count })}
              </p>
            ) : entry.added.length + entry.removed.length + entry.changed.length === 0 ? (
              <p className="mt-1 text-sm text-slate-500">{t("trust.history.none")}</p>
            ) : (
              <ul className="mt-1 space-y-1 text-sm leading-6">
                {entry.added.map((sp, i) => (
                  <li key={`a${i}`}>
                    <span className="mr-2 inline-flex rounded bg-emerald-50 px-1.5 text-xs font-semibold text-emerald-800 ring-1 ring-inset ring-emerald-200">{t("trust.history.added")}</span>
                    <span className="font-medium text-slate-900">{sp.name}</span>
                    <span className="text-slate-600"> · {sp.serviceArea} · {countryName(sp.country, locale)}
                      {isEuEeaCountry(sp.country) ? "" : ` · ${transferBasisText(sp, t)}`}</span>
                  </li>
                ))}
                {entry.removed.map((sp, i) => (
                  <li key={`r${i}`}>
                    <span className="mr-2 inline-flex rounded bg-red-50 px-1.5 text-xs font-semibold text-red-800 ring-1 ring-inset ring-red-200">{t("trust.history.removed")}</span>
                    <span className="font-medium text-slate-900">{sp.name}</span>
                    <span className="text-slate-600"> · {sp.serviceArea}</span>
                  </li>
                ))}
                {entry.changed.map((change, i) => (
                  <li key={`c${i}`}>
                    <span className="mr-2 inline-flex rounded bg-amber-50 px-1.5 text-xs font-semibold text-amber-900 ring-1 ring-inset ring-amber-300">{t("trust.history.changed")}</span>
                    <span className="font-medium text-slate-900">{change.to.name}</span>
                    <span className="text-slate-600"> · {change.changedFields.map(fieldLabel).join(", ")}</span>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

export default async function TrustPageRoute({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const page = await load((await params).org);
  const locale = await localeOf(page, searchParams);
  const t = translator(locale);
  const { organisation } = page;
  // Agreements in the page's language first.
  const agreements = [...page.agreements].sort((a, b) => Number(b.language === locale) - Number(a.language === locale));
  return (
    <PublicShell locale={locale} orgSlug={organisation.slug} processorName={organisation.legalName}>
      <main className="mx-auto max-w-5xl px-4 py-10 sm:px-6 sm:py-14">
        <div className="flex items-start justify-between gap-4">
          <p className="text-sm font-semibold uppercase tracking-wide text-blue-800">{t("trust.eyebrow")}</p>
          <LanguageSwitch path={`/${organisation.slug}`} locale={locale} label={t("verify.language")} />
        </div>
        <h1 className="mt-2 text-3xl font-bold tracking-tight text-balance text-slate-900 sm:text-4xl">{organisation.legalName}</h1>
        <p className="mt-4 max-w-[65ch] leading-7 text-slate-600 sm:text-lg sm:leading-8">{t("trust.lead", { name: organisation.legalName })}</p>
        {organisation.privacyEmail ? (
          <p className="mt-3 text-sm text-slate-600">
            {t("trust.privacyContact")}{" "}
            <a href={`mailto:${organisation.privacyEmail}`} className="font-medium text-blue-800 underline underline-offset-2">
              {organisation.privacyEmail}
            </a>
          </p>
        ) : null}

        <div className="mt-10 space-y-8">
          {agreements.map((agreement) => {
            const paths = agreementPaths(organisation.slug, agreement.slug);
            const outside = agreement.subProcessors.filter((sp) => !isEuEeaCountry(sp.country)).length;
            const date = agreement.effectiveDate
              ? t("public.effectiveOn", { date: formatAgreementDate(agreement.effectiveDate, locale) })
              : t("public.publishedOn", { date: formatAgreementDate(agreement.publishedAt, locale) });
            return (
              <section key={agreement.slug} aria-labelledby={`agreement-${agreement.slug}`} className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200 sm:p-8">
                <div className="flex flex-col gap-4 sm:flex-row sm:items-start sm:justify-between">
                  <div className="min-w-0">
                    <h2 id={`agreement-${agreement.slug}`} className="text-xl font-semibold tracking-tight text-slate-900">
                      <Link href={paths.current} className="hover:text-blue-800 hover:underline">
                        {agreement.title}
                      </Link>
                    </h2>
                    <p className="mt-1 text-sm text-slate-600">
                      {t("public.versionNumber", { number: agreement.number })} · {date}
                    </p>
                  </div>
                  <div className="grid shrink-0 grid-cols-2 gap-2 sm:flex sm:flex-wrap">
                    <Link href={paths.current} className={linkButton.secondary}>
                      {t("trust.read")}
                    </Link>
                    <a href={paths.pdf} className={linkButton.secondary}>
                      {t("public.downloadPdf")}
                    </a>
                    <Link href={paths.sign} className={`${linkButton.primary} col-span-2`}>
                      {t("public.signThis")}
                    </Link>
                  </div>
                </div>

                <h3 className="mt-8 text-base font-semibold text-slate-900">{t("trust.subProcessorsTitle")}</h3>
                <p className="mt-1 text-sm text-slate-600">
                  {t(agreement.subProcessors.length === 1 ? "trust.subProcessorCountOne" : "trust.subProcessorCount", { count: agreement.subProcessors.length })}
                  {outside > 0 ? ` ${t(outside === 1 ? "trust.outsideCountOne" : "trust.outsideCount", { count: outside })}` : ""}
                </p>
                <SubProcessors rows={agreement.subProcessors} locale={locale} t={t} />
                <SubProcessorHistory entries={agreement.subProcessorHistory} headingId={`history-${agreement.slug}`} locale={locale} t={t} />
              </section>
            );
          })}
        </div>
      </main>
    </PublicShell>
  );
}
