import type { Metadata } from "next";
import Link from "next/link";
import { formatAgreementDate } from "@/lib/agreements/texts";
import { loadPublishedVersion } from "@/components/agreement/load-published-version";
import { agreementPaths } from "@/components/agreement/public-links";
import { PublicShell } from "@/components/agreement/public-shell";
import { consentText } from "@/lib/signing/consent";
import { translator } from "@/lib/i18n/translate";
import { SignForm } from "./sign-form";

// The form is the same for everyone, so the page is cached like the agreement; what makes each
// signature unique (the submission key) is made in the browser.
export const revalidate = false;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Params = Promise<{ org: string; agreement: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { org, agreement } = await params;
  const { version } = await loadPublishedVersion(org, agreement);
  const t = translator(version.language);
  return { title: t("signing.metaTitle", { title: version.title }), robots: { index: false } };
}

export default async function SignPage({ params }: { params: Params }) {
  const { org, agreement } = await params;
  const published = await loadPublishedVersion(org, agreement);
  const { version } = published;
  const locale = version.language;
  const t = translator(locale);
  const paths = agreementPaths(published.agreement.organisation.slug, published.agreement.slug);
  const date = version.effectiveDate
    ? t("public.effectiveOn", { date: formatAgreementDate(version.effectiveDate, locale) })
    : t("public.publishedOn", { date: formatAgreementDate(version.publishedAt, locale) });
  const lead = t("signing.lead", { processor: version.processor.legalName });
  const summary = (
    <SignSummary
      t={t}
      title={version.title}
      processor={version.processor.legalName}
      versionLine={`${t("public.versionNumber", { number: version.number })} · ${date}`}
      contentHash={version.contentHash}
      currentHref={paths.current}
      pdfHref={paths.pdf}
    />
  );

  return (
    <PublicShell locale={locale} orgSlug={published.agreement.organisation.slug} processorName={version.processor.legalName}>
      <main className="mx-auto max-w-3xl px-4 py-8 sm:px-6 sm:py-12">
        <Link href={paths.current} className="text-sm font-medium text-blue-800 hover:underline">
          ← {t("signing.backToAgreement")}
        </Link>
        {published.processorSignature ? (
          <SignForm
            versionId={version.id}
            consentText={consentText(version.language, "controller")}
            agreementHref={paths.current}
            processorName={version.processor.legalName}
            lead={lead}
            summary={summary}
          />
        ) : (
          <>
            <h1 className="mt-4 text-3xl font-bold tracking-tight text-slate-900">{t("signing.title")}</h1>
            <p className="mt-3 max-w-[65ch] leading-7 text-slate-600">{lead}</p>
            <div className="mt-8">{summary}</div>
            <div role="status" className="mt-8 rounded-lg bg-amber-50 p-4 text-sm text-amber-950 ring-1 ring-inset ring-amber-300">
              {t("signing.notSignable", { processor: version.processor.legalName })}
            </div>
          </>
        )}
      </main>
    </PublicShell>
  );
}

/** What is signed: title, processor, version and content hash, with links to read it. */
function SignSummary({ t, title, processor, versionLine, contentHash, currentHref, pdfHref }: {
  t: (key: string, vars?: Record<string, string | number>) => string;
  title: string;
  processor: string;
  versionLine: string;
  contentHash: string;
  currentHref: string;
  pdfHref: string;
}) {
  return (
        <section aria-labelledby="what-you-sign" className="rounded-xl bg-slate-900 p-5 text-white sm:p-7">
          <h2 id="what-you-sign" className="text-xs font-semibold uppercase tracking-wide text-slate-400">
            {t("signing.summaryTitle")}
          </h2>
          <p className="mt-2 text-xl font-semibold text-balance">{title}</p>
          <dl className="mt-4 grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
            <div>
              <dt className="text-slate-400">{t("signing.summaryProcessor")}</dt>
              <dd className="mt-0.5">{processor}</dd>
            </div>
            <div>
              <dt className="text-slate-400">{t("signing.summaryVersion")}</dt>
              <dd className="mt-0.5">{versionLine}</dd>
            </div>
            <div className="sm:col-span-2">
              <dt className="text-slate-400">{t("signing.summaryHash")}</dt>
              <dd className="mt-0.5 font-mono text-xs leading-5 break-all text-slate-200">{contentHash}</dd>
            </div>
          </dl>
          <div className="mt-5 flex flex-wrap gap-x-5 gap-y-2 text-sm">
            <Link href={currentHref} className="font-semibold text-white underline underline-offset-2 hover:text-slate-200">
              {t("signing.readAgreement")}
            </Link>
            <a href={pdfHref} className="font-semibold text-white underline underline-offset-2 hover:text-slate-200">
              {t("public.downloadPdf")}
            </a>
          </div>
        </section>
  );
}
