import { diffArrays, diffWords } from "diff";
import { plainText, toMarkup } from "@/lib/agreements/markup";
import type { ArticleDoc, PersonalDataItemDoc, SubProcessorDoc, VersionDoc } from "@/lib/agreements/types";

// A redline between two versions of an agreement. Pure: no database, no clock, so it can be tested
// on small documents and rendered the same on the page and in the PDF.
//
// Matching: articles and clauses are aligned with an LCS (jsdiff's diffArrays) over their texts, so an
// inserted clause is one added clause and the clauses after it stay "unchanged". What the LCS leaves
// unmatched within one gap is paired by word similarity: similar enough is a changed clause, shown
// word by word; otherwise a removal and an addition. Bold and italics are not part of the word diff;
// a clause whose words stayed but whose formatting changed is marked as such.

export type WordPart = { text: string; change: "same" | "added" | "removed" };

export type ClauseComparison =
  | { kind: "unchanged"; fromNumber: string; toNumber: string; text: string }
  | { kind: "changed"; fromNumber: string; toNumber: string; parts: WordPart[]; isFormattingOnly: boolean }
  | { kind: "added"; toNumber: string; text: string }
  | { kind: "removed"; fromNumber: string; text: string };

export type ArticleComparison = {
  kind: "unchanged" | "changed" | "added" | "removed";
  fromNumber: string | null;
  toNumber: string | null;
  fromTitle: string | null;
  toTitle: string | null;
  /** Set when the title itself changed. */
  titleParts: WordPart[] | null;
  clauses: ClauseComparison[];
};

export type FieldName =
  | "title"
  | "language"
  | "preamble"
  | "mainAgreement"
  | "effectiveDate"
  | "noticePeriodDays"
  | "processor.legalName"
  | "processor.registrationNumber"
  | "processor.address"
  | "processor.country"
  | "processor.privacyEmail"
  | "signatory.name"
  | "signatory.function"
  | "signatory.place";

export type FieldChange = { field: FieldName; from: string; to: string; parts: WordPart[] };

export type DataItemRow = PersonalDataItemDoc & { category: string };

export type RowChange<T> =
  | { kind: "unchanged"; from: T; to: T; changedFields: [] }
  | { kind: "changed"; from: T; to: T; changedFields: string[] }
  | { kind: "added"; from: null; to: T; changedFields: [] }
  | { kind: "removed"; from: T; to: null; changedFields: [] };

export type RedlineSummary = {
  clausesChanged: number;
  clausesAdded: number;
  clausesRemoved: number;
  clausesUnchanged: number;
  articlesAdded: number;
  articlesRemoved: number;
  fieldsChanged: number;
  dataItemsAdded: number;
  dataItemsRemoved: number;
  dataItemsChanged: number;
  subProcessorsAdded: number;
  subProcessorsRemoved: number;
  subProcessorsChanged: number;
};

export type Redline = {
  fields: FieldChange[];
  articles: ArticleComparison[];
  dataItems: RowChange<DataItemRow>[];
  subProcessors: RowChange<SubProcessorDoc>[];
  summary: RedlineSummary;
  hasChanges: boolean;
};

/** Below this word similarity, two unmatched clauses are a removal and an addition, not a change. */
const SIMILAR = 0.4;

export function wordDiff(from: string, to: string): WordPart[] {
  return diffWords(from, to).map((part) => ({
    text: part.value,
    change: part.added ? "added" : part.removed ? "removed" : "same",
  }));
}

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Dice coefficient over the multiset of words: 1 for the same words, 0 for none in common. */
export function similarity(a: string, b: string): number {
  const left = words(a);
  const right = words(b);
  if (left.length === 0 && right.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const word of left) counts.set(word, (counts.get(word) ?? 0) + 1);
  let common = 0;
  for (const word of right) {
    const n = counts.get(word) ?? 0;
    if (n > 0) {
      common++;
      counts.set(word, n - 1);
    }
  }
  return (2 * common) / (left.length + right.length);
}

/**
 * Aligns two lists: equal keys by LCS, then the unmatched items of each gap paired in order when
 * `isSimilar` says so. Yields pairs [from, to], [from, null] (removed) or [null, to] (added).
 */
function align<T>(from: T[], to: T[], key: (item: T) => string, isSimilar: (a: T, b: T) => boolean) {
  const result: { from: T | null; to: T | null; isEqual: boolean }[] = [];
  const changes = diffArrays(from.map(key), to.map(key));
  let i = 0;
  let j = 0;
  let removed: T[] = [];
  let added: T[] = [];
  const flushGap = () => {
    let r = 0;
    let a = 0;
    while (r < removed.length || a < added.length) {
      const left = removed[r];
      const right = added[a];
      if (r < removed.length && a < added.length && isSimilar(left, right)) {
        result.push({ from: left, to: right, isEqual: false });
        r++;
        a++;
      } else if (a < added.length && r + 1 < removed.length && isSimilar(removed[r + 1], right)) {
        result.push({ from: left, to: null, isEqual: false });
        r++;
      } else if (r < removed.length && (a >= added.length || !(a + 1 < added.length && isSimilar(left, added[a + 1])))) {
        result.push({ from: left, to: null, isEqual: false });
        r++;
      } else {
        result.push({ from: null, to: right, isEqual: false });
        a++;
      }
    }
    removed = [];
    added = [];
  };
  for (const change of changes) {
    const count = change.value.length;
    if (change.removed) {
      removed.push(...from.slice(i, i + count));
      i += count;
    } else if (change.added) {
      added.push(...to.slice(j, j + count));
      j += count;
    } else {
      flushGap();
      for (let k = 0; k < count; k++) result.push({ from: from[i + k], to: to[j + k], isEqual: true });
      i += count;
      j += count;
    }
  }
  flushGap();
  return result;
}

type ClauseUnit = { number: string; text: string; markup: string };

function clauseUnits(article: ArticleDoc, articleIndex: number): ClauseUnit[] {
  const units: ClauseUnit[] = [];
  article.clauses.forEach((clause, c) => {
    units.push({ number: `${articleIndex + 1}.${c + 1}`, text: plainText(clause.content), markup: toMarkup(clause.content) });
    clause.children.forEach((child, k) => {
      units.push({ number: `${articleIndex + 1}.${c + 1}.${k + 1}`, text: plainText(child.content), markup: toMarkup(child.content) });
    });
  });
  return units;
}

function compareClauses(from: ClauseUnit[], to: ClauseUnit[]): ClauseComparison[] {
  return align(from, to, (unit) => unit.markup, (a, b) => similarity(a.text, b.text) >= SIMILAR).map((pair) => {
    if (pair.from && pair.to) {
      if (pair.isEqual) return { kind: "unchanged", fromNumber: pair.from.number, toNumber: pair.to.number, text: pair.to.text };
      return {
        kind: "changed",
        fromNumber: pair.from.number,
        toNumber: pair.to.number,
        parts: wordDiff(pair.from.text, pair.to.text),
        isFormattingOnly: pair.from.text === pair.to.text,
      };
    }
    if (pair.to) return { kind: "added", toNumber: pair.to.number, text: pair.to.text };
    return { kind: "removed", fromNumber: pair.from!.number, text: pair.from!.text };
  });
}

type ArticleUnit = { index: number; title: string; clauses: ClauseUnit[]; key: string; words: string };

function articleUnits(doc: VersionDoc): ArticleUnit[] {
  return doc.articles.map((article, index) => {
    const clauses = clauseUnits(article, index);
    return {
      index,
      title: article.title,
      clauses,
      key: JSON.stringify([article.title.trim(), clauses.map((clause) => clause.markup)]),
      words: clauses.map((clause) => clause.text).join(" "),
    };
  });
}

function isSimilarArticle(a: ArticleUnit, b: ArticleUnit): boolean {
  return similarity(a.title, b.title) >= 0.5 || (a.words.length > 0 && similarity(a.words, b.words) >= 0.6);
}

function compareArticles(from: VersionDoc, to: VersionDoc): ArticleComparison[] {
  // First align by title, so that an article whose clauses changed still matches its old self.
  return align(articleUnits(from), articleUnits(to), (unit) => unit.title.trim().toLowerCase(), isSimilarArticle).map((pair) => {
    const { from: left, to: right } = pair;
    if (left && right) {
      const clauses = compareClauses(left.clauses, right.clauses);
      const isTitleSame = left.title === right.title;
      const isUnchanged = isTitleSame && clauses.every((clause) => clause.kind === "unchanged");
      return {
        kind: isUnchanged ? "unchanged" : "changed",
        fromNumber: String(left.index + 1),
        toNumber: String(right.index + 1),
        fromTitle: left.title,
        toTitle: right.title,
        titleParts: isTitleSame ? null : wordDiff(left.title, right.title),
        clauses,
      };
    }
    if (right) {
      return {
        kind: "added",
        fromNumber: null,
        toNumber: String(right.index + 1),
        fromTitle: null,
        toTitle: right.title,
        titleParts: null,
        clauses: right.clauses.map((unit) => ({ kind: "added", toNumber: unit.number, text: unit.text })),
      };
    }
    return {
      kind: "removed",
      fromNumber: String(left!.index + 1),
      toNumber: null,
      fromTitle: left!.title,
      toTitle: null,
      titleParts: null,
      clauses: left!.clauses.map((unit) => ({ kind: "removed", fromNumber: unit.number, text: unit.text })),
    };
  });
}

function fieldValues(doc: VersionDoc): Record<FieldName, string> {
  return {
    title: doc.title,
    language: doc.language,
    preamble: doc.preamble,
    mainAgreement: doc.mainAgreement,
    effectiveDate: doc.effectiveDate ?? "",
    noticePeriodDays: String(doc.noticePeriodDays),
    "processor.legalName": doc.processor.legalName,
    "processor.registrationNumber": doc.processor.registrationNumber,
    "processor.address": doc.processor.address,
    "processor.country": doc.processor.country,
    "processor.privacyEmail": doc.processor.privacyEmail,
    "signatory.name": doc.signatory.name,
    "signatory.function": doc.signatory.function,
    "signatory.place": doc.signatory.place,
  };
}

const proseFields = new Set<FieldName>(["title", "preamble", "mainAgreement", "processor.legalName", "processor.address", "signatory.function"]);

function replaced(from: string, to: string): WordPart[] {
  const parts: WordPart[] = [];
  if (from) parts.push({ text: from, change: "removed" });
  if (from && to) parts.push({ text: " ", change: "same" });
  if (to) parts.push({ text: to, change: "added" });
  return parts;
}

function compareFields(from: VersionDoc, to: VersionDoc): FieldChange[] {
  const left = fieldValues(from);
  const right = fieldValues(to);
  return (Object.keys(left) as FieldName[])
    .filter((field) => left[field] !== right[field])
    .map((field) => ({
      field,
      from: left[field],
      to: right[field],
      // Prose is compared word by word; a date, a number or a code is replaced as a whole.
      parts: proseFields.has(field) ? wordDiff(left[field], right[field]) : replaced(left[field], right[field]),
    }));
}

const norm = (text: string) => text.trim().replace(/\s+/g, " ").toLowerCase();

/** Annex rows matched by a key (in order among equal keys), then compared field by field. */
export function compareRows<T extends object>(from: T[], to: T[], key: (row: T) => string, fields: (keyof T & string)[]): RowChange<T>[] {
  const remaining = new Map<string, T[]>();
  for (const row of to) remaining.set(key(row), [...(remaining.get(key(row)) ?? []), row]);
  const matchedTo = new Set<T>();
  const result: RowChange<T>[] = [];
  for (const row of from) {
    const match = remaining.get(key(row))?.shift();
    if (!match) {
      result.push({ kind: "removed", from: row, to: null, changedFields: [] });
      continue;
    }
    matchedTo.add(match);
    const changedFields = fields.filter((field) => String(row[field]) !== String(match[field]));
    result.push(changedFields.length ? { kind: "changed", from: row, to: match, changedFields } : { kind: "unchanged", from: row, to: match, changedFields: [] });
  }
  // Added rows in the order of the newer version, after the rows that were already there.
  for (const row of to) if (!matchedTo.has(row)) result.push({ kind: "added", from: null, to: row, changedFields: [] });
  return result;
}

export function dataItemRows(doc: VersionDoc): DataItemRow[] {
  return doc.dataCategories.flatMap((category) => category.items.map((item) => ({ ...item, category: category.name })));
}

export function compareSubProcessors(from: SubProcessorDoc[], to: SubProcessorDoc[]): RowChange<SubProcessorDoc>[] {
  return compareRows(from, to, (row) => `${norm(row.name)}\u0000${norm(row.serviceArea)}`, [
    "purposes",
    "dataConcerned",
    "country",
    "transferBasis",
  ]);
}

const countOf = <T>(rows: RowChange<T>[], kind: RowChange<T>["kind"]) => rows.filter((row) => row.kind === kind).length;

/** The changes from version `a` (older) to version `b` (newer). */
export function compareVersions(a: VersionDoc, b: VersionDoc): Redline {
  const fields = compareFields(a, b);
  const articles = compareArticles(a, b);
  const dataItems = compareRows(dataItemRows(a), dataItemRows(b), (row) => `${norm(row.category)}\u0000${norm(row.name)}`, [
    "retention",
    "isSpecialCategory",
  ]);
  const subProcessors = compareSubProcessors(a.subProcessors, b.subProcessors);
  const clauses = articles.flatMap((article) => article.clauses);
  const clauseCount = (kind: ClauseComparison["kind"]) => clauses.filter((clause) => clause.kind === kind).length;
  const summary: RedlineSummary = {
    clausesChanged: clauseCount("changed"),
    clausesAdded: clauseCount("added"),
    clausesRemoved: clauseCount("removed"),
    clausesUnchanged: clauseCount("unchanged"),
    articlesAdded: articles.filter((article) => article.kind === "added").length,
    articlesRemoved: articles.filter((article) => article.kind === "removed").length,
    fieldsChanged: fields.length,
    dataItemsAdded: countOf(dataItems, "added"),
    dataItemsRemoved: countOf(dataItems, "removed"),
    dataItemsChanged: countOf(dataItems, "changed"),
    subProcessorsAdded: countOf(subProcessors, "added"),
    subProcessorsRemoved: countOf(subProcessors, "removed"),
    subProcessorsChanged: countOf(subProcessors, "changed"),
  };
  const hasChanges =
    fields.length > 0 ||
    articles.some((article) => article.kind !== "unchanged") ||
    dataItems.some((row) => row.kind !== "unchanged") ||
    subProcessors.some((row) => row.kind !== "unchanged");
  return { fields, articles, dataItems, subProcessors, summary, hasChanges };
}
