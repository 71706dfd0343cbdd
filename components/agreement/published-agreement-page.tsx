import Link from "next/link";
import type { ProcessorSignatureView } from "@/lib/agreements/get-published-version";
import type { PublishedVersion } from "@/lib/agreements/types";
import { translator } from "@/lib/i18n/translate";
import { AgreementView } from "./agreement-view";
import { formatAgreementDate } from "@/lib/agreements/texts";
import { PublicShell } from "./public-shell";
import { agreementPaths, linkButton } from "./public-links";
import type { ProcessorSignatureProps } from "./signature-block";

export function toSignatureProps(signature: ProcessorSignatureView | null): ProcessorSignatureProps | null {
  if (!signature) return null;
  return {
    signerName: signature.signerName,
    signerFunction: signature.signerFunction,
    place: signature.place,
    signedAt: signature.signedAt,
    imageDataUrl: `data:image/png;base64,${signature.imagePng.toString("base64")}`,
  };
}

function DownloadIcon() {
  return (
    <svg aria-hidden viewBox="0 0 20 20" fill="currentColor" className="size-4">
      <path d="M10.75 2.75a.75.75 0 0 0-1.5 0v8.614L6.295 8.235a.75.75 0 1 0-1.09 1.03l4.25 4.5a.75.75 0 0 0 1.09 0l4.25-4.5a.75.75 0 0 0-1.09-1.03l-2.955 3.129V2.75Z" />
      <path d="M3.5 12.75a.75.75 0 0 0-1.5 0v2.5A2.75 2.75 0 0 0 4.75 18h10.5A2.75 2.75 0 0 0 18 15.25v-2.5a.75.75 0 0 0-1.5 0v2.5c0 .69-.56 1.25-1.25 1.25H4.75c-.69 0-1.25-.56-1.25-1.25v-2.5Z" />
    </svg>
  );
}

/**
 * A published (or retired) version as the public reads it: the agreement itself, with the actions
 * (sign, download) in a bar that stays in reach: at the top on a desktop, at the thumb on a phone.
 */
export function PublishedAgreementPage({
  orgSlug,
  agreementSlug,
  version,
  status,
  processorSignature,
  currentNumber,
}: {
  orgSlug: string;
  agreementSlug: string;
  version: PublishedVersion;
  status: "DRAFT" | "PUBLISHED" | "RETIRED";
  processorSignature: ProcessorSignatureView | null;
  /** For a retired version: the number of the version that replaced it, when there is one. */
  currentNumber?: number | null;
}) {
  const locale = version.language;
  const t = translator(locale);
  const paths = agreementPaths(orgSlug, agreementSlug);
  const isCurrent = status === "PUBLISHED";
  const canSign = isCurrent && processorSignature !== null;
  const dateLine = version.effectiveDate
    ? t("public.effectiveOn", { date: formatAgreementDate(version.effectiveDate, locale) })
    : t("public.publishedOn", { date: formatAgreementDate(version.publishedAt, locale) });
  const pdfHref = isCurrent ? paths.pdf : paths.versionPdf(version.number);

  return (
    <PublicShell locale={locale} orgSlug={orgSlug} processorName={version.processor.legalName} hasBottomBar>
      <div className="fixed inset-x-0 bottom-0 z-20 border-t border-slate-200 bg-white/95 backdrop-blur print:hidden sm:sticky sm:top-0 sm:bottom-auto sm:border-t-0 sm:border-b">
        <div className="mx-auto flex max-w-5xl items-center gap-4 px-4 py-3 sm:px-6">
          <div className="hidden min-w-0 flex-1 sm:block">
            <p className="truncate text-sm font-semibold text-slate-900">{version.title}</p>
            <p className="text-xs text-slate-500">
              {t("public.versionNumber", { number: version.number })} · {dateLine}
            </p>
          </div>
          <div className="flex w-full gap-2 sm:w-auto">
            <a href={pdfHref} className={`${linkButton.secondary} flex-1 sm:flex-none`}>
              <DownloadIcon />
              {t("public.downloadPdf")}
            </a>
            {canSign ? (
              <Link href={paths.sign} className={`${linkButton.primary} flex-1 sm:flex-none`}>
                {t("public.signThis")}
              </Link>
            ) : !isCurrent && currentNumber ? (
              <Link href={paths.current} className={`${linkButton.primary} flex-1 sm:flex-none`}>
                {t("public.openCurrent")}
              </Link>
            ) : null}
          </div>
        </div>
      </div>

      <main className="mx-auto max-w-5xl px-0 py-6 sm:px-6 sm:py-10">
        {!isCurrent ? (
          <div role="status" className="mx-4 mb-6 rounded-lg bg-amber-50 p-4 text-sm text-amber-950 ring-1 ring-inset ring-amber-300 sm:mx-0">
            <p className="font-semibold">
              {currentNumber ? t("public.supersededBy", { number: currentNumber }) : t("public.noLongerCurrent")}
            </p>
            <p className="mt-1">
              {t("public.supersededLead")}{" "}
              {currentNumber ? (
                <Link href={paths.current} className="font-semibold underline underline-offset-2">
                  {t("public.openCurrentVersion", { number: currentNumber })}
                </Link>
              ) : null}
            </p>
          </div>
        ) : version.changeSummary && version.number > 1 ? (
          <div className="mx-4 mb-6 rounded-lg bg-blue-50 p-4 text-sm text-blue-950 ring-1 ring-inset ring-blue-200 sm:mx-0">
            <p className="font-semibold">{t("public.changesTitle", { number: version.number - 1 })}</p>
            <p className="mt-1 whitespace-pre-line">{version.changeSummary}</p>
          </div>
        ) : null}

        <div className="bg-white px-4 py-8 shadow-sm ring-1 ring-slate-200 print:shadow-none print:ring-0 sm:rounded-xl sm:px-10 sm:py-12">
          <AgreementView
            doc={version}
            meta={{ number: version.number, contentHash: version.contentHash, publishedAt: version.publishedAt }}
            processorSignature={toSignatureProps(processorSignature)}
          />
        </div>

        {canSign ? (
          <div className="mx-4 mt-8 flex flex-col items-start gap-4 rounded-xl bg-slate-900 p-6 text-white sm:mx-0 sm:flex-row sm:items-center sm:justify-between sm:p-8">
            <div>
              <p className="text-lg font-semibold">{t("public.readyTitle")}</p>
              <p className="mt-1 max-w-[60ch] text-sm text-slate-300">{t("public.readyLead")}</p>
            </div>
            <Link href={paths.sign} className={`${linkButton.inverse} shrink-0`}>
              {t("public.signThis")}
            </Link>
          </div>
        ) : null}
      </main>
    </PublicShell>
  );
}
