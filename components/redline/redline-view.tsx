import type { ArticleComparison, ClauseComparison, Redline, RowChange } from "@/lib/versions/compare";
import type { Locale } from "@/lib/i18n/locale";
import type { Translate } from "@/lib/i18n/translate";
import { columnLabel, dataItemColumns, rowValue, subProcessorColumns } from "@/lib/versions/labels";
import { WordParts } from "./word-parts";

type Props = { redline: Redline; t: Translate; locale: Locale };

export function RedlineSummary({ redline, t }: { redline: Redline; t: Translate }) {
  const s = redline.summary;
  const items: [string, string][] = [
    [t("redline.summary.clausesChanged"), String(s.clausesChanged)],
    [t("redline.summary.clausesAdded"), String(s.clausesAdded)],
    [t("redline.summary.clausesRemoved"), String(s.clausesRemoved)],
    [t("redline.summary.articlesAdded"), String(s.articlesAdded)],
    [t("redline.summary.articlesRemoved"), String(s.articlesRemoved)],
    [t("redline.summary.fieldsChanged"), String(s.fieldsChanged)],
    [t("redline.summary.dataItems"), `${s.dataItemsAdded} / ${s.dataItemsRemoved} / ${s.dataItemsChanged}`],
    [t("redline.summary.subProcessors"), `${s.subProcessorsAdded} / ${s.subProcessorsRemoved} / ${s.subProcessorsChanged}`],
  ];
  return (
    <section aria-labelledby="redline-summary" className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
      <h2 id="redline-summary" className="text-base font-semibold text-slate-900">{t("redline.summary")}</h2>
      {redline.hasChanges ? (
        <dl className="mt-3 grid grid-cols-1 gap-x-8 gap-y-1 text-sm sm:grid-cols-2">
          {items.map(([label, value]) => (
            <div key={label} className="flex justify-between gap-4 border-b border-slate-100 py-1">
              <dt className="text-slate-600">{label}</dt>
              <dd className="font-semibold tabular-nums text-slate-900">{value}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="mt-2 text-sm text-slate-600">{t("redline.noChanges")}</p>
      )}
      <p className="mt-3 text-xs text-slate-500">
        {t("redline.legend")}{" "}
        <del className="text-red-700">{t("redline.legendDeleted")}</del>{" "}
        <ins className="text-emerald-800 underline decoration-emerald-600 decoration-2">{t("redline.legendInserted")}</ins>
      </p>
    </section>
  );
}

function Collapsed({ text }: { text: string }) {
  return <p className="my-2 rounded bg-slate-50 px-3 py-1.5 text-xs italic text-slate-500">{text}</p>;
}

function ClauseNumbers({ clause }: { clause: ClauseComparison }) {
  const from = clause.kind === "added" ? null : clause.fromNumber;
  const to = clause.kind === "removed" ? null : clause.toNumber;
  const text = from && to ? (from === to ? from : `${from} → ${to}`) : (from ?? to ?? "");
  return <span className="w-20 shrink-0 font-mono text-xs leading-6 text-slate-500">{text}</span>;
}

function ClauseRow({ clause, t }: { clause: Exclude<ClauseComparison, { kind: "unchanged" }>; t: Translate }) {
  const tone = clause.kind === "added" ? "border-emerald-500" : clause.kind === "removed" ? "border-red-500" : "border-amber-400";
  const label = clause.kind === "added" ? t("redline.clauseAdded") : clause.kind === "removed" ? t("redline.clauseRemoved") : t("redline.clauseChanged");
  return (
    <li className={`flex gap-3 border-l-4 py-1.5 pl-3 ${tone}`} data-change={clause.kind}>
      <ClauseNumbers clause={clause} />
      <div className="min-w-0 flex-1 text-sm leading-6 text-slate-800">
        <span className="sr-only">{label}: </span>
        {clause.kind === "changed" ? (
          <>
            <WordParts parts={clause.parts} />
            {clause.isFormattingOnly ? <span className="mt-1 block text-xs text-slate-500">{t("redline.formattingOnly")}</span> : null}
          </>
        ) : clause.kind === "added" ? (
          <WordParts parts={[{ text: clause.text, change: "added" }]} />
        ) : (
          <WordParts parts={[{ text: clause.text, change: "removed" }]} />
        )}
      </div>
    </li>
  );
}

/** Runs of unchanged clauses collapse into one line. */
function Clauses({ clauses, t }: { clauses: ClauseComparison[]; t: Translate }) {
  const out: React.ReactNode[] = [];
  let unchanged = 0;
  const flush = (key: string) => {
    if (unchanged) out.push(<li key={key}><Collapsed text={unchanged === 1 ? t("redline.unchangedClausesOne") : t("redline.unchangedClauses", { count: unchanged })} /></li>);
    unchanged = 0;
  };
  clauses.forEach((clause, i) => {
    if (clause.kind === "unchanged") unchanged++;
    else {
      flush(`u${i}`);
      out.push(<ClauseRow key={i} clause={clause} t={t} />);
    }
  });
  flush("end");
  return <ul className="mt-2 space-y-1">{out}</ul>;
}

function ArticleBlock({ article, t }: { article: ArticleComparison; t: Translate }) {
  const number = article.fromNumber && article.toNumber && article.fromNumber !== article.toNumber ? `${article.fromNumber} → ${article.toNumber}` : (article.toNumber ?? article.fromNumber);
  const badge = article.kind === "added" ? t("redline.articleAdded") : article.kind === "removed" ? t("redline.articleRemoved") : null;
  return (
    <section className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200" data-article-change={article.kind}>
      <h3 className="text-base font-semibold text-slate-900">
        {t("redline.article", { n: number ?? "" })}.{" "}
        {article.titleParts ? <WordParts parts={article.titleParts} /> : article.kind === "removed" ? <del className="text-red-700">{article.fromTitle}</del> : article.kind === "added" ? <ins className="text-emerald-800 underline decoration-emerald-600 decoration-2">{article.toTitle}</ins> : article.toTitle}
        {badge ? <span className="ml-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs font-medium text-slate-700">{badge}</span> : null}
      </h3>
      <Clauses clauses={article.clauses} t={t} />
    </section>
  );
}

function Articles({ articles, t }: { articles: ArticleComparison[]; t: Translate }) {
  const out: React.ReactNode[] = [];
  let unchanged = 0;
  const flush = (key: string) => {
    if (unchanged) out.push(<Collapsed key={key} text={unchanged === 1 ? t("redline.unchangedArticlesOne") : t("redline.unchangedArticles", { count: unchanged })} />);
    unchanged = 0;
  };
  articles.forEach((article, i) => {
    if (article.kind === "unchanged") unchanged++;
    else {
      flush(`u${i}`);
      out.push(<ArticleBlock key={i} article={article} t={t} />);
    }
  });
  flush("end");
  return <div className="space-y-3">{out}</div>;
}

function RowTable<T extends object>({ title, rows, columns, table, t, locale }: {
  title: string; rows: RowChange<T>[]; columns: readonly string[]; table: "dataItems" | "subProcessors"; t: Translate; locale: Locale;
}) {
  const changes = rows.filter((row) => row.kind !== "unchanged");
  const cell = (row: T | null, field: string) => (row ? rowValue(field, (row as Record<string, unknown>)[field], t, locale) : "");
  return (
    <section aria-label={title} className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
      <h2 className="text-base font-semibold text-slate-900">{title}</h2>
      {changes.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">{t("redline.noRowChanges")}</p>
      ) : (
        <div className="mt-3 overflow-x-auto">
          <table className="w-full border-collapse text-sm leading-6">
            <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-600">
              <tr>
                <th scope="col" className="px-2 py-2">{t("redline.change")}</th>
                {columns.map((column) => (
                  <th key={column} scope="col" className="px-2 py-2">{columnLabel(table, column, t)}</th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {changes.map((row, i) => (
                <tr key={i} className={`align-top ${row.kind === "added" ? "bg-emerald-50/60" : row.kind === "removed" ? "bg-red-50/60" : ""}`} data-row-change={row.kind}>
                  <td className="px-2 py-2 text-xs font-semibold">{t(`redline.row.${row.kind}`)}</td>
                  {columns.map((column) => {
                    if (row.kind === "added") return <td key={column} className="px-2 py-2"><ins className="text-emerald-800 underline decoration-emerald-600 decoration-2">{cell(row.to, column)}</ins></td>;
                    if (row.kind === "removed") return <td key={column} className="px-2 py-2"><del className="text-red-700">{cell(row.from, column)}</del></td>;
                    const isChanged = (row.changedFields as string[]).includes(column);
                    return (
                      <td key={column} className="px-2 py-2">
                        {isChanged ? (
                          <>
                            <del className="text-red-700">{cell(row.from, column)}</del>{" "}
                            <ins className="text-emerald-800 underline decoration-emerald-600 decoration-2">{cell(row.to, column)}</ins>
                          </>
                        ) : (
                          cell(row.to, column)
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export function RedlineView({ redline, t, locale }: Props) {
  return (
    <div className="space-y-6">
      {redline.fields.length ? (
        <section aria-label={t("redline.details")} className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
          <h2 className="text-base font-semibold text-slate-900">{t("redline.details")}</h2>
          <dl className="mt-3 space-y-2 text-sm">
            {redline.fields.map((field) => (
              <div key={field.field} className="grid gap-1 sm:grid-cols-[14rem_1fr]">
                <dt className="text-slate-600">{t(`redline.field.${field.field}`)}</dt>
                <dd className="text-slate-900"><WordParts parts={field.parts} /></dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}
      <section aria-label={t("redline.articles")} className="space-y-3">
        <h2 className="text-base font-semibold text-slate-900">{t("redline.articles")}</h2>
        <Articles articles={redline.articles} t={t} />
      </section>
      <RowTable title={t("redline.annex1")} rows={redline.dataItems} columns={dataItemColumns} table="dataItems" t={t} locale={locale} />
      <RowTable title={t("redline.annex2")} rows={redline.subProcessors} columns={subProcessorColumns} table="subProcessors" t={t} locale={locale} />
    </div>
  );
}
