import "server-only";
import { Document, Page, StyleSheet, Text, View } from "@react-pdf/renderer";
import type { Locale } from "@/lib/i18n/locale";
import type { Translate } from "@/lib/i18n/translate";
import type { ArticleComparison, ClauseComparison, RowChange, WordPart } from "@/lib/versions/compare";
import type { RedlineView } from "@/lib/versions/get-redline";
import { columnLabel, dataItemColumns, rowValue, subProcessorColumns, versionName } from "@/lib/versions/labels";
import { MONO_FONT, TEXT_FONT } from "../fonts";

const SIZE = 9;
const SMALL = 7.5;
const RED = "#b42318";
const GREEN = "#067647";
const MUTED = "#5a5a5a";

// Every text style sets both fontSize and lineHeight (react-pdf multiplies a unitless lineHeight by the
// fontSize of the same style object). Header and footer are top-anchored: bottom-anchored absolute text
// with a lineHeight disappears.
const styles = StyleSheet.create({
  page: { paddingTop: 64, paddingBottom: 60, paddingHorizontal: 56, fontFamily: TEXT_FONT, fontSize: SIZE, color: "#161616" },
  header: { position: "absolute", top: 28, left: 56, right: 56, fontSize: SMALL, lineHeight: 1.2, color: MUTED },
  footer: { position: "absolute", top: 800, left: 56, right: 56, fontSize: SMALL, lineHeight: 1.2, color: MUTED, textAlign: "right" },
  title: { fontSize: 16, lineHeight: 1.25, fontWeight: 700, marginBottom: 4 },
  subtitle: { fontSize: 10, lineHeight: 1.35, color: MUTED, marginBottom: 10 },
  h2: { fontSize: 11.5, lineHeight: 1.3, fontWeight: 700, marginTop: 14, marginBottom: 6 },
  h3: { fontSize: 10, lineHeight: 1.3, fontWeight: 700, marginTop: 10, marginBottom: 4 },
  text: { fontSize: SIZE, lineHeight: 1.45 },
  small: { fontSize: SMALL, lineHeight: 1.35, color: MUTED },
  collapsed: { fontSize: SMALL, lineHeight: 1.35, color: MUTED, fontStyle: "italic", marginVertical: 3 },
  summaryRow: { flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: "#d0d0d0", paddingVertical: 2 },
  summaryLabel: { width: 300, fontSize: SIZE, lineHeight: 1.35 },
  summaryValue: { fontSize: SIZE, lineHeight: 1.35, fontWeight: 700 },
  clauseRow: { flexDirection: "row", marginBottom: 4, borderLeftWidth: 2, paddingLeft: 6 },
  clauseNumber: { width: 56, fontFamily: MONO_FONT, fontSize: SMALL, lineHeight: 1.7, color: MUTED },
  clauseBody: { flexGrow: 1, flexShrink: 1, flexBasis: 0 },
  removed: { color: RED, textDecoration: "line-through" },
  added: { color: GREEN, textDecoration: "underline" },
  table: { borderTopWidth: 0.5, borderLeftWidth: 0.5, borderColor: "#b4b4b4" },
  row: { flexDirection: "row" },
  cell: { flexGrow: 1, flexShrink: 1, flexBasis: 0, padding: 3, borderRightWidth: 0.5, borderBottomWidth: 0.5, borderColor: "#b4b4b4" },
  headCell: { flexGrow: 1, flexShrink: 1, flexBasis: 0, padding: 3, borderRightWidth: 0.5, borderBottomWidth: 0.5, borderColor: "#b4b4b4", backgroundColor: "#eef0f3" },
  kindCell: { flexGrow: 0, flexBasis: 58 },
  cellText: { fontSize: SMALL, lineHeight: 1.35 },
  cellHead: { fontSize: SMALL, lineHeight: 1.35, fontWeight: 700 },
});

function Words({ parts }: { parts: WordPart[] }) {
  return (
    <Text style={styles.text}>
      {parts.map((part, i) => (
        <Text key={i} style={part.change === "removed" ? styles.removed : part.change === "added" ? styles.added : {}}>
          {part.text}
        </Text>
      ))}
    </Text>
  );
}

function clauseNumbers(clause: ClauseComparison): string {
  const from = clause.kind === "added" ? null : clause.fromNumber;
  const to = clause.kind === "removed" ? null : clause.toNumber;
  return from && to ? (from === to ? from : `${from} > ${to}`) : (from ?? to ?? "");
}

function Clauses({ clauses, t }: { clauses: ClauseComparison[]; t: Translate }) {
  const out: React.ReactNode[] = [];
  let unchanged = 0;
  const flush = (key: string) => {
    if (unchanged) out.push(<Text key={key} style={styles.collapsed}>{unchanged === 1 ? t("redline.unchangedClausesOne") : t("redline.unchangedClauses", { count: unchanged })}</Text>);
    unchanged = 0;
  };
  clauses.forEach((clause, i) => {
    if (clause.kind === "unchanged") {
      unchanged++;
      return;
    }
    flush(`u${i}`);
    const color = clause.kind === "added" ? GREEN : clause.kind === "removed" ? RED : "#b54708";
    const parts: WordPart[] = clause.kind === "changed" ? clause.parts : [{ text: clause.text, change: clause.kind }];
    out.push(
      <View key={i} style={[styles.clauseRow, { borderLeftColor: color }]} wrap>
        <Text style={styles.clauseNumber}>{clauseNumbers(clause)}</Text>
        <View style={styles.clauseBody}>
          <Words parts={parts} />
          {clause.kind === "changed" && clause.isFormattingOnly ? <Text style={styles.small}>{t("redline.formattingOnly")}</Text> : null}
        </View>
      </View>,
    );
  });
  flush("end");
  return <>{out}</>;
}

function Article({ article, t }: { article: ArticleComparison; t: Translate }) {
  const number = article.fromNumber && article.toNumber && article.fromNumber !== article.toNumber ? `${article.fromNumber} > ${article.toNumber}` : (article.toNumber ?? article.fromNumber ?? "");
  const title: WordPart[] = article.titleParts ?? [{ text: (article.toTitle ?? article.fromTitle) ?? "", change: article.kind === "added" ? "added" : article.kind === "removed" ? "removed" : "same" }];
  return (
    <View>
      <Text style={styles.h3} minPresenceAhead={40}>
        {t("redline.article", { n: number })}.{" "}
        {title.map((part, i) => (
          <Text key={i} style={part.change === "removed" ? styles.removed : part.change === "added" ? styles.added : {}}>{part.text}</Text>
        ))}
        {article.kind === "added" ? ` (${t("redline.articleAdded")})` : article.kind === "removed" ? ` (${t("redline.articleRemoved")})` : ""}
      </Text>
      <Clauses clauses={article.clauses} t={t} />
    </View>
  );
}

function Rows<T extends object>({ rows, columns, table, t, locale }: { rows: RowChange<T>[]; columns: readonly string[]; table: "dataItems" | "subProcessors"; t: Translate; locale: Locale }) {
  const changes = rows.filter((row) => row.kind !== "unchanged");
  if (changes.length === 0) return <Text style={styles.text}>{t("redline.noRowChanges")}</Text>;
  const value = (row: T | null, field: string) => (row ? rowValue(field, (row as Record<string, unknown>)[field], t, locale) : "");
  return (
    <View style={styles.table}>
      <View style={styles.row} fixed>
        <View style={[styles.headCell, styles.kindCell]}><Text style={styles.cellHead}>{t("redline.change")}</Text></View>
        {columns.map((column) => (
          <View key={column} style={styles.headCell}><Text style={styles.cellHead}>{columnLabel(table, column, t)}</Text></View>
        ))}
      </View>
      {changes.map((row, i) => (
        <View key={i} style={styles.row} wrap={false}>
          <View style={[styles.cell, styles.kindCell]}><Text style={[styles.cellText, { fontWeight: 700 }]}>{t(`redline.row.${row.kind}`)}</Text></View>
          {columns.map((column) => {
            const changed = row.kind === "changed" && (row.changedFields as string[]).includes(column);
            return (
              <View key={column} style={styles.cell}>
                {row.kind === "added" ? <Text style={[styles.cellText, styles.added]}>{value(row.to, column)}</Text> : null}
                {row.kind === "removed" ? <Text style={[styles.cellText, styles.removed]}>{value(row.from, column)}</Text> : null}
                {row.kind === "changed" && changed ? (
                  <Text style={styles.cellText}>
                    <Text style={styles.removed}>{value(row.from, column)}</Text> <Text style={styles.added}>{value(row.to, column)}</Text>
                  </Text>
                ) : null}
                {row.kind === "changed" && !changed ? <Text style={styles.cellText}>{value(row.to, column)}</Text> : null}
              </View>
            );
          })}
        </View>
      ))}
    </View>
  );
}

export function RedlineDocument({ view, t, locale, createdAt }: { view: RedlineView; t: Translate; locale: Locale; createdAt: Date }) {
  const { redline } = view;
  const s = redline.summary;
  const compared = t("redline.pdf.compared", { from: versionName(view.from, t), to: versionName(view.to, t) });
  const summary: [string, string][] = [
    [t("redline.summary.clausesChanged"), String(s.clausesChanged)],
    [t("redline.summary.clausesAdded"), String(s.clausesAdded)],
    [t("redline.summary.clausesRemoved"), String(s.clausesRemoved)],
    [t("redline.summary.articlesAdded"), String(s.articlesAdded)],
    [t("redline.summary.articlesRemoved"), String(s.articlesRemoved)],
    [t("redline.summary.fieldsChanged"), String(s.fieldsChanged)],
    [t("redline.summary.dataItems"), `${s.dataItemsAdded} / ${s.dataItemsRemoved} / ${s.dataItemsChanged}`],
    [t("redline.summary.subProcessors"), `${s.subProcessorsAdded} / ${s.subProcessorsRemoved} / ${s.subProcessorsChanged}`],
  ];
  const articleNodes: React.ReactNode[] = [];
  let unchangedArticles = 0;
  const flushArticles = (key: string) => {
    if (unchangedArticles) articleNodes.push(<Text key={key} style={styles.collapsed}>{unchangedArticles === 1 ? t("redline.unchangedArticlesOne") : t("redline.unchangedArticles", { count: unchangedArticles })}</Text>);
    unchangedArticles = 0;
  };
  redline.articles.forEach((article, i) => {
    if (article.kind === "unchanged") unchangedArticles++;
    else {
      flushArticles(`u${i}`);
      articleNodes.push(<Article key={i} article={article} t={t} />);
    }
  });
  flushArticles("end");

  return (
    <Document title={`${t("redline.pdf.heading")}: ${view.to.title}`} creator="verwerkersovereenkomst" producer="verwerkersovereenkomst (react-pdf)" creationDate={createdAt} language={locale}>
      <Page size="A4" style={styles.page}>
        <Text style={styles.header} fixed>{`${t("redline.pdf.heading")} · ${view.to.title} · ${compared}`}</Text>
        <Text style={styles.footer} fixed render={({ pageNumber, totalPages }) => t("redline.pdf.page", { page: pageNumber, total: totalPages })} />
        <Text style={styles.title}>{`${t("redline.pdf.heading")}: ${view.to.title}`}</Text>
        <Text style={styles.subtitle}>{compared}</Text>
        {view.to.changeSummary ? <Text style={[styles.text, { marginBottom: 8 }]}>{view.to.changeSummary}</Text> : null}

        <Text style={styles.h2}>{t("redline.summary")}</Text>
        {redline.hasChanges ? (
          summary.map(([label, value]) => (
            <View key={label} style={styles.summaryRow}>
              <Text style={styles.summaryLabel}>{label}</Text>
              <Text style={styles.summaryValue}>{value}</Text>
            </View>
          ))
        ) : (
          <Text style={styles.text}>{t("redline.noChanges")}</Text>
        )}
        <Text style={[styles.small, { marginTop: 6 }]}>{t("redline.legend")}</Text>

        {redline.fields.length ? (
          <>
            <Text style={styles.h2}>{t("redline.details")}</Text>
            {redline.fields.map((field) => (
              <View key={field.field} style={{ marginBottom: 4 }}>
                <Text style={[styles.small, { fontWeight: 700 }]}>{t(`redline.field.${field.field}`)}</Text>
                <Words parts={field.parts} />
              </View>
            ))}
          </>
        ) : null}

        <Text style={styles.h2}>{t("redline.articles")}</Text>
        {articleNodes}

        <Text style={styles.h2} minPresenceAhead={60}>{t("redline.annex1")}</Text>
        <Rows rows={redline.dataItems} columns={dataItemColumns} table="dataItems" t={t} locale={locale} />
        <Text style={styles.h2} minPresenceAhead={60}>{t("redline.annex2")}</Text>
        <Rows rows={redline.subProcessors} columns={subProcessorColumns} table="subProcessors" t={t} locale={locale} />
      </Page>
    </Document>
  );
}
