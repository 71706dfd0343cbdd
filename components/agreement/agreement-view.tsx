import { articleNumber, clauseNumber } from "@/lib/agreements/numbering";
import { bindingStatement } from "@/lib/agreements/binding";
import type { ArticleDoc, ClauseDoc, VersionDoc } from "@/lib/agreements/types";
import { DataCategoriesAnnex, SubProcessorsAnnex } from "./annexes";
import { Blocks } from "./blocks";
import { agreementTexts, formatAgreementDate, processorPartyTexts, type AgreementTexts } from "@/lib/agreements/texts";
import { SignatureBlock, type ProcessorSignatureProps } from "./signature-block";

// The whole agreement as readable HTML. A server component without hooks, so that the public page
// renders it statically and the editor can show the same view as its preview. Every fixed text is
// in the agreement's language (doc.language), whatever language the page around it is in.

export type AgreementViewMeta = {
  number?: number;
  contentHash?: string;
  publishedAt?: Date | string;
  isDraft?: boolean;
};

export type AgreementViewProps = {
  doc: VersionDoc;
  meta: AgreementViewMeta;
  processorSignature: ProcessorSignatureProps | null;
};

const measure = "max-w-[70ch]";
/** A numbered line whose text hangs beside its number. */
const hanging = "grid grid-cols-[1.5rem_minmax(0,1fr)] gap-x-2 @md:grid-cols-[2.5rem_minmax(0,1fr)] @md:gap-x-3";
const sectionHeading = "scroll-mt-24 text-xl font-semibold tracking-tight text-slate-900";

export const agreementAnchors = {
  parties: "parties",
  article: (articleIndex: number) => `article-${articleIndex + 1}`,
  clause: (number: string) => `clause-${number.replaceAll(".", "-")}`,
  annex: (n: number) => `annex-${n}`,
  signatures: "signatures",
};

function Clause({ clause, number, isSubClause }: { clause: ClauseDoc; number: string; isSubClause: boolean }) {
  return (
    <div
      id={agreementAnchors.clause(number)}
      className={`grid scroll-mt-24 gap-x-2 @md:gap-x-3 ${
        isSubClause ? "grid-cols-[2.75rem_minmax(0,1fr)] @md:grid-cols-[3.25rem_minmax(0,1fr)]" : "grid-cols-[2.25rem_minmax(0,1fr)] @md:grid-cols-[2.5rem_minmax(0,1fr)]"
      }`}
    >
      <span className="font-medium tabular-nums text-slate-500">{number}</span>
      <div className="min-w-0 space-y-3">
        <Blocks blocks={clause.content} />
        {clause.children.length > 0 ? (
          <div className="space-y-3">
            {clause.children.map((child, k) => (
              <Clause key={child.id ?? k} clause={child} number={`${number}.${k + 1}`} isSubClause />
            ))}
          </div>
        ) : null}
      </div>
    </div>
  );
}

function Article({ article, index, t }: { article: ArticleDoc; index: number; t: AgreementTexts }) {
  return (
    <section aria-labelledby={agreementAnchors.article(index)} className={measure}>
      <h2 id={agreementAnchors.article(index)} className={sectionHeading}>
        {t.article(articleNumber(index))} {article.title}
      </h2>
      <div className="mt-4 space-y-4">
        {article.clauses.map((clause, m) => (
          <Clause key={clause.id ?? m} clause={clause} number={clauseNumber(index, m)} isSubClause={false} />
        ))}
      </div>
    </section>
  );
}

type ContentsEntry = { href: string; number: string; label: string };

function Contents({
  entries,
  title,
  id,
  className,
  isCompact = false,
}: {
  entries: ContentsEntry[];
  title: string;
  id: string;
  className: string;
  isCompact?: boolean;
}) {
  return (
    <nav aria-labelledby={id} className={`${className} ${isCompact ? "py-1" : "rounded-lg bg-slate-50 p-4 ring-1 ring-slate-200 sm:p-5"}`}>
      <h2 id={id} className="text-xs font-semibold uppercase tracking-wide text-slate-600">
        {title}
      </h2>
      <ol className={`mt-3 text-sm ${isCompact ? "space-y-1 leading-5" : "gap-x-8 leading-6 @xl:columns-2"}`}>
        {entries.map((entry) => (
          <li key={entry.href} className="break-inside-avoid">
            <a href={`#${entry.href}`} className={`flex gap-2 rounded py-0.5 hover:underline ${isCompact ? "text-slate-700 hover:text-blue-800" : "text-blue-800"}`}>
              <span className="w-6 shrink-0 tabular-nums text-slate-600">{entry.number}</span>
              <span className="min-w-0">{entry.label}</span>
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

function MetaItem({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{label}</dt>
      <dd className="mt-0.5 text-sm text-slate-900">{children}</dd>
    </div>
  );
}

export function AgreementView({ doc, meta, processorSignature }: AgreementViewProps) {
  const t = agreementTexts(doc.language);
  const recitals = doc.preamble
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  // Recitals written as "Overwegende dat ..." need no "Overwegende dat:" above them.
  const needsWhereas = recitals.length > 0 && !t.whereasPrefix.test(recitals[0]);
  const annex1 = t.annex1Title;
  const annex2 = t.annex2Title;
  const contents = [
    { href: agreementAnchors.parties, number: "", label: t.parties },
    ...doc.articles.map((article, index) => ({
      href: agreementAnchors.article(index),
      number: `${articleNumber(index)}.`,
      label: article.title,
    })),
    { href: agreementAnchors.annex(1), number: "", label: annex1 },
    { href: agreementAnchors.annex(2), number: "", label: annex2 },
    { href: agreementAnchors.signatures, number: "", label: t.signatureTitle },
  ];

  return (
    <article lang={doc.language} className="@container text-[15px] leading-[1.7] text-pretty text-slate-800 hyphens-auto sm:text-base sm:leading-7 sm:hyphens-manual">
      <div className="@4xl:grid @4xl:grid-cols-[minmax(0,1fr)_14rem] @4xl:gap-x-12">
        <div className="min-w-0">
          <header className={measure}>
            {meta.isDraft ? (
              <p className="mb-4 rounded-md bg-amber-50 px-3 py-2 text-sm font-medium text-amber-900 ring-1 ring-inset ring-amber-300">
                {t.draftNote}
              </p>
            ) : null}
            {bindingStatement(doc) ? (
              <p className="mb-4 rounded-md bg-blue-50 px-3 py-2 text-sm font-medium text-blue-950 ring-1 ring-inset ring-blue-200" data-testid="binding-statement">
                {bindingStatement(doc)}
              </p>
            ) : null}
            <h1 className="text-2xl font-bold tracking-tight text-balance text-slate-900 sm:text-3xl">{doc.title}</h1>
            <dl className="mt-5 grid grid-cols-2 gap-x-6 gap-y-3 @lg:flex @lg:flex-wrap">
              <MetaItem label={t.versionLabel}>
                {meta.number !== undefined ? meta.number : <span className="font-medium text-amber-800">{t.draft}</span>}
              </MetaItem>
              {doc.effectiveDate ? <MetaItem label={t.effectiveDate}>{formatAgreementDate(doc.effectiveDate, doc.language)}</MetaItem> : null}
              {meta.publishedAt ? <MetaItem label={t.publishedAt}>{formatAgreementDate(meta.publishedAt, doc.language)}</MetaItem> : null}
            </dl>
            {meta.contentHash ? (
              <div className="mt-3">
                <p className="text-xs font-medium uppercase tracking-wide text-slate-500">{t.contentHash}</p>
                <p className="mt-0.5 font-mono text-xs leading-5 break-all text-slate-700">{meta.contentHash}</p>
              </div>
            ) : null}
          </header>

          <Contents entries={contents} title={t.contents} id="agreement-contents" className={`${measure} mt-8 @4xl:hidden`} />

          <section aria-labelledby={agreementAnchors.parties} className={`${measure} mt-10`}>
            <h2 id={agreementAnchors.parties} className={sectionHeading}>
              {t.parties}
            </h2>
            <p className="mt-4">{t.undersigned}</p>
            <ol className="mt-3 space-y-3">
              <li className={hanging}>
                <span className="font-medium tabular-nums text-slate-500">1.</span>
                <span>{t.blankController}</span>
              </li>
              <li className="pl-8 italic text-slate-600 @md:pl-[3.25rem]">{t.and}</li>
              <li className={hanging}>
                <span className="font-medium tabular-nums text-slate-500">2.</span>
                <span>{t.party(processorPartyTexts(doc.processor, doc.signatory, processorSignature), "processor")}</span>
              </li>
            </ol>
            <p className="mt-3">{t.jointly}</p>

            {recitals.length > 0 ? (
              <>
                {needsWhereas ? <p className="mt-6">{t.whereas}</p> : <h3 className="sr-only">{t.recitals}</h3>}
                <ol className={`${needsWhereas ? "mt-3" : "mt-6"} space-y-3`}>
                  {recitals.map((recital, i) => (
                    <li key={i} className={hanging}>
                      <span className="font-medium text-slate-500">{String.fromCharCode(65 + (i % 26))}.</span>
                      <span>{recital}</span>
                    </li>
                  ))}
                </ol>
              </>
            ) : null}
            <p className="mt-6">{t.agreeAsFollows}</p>
          </section>

          <div className="mt-10 space-y-10">
            {doc.articles.map((article, index) => (
              <Article key={article.id ?? index} article={article} index={index} t={t} />
            ))}
          </div>
        </div>
        {/* Where there is room, the contents stay in view beside the articles. */}
        <aside className="hidden @4xl:block">
          <Contents
            entries={contents}
            title={t.contents}
            id="agreement-contents-aside"
            className="sticky top-24 max-h-[calc(100vh-8rem)] overflow-y-auto"
            isCompact
          />
        </aside>
      </div>

      <section aria-labelledby={agreementAnchors.annex(1)} className="mt-14 border-t border-slate-200 pt-10">
        <h2 id={agreementAnchors.annex(1)} className={sectionHeading}>
          {annex1}
        </h2>
        <p className={`${measure} mt-3 text-slate-700`}>{t.annex1Intro(doc.mainAgreement)}</p>
        <div className="mt-5">
          <DataCategoriesAnnex categories={doc.dataCategories} mainAgreement={doc.mainAgreement} t={t} />
        </div>
      </section>

      <section aria-labelledby={agreementAnchors.annex(2)} className="mt-14 border-t border-slate-200 pt-10">
        <h2 id={agreementAnchors.annex(2)} className={sectionHeading}>
          {annex2}
        </h2>
        <p className={`${measure} mt-3 text-slate-700`}>{t.annex2Intro}</p>
        <div className="mt-5">
          <SubProcessorsAnnex subProcessors={doc.subProcessors} language={doc.language} t={t} />
        </div>
      </section>

      <section aria-labelledby={agreementAnchors.signatures} className="mt-14 border-t border-slate-200 pt-10">
        <h2 id={agreementAnchors.signatures} className={sectionHeading}>
          {t.signatureTitle}
        </h2>
        <p className={`${measure} mt-3 text-slate-700`}>{t.signatureIntro}</p>
        <div className="mt-5">
          <SignatureBlock
            processorName={doc.processor.legalName}
            signatory={doc.signatory}
            signature={processorSignature}
            controllerName={t.controllerPlaceholder}
            language={doc.language}
            t={t}
          />
        </div>
      </section>
    </article>
  );
}
