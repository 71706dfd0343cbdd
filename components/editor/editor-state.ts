import { draftContent, type DraftContent } from "@/lib/agreements/schemas";
import { parseMarkup, toMarkup } from "@/lib/agreements/markup";
import type { Block, PersonalDataItemDoc, ProcessorDetails, SubProcessorDoc, VersionDoc } from "@/lib/agreements/types";

// The editor edits clause text in the plain-text notation (lib/agreements/markup.ts) and turns it
// into Blocks only when it saves. A clause that was not touched keeps its original Blocks, so that
// loading and saving never changes content (and never makes a signature stale) by a round trip.

export type TextUnit = { key: string; text: string; original: { text: string; blocks: Block[] } | null };
export type EditorClause = TextUnit & { children: TextUnit[] };
export type EditorArticle = { key: string; title: string; clauses: EditorClause[] };
export type EditorItem = PersonalDataItemDoc & { key: string };
export type EditorCategory = { key: string; name: string; items: EditorItem[] };
export type EditorSubProcessor = SubProcessorDoc & { key: string };

export type EditorState = {
  title: string;
  preamble: string;
  mainAgreement: string;
  /** "" while undecided. */
  effectiveDate: string;
  /** Kept as typed, so that an emptied field can be corrected instead of turning into 0. */
  noticePeriodDays: string;
  signatory: { name: string; function: string; place: string };
  articles: EditorArticle[];
  dataCategories: EditorCategory[];
  subProcessors: EditorSubProcessor[];
};

export type DetailsField = "title" | "preamble" | "mainAgreement" | "effectiveDate" | "noticePeriodDays";
export type SignatoryField = keyof EditorState["signatory"];
export type SubProcessorField = Exclude<keyof SubProcessorDoc, "transferBasis">;
export type Direction = -1 | 1;

let counter = 0;
const session = Date.now().toString(36);
/**
 * Keys of items added in the browser; items loaded from the server get keys from their position.
 * The session part keeps them unique next to the keys of a restored backup from an earlier visit.
 */
export function newKey(): string {
  counter += 1;
  return `n${session}${counter}`;
}

function unitFromBlocks(key: string, blocks: Block[]): TextUnit {
  const text = toMarkup(blocks);
  return { key, text, original: { text, blocks } };
}

export function stateFromDoc(doc: VersionDoc): EditorState {
  return {
    title: doc.title,
    preamble: doc.preamble,
    mainAgreement: doc.mainAgreement,
    effectiveDate: doc.effectiveDate ?? "",
    noticePeriodDays: String(doc.noticePeriodDays),
    signatory: { ...doc.signatory },
    articles: doc.articles.map((article, a) => ({
      key: `a${a}`,
      title: article.title,
      clauses: article.clauses.map((clause, c) => ({
        ...unitFromBlocks(`a${a}c${c}`, clause.content),
        children: clause.children.map((child, k) => unitFromBlocks(`a${a}c${c}k${k}`, child.content)),
      })),
    })),
    dataCategories: doc.dataCategories.map((category, i) => ({
      key: `d${i}`,
      name: category.name,
      items: category.items.map((item, j) => ({ ...item, key: `d${i}i${j}` })),
    })),
    subProcessors: doc.subProcessors.map((row, i) => ({ ...row, key: `s${i}` })),
  };
}

const blocksOf = (unit: TextUnit): Block[] =>
  unit.original && unit.original.text === unit.text ? unit.original.blocks : parseMarkup(unit.text);

/** What a save sends, before the schema's normalisation (trimming, coercion). */
export function rawContent(state: EditorState) {
  return {
    title: state.title,
    preamble: state.preamble,
    mainAgreement: state.mainAgreement,
    effectiveDate: state.effectiveDate || null,
    noticePeriodDays: state.noticePeriodDays.trim() === "" ? Number.NaN : Number(state.noticePeriodDays),
    signatory: { ...state.signatory },
    articles: state.articles.map((article) => ({
      title: article.title,
      clauses: article.clauses.map((clause) => ({
        content: blocksOf(clause),
        children: clause.children.map((child) => ({ content: blocksOf(child), children: [] as never[] })),
      })),
    })),
    dataCategories: state.dataCategories.map((category) => ({
      name: category.name,
      items: category.items.map(({ name, retention, isSpecialCategory }) => ({ name, retention, isSpecialCategory })),
    })),
    subProcessors: state.subProcessors.map(({ name, serviceArea, purposes, dataConcerned, country, transferBasis }) => ({
      name, serviceArea, purposes, dataConcerned, country, transferBasis,
    })),
  };
}

export type PreparedContent =
  | { ok: true; content: DraftContent; serialized: string }
  | { ok: false; fieldErrors: Record<string, string> };

/** Checks the draft the way the server will (shape and size) and gives the exact content it would store. */
export function prepareContent(state: EditorState): PreparedContent {
  const parsed = draftContent.safeParse(rawContent(state));
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const path = issue.path.join(".") || "_form";
      if (!(path in fieldErrors)) fieldErrors[path] = path === "noticePeriodDays" ? "validation.number" : issue.message;
    }
    return { ok: false, fieldErrors };
  }
  return { ok: true, content: parsed.data, serialized: JSON.stringify(parsed.data) };
}

/** The document as readers would see it, for the live publish checks. */
export function docForChecks(state: EditorState, language: "nl" | "en", processor: ProcessorDetails): VersionDoc {
  const raw = rawContent(state);
  return {
    ...raw,
    noticePeriodDays: Number.isFinite(raw.noticePeriodDays) ? raw.noticePeriodDays : 0,
    language,
    processor,
    articles: raw.articles.map((article) => ({
      ...article,
      clauses: article.clauses.map((clause) => ({ ...clause, children: clause.children.map((c) => ({ ...c, children: [] })) })),
    })),
  };
}

// ---------------------------------------------------------------------------------------------
// Changes

export type EditorAction =
  | { type: "replace"; state: EditorState }
  | { type: "details"; field: DetailsField; value: string }
  | { type: "signatory"; field: SignatoryField; value: string }
  | { type: "addArticle"; key: string; clauseKey: string }
  | { type: "removeArticle"; a: number }
  | { type: "moveArticle"; a: number; dir: Direction }
  | { type: "articleTitle"; a: number; value: string }
  | { type: "addClause"; a: number; key: string }
  | { type: "removeClause"; a: number; c: number }
  | { type: "moveClause"; a: number; c: number; dir: Direction }
  | { type: "clauseText"; a: number; c: number; value: string }
  | { type: "addSubClause"; a: number; c: number; key: string }
  | { type: "removeSubClause"; a: number; c: number; k: number }
  | { type: "moveSubClause"; a: number; c: number; k: number; dir: Direction }
  | { type: "subClauseText"; a: number; c: number; k: number; value: string }
  | { type: "addCategory"; key: string; itemKey: string }
  | { type: "removeCategory"; i: number }
  | { type: "moveCategory"; i: number; dir: Direction }
  | { type: "categoryName"; i: number; value: string }
  | { type: "addItem"; i: number; key: string }
  | { type: "removeItem"; i: number; j: number }
  | { type: "moveItem"; i: number; j: number; dir: Direction }
  | { type: "itemText"; i: number; j: number; field: "name" | "retention"; value: string }
  | { type: "itemSpecial"; i: number; j: number; value: boolean }
  | { type: "addSubProcessor"; key: string }
  | { type: "removeSubProcessor"; i: number }
  | { type: "moveSubProcessor"; i: number; dir: Direction }
  | { type: "subProcessorText"; i: number; field: SubProcessorField; value: string }
  | { type: "subProcessorBasis"; i: number; value: SubProcessorDoc["transferBasis"] }
  // Drag and drop: from one position to another.
  | { type: "moveArticleTo"; from: number; to: number }
  | { type: "moveClauseTo"; a: number; from: number; to: number }
  | { type: "moveCategoryTo"; from: number; to: number }
  | { type: "moveItemTo"; i: number; from: number; to: number }
  | { type: "moveSubProcessorTo"; from: number; to: number }
  // Rows pasted from a spreadsheet, at row `at`: they replace that row when it is empty, else follow it.
  | { type: "pasteItems"; i: number; at: number; items: EditorItem[] }
  | { type: "pasteSubProcessors"; at: number; rows: EditorSubProcessor[] };

function at<T>(list: T[], index: number, change: (item: T) => T): T[] {
  return list.map((item, i) => (i === index ? change(item) : item));
}

function without<T>(list: T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

export function moved<T>(list: T[], index: number, dir: Direction): T[] {
  const target = index + dir;
  if (target < 0 || target >= list.length) return list;
  const next = [...list];
  [next[index], next[target]] = [next[target], next[index]];
  return next;
}

/** Moves the item at `from` so that it ends up at index `to`. */
export function movedTo<T>(list: T[], from: number, to: number): T[] {
  if (from === to || from < 0 || to < 0 || from >= list.length || to >= list.length) return list;
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item);
  return next;
}

export type DropEdge = "before" | "after";

/** Where an item dragged from `from` ends up when dropped at `edge` of the item at `index`. */
export function dropTarget(from: number, index: number, edge: DropEdge): number {
  const insertAt = edge === "before" ? index : index + 1;
  return insertAt > from ? insertAt - 1 : insertAt;
}

/** Puts pasted rows at `at`: instead of that row when it is empty, otherwise right after it. */
export function pastedInto<T>(list: T[], at: number, added: T[], isEmpty: (item: T) => boolean): T[] {
  if (added.length === 0) return list;
  const index = Math.min(Math.max(at, 0), list.length);
  const replaces = index < list.length && isEmpty(list[index]);
  return [...list.slice(0, replaces ? index : index + 1), ...added, ...list.slice(index + 1)];
}

export const isEmptyItem = (item: PersonalDataItemDoc) => !item.name.trim() && !item.retention.trim() && !item.isSpecialCategory;
export const isEmptySubProcessor = (row: SubProcessorDoc) =>
  !row.name.trim() && !row.serviceArea.trim() && !row.purposes.trim() && !row.dataConcerned.trim() && !row.country;

const emptyUnit = (key: string): TextUnit => ({ key, text: "", original: null });

export function editorReducer(state: EditorState, action: EditorAction): EditorState {
  const articles = (change: (list: EditorArticle[]) => EditorArticle[]) => ({ ...state, articles: change(state.articles) });
  const clauses = (a: number, change: (list: EditorClause[]) => EditorClause[]) =>
    articles((list) => at(list, a, (article) => ({ ...article, clauses: change(article.clauses) })));
  const children = (a: number, c: number, change: (list: TextUnit[]) => TextUnit[]) =>
    clauses(a, (list) => at(list, c, (clause) => ({ ...clause, children: change(clause.children) })));
  const categories = (change: (list: EditorCategory[]) => EditorCategory[]) => ({ ...state, dataCategories: change(state.dataCategories) });
  const items = (i: number, change: (list: EditorItem[]) => EditorItem[]) =>
    categories((list) => at(list, i, (category) => ({ ...category, items: change(category.items) })));
  const rows = (change: (list: EditorSubProcessor[]) => EditorSubProcessor[]) => ({ ...state, subProcessors: change(state.subProcessors) });

  switch (action.type) {
    case "replace":
      return action.state;
    case "details":
      return { ...state, [action.field]: action.value };
    case "signatory":
      return { ...state, signatory: { ...state.signatory, [action.field]: action.value } };
    case "addArticle":
      return articles((list) => [...list, { key: action.key, title: "", clauses: [{ ...emptyUnit(action.clauseKey), children: [] }] }]);
    case "removeArticle":
      return articles((list) => without(list, action.a));
    case "moveArticle":
      return articles((list) => moved(list, action.a, action.dir));
    case "articleTitle":
      return articles((list) => at(list, action.a, (article) => ({ ...article, title: action.value })));
    case "addClause":
      return clauses(action.a, (list) => [...list, { ...emptyUnit(action.key), children: [] }]);
    case "removeClause":
      return clauses(action.a, (list) => without(list, action.c));
    case "moveClause":
      return clauses(action.a, (list) => moved(list, action.c, action.dir));
    case "clauseText":
      return clauses(action.a, (list) => at(list, action.c, (clause) => ({ ...clause, text: action.value })));
    case "addSubClause":
      return children(action.a, action.c, (list) => [...list, emptyUnit(action.key)]);
    case "removeSubClause":
      return children(action.a, action.c, (list) => without(list, action.k));
    case "moveSubClause":
      return children(action.a, action.c, (list) => moved(list, action.k, action.dir));
    case "subClauseText":
      return children(action.a, action.c, (list) => at(list, action.k, (unit) => ({ ...unit, text: action.value })));
    case "addCategory":
      return categories((list) => [
        ...list,
        { key: action.key, name: "", items: [{ key: action.itemKey, name: "", retention: "", isSpecialCategory: false }] },
      ]);
    case "removeCategory":
      return categories((list) => without(list, action.i));
    case "moveCategory":
      return categories((list) => moved(list, action.i, action.dir));
    case "categoryName":
      return categories((list) => at(list, action.i, (category) => ({ ...category, name: action.value })));
    case "addItem":
      return items(action.i, (list) => [...list, { key: action.key, name: "", retention: "", isSpecialCategory: false }]);
    case "removeItem":
      return items(action.i, (list) => without(list, action.j));
    case "moveItem":
      return items(action.i, (list) => moved(list, action.j, action.dir));
    case "itemText":
      return items(action.i, (list) => at(list, action.j, (item) => ({ ...item, [action.field]: action.value })));
    case "itemSpecial":
      return items(action.i, (list) => at(list, action.j, (item) => ({ ...item, isSpecialCategory: action.value })));
    case "addSubProcessor":
      return rows((list) => [
        ...list,
        { key: action.key, name: "", serviceArea: "", purposes: "", dataConcerned: "", country: "", transferBasis: "NONE_NEEDED" },
      ]);
    case "removeSubProcessor":
      return rows((list) => without(list, action.i));
    case "moveSubProcessor":
      return rows((list) => moved(list, action.i, action.dir));
    case "subProcessorText":
      return rows((list) => at(list, action.i, (row) => ({ ...row, [action.field]: action.value })));
    case "subProcessorBasis":
      return rows((list) => at(list, action.i, (row) => ({ ...row, transferBasis: action.value })));
    case "moveArticleTo":
      return articles((list) => movedTo(list, action.from, action.to));
    case "moveClauseTo":
      return clauses(action.a, (list) => movedTo(list, action.from, action.to));
    case "moveCategoryTo":
      return categories((list) => movedTo(list, action.from, action.to));
    case "moveItemTo":
      return items(action.i, (list) => movedTo(list, action.from, action.to));
    case "moveSubProcessorTo":
      return rows((list) => movedTo(list, action.from, action.to));
    case "pasteItems":
      return items(action.i, (list) => pastedInto(list, action.at, action.items, isEmptyItem));
    case "pasteSubProcessors":
      return rows((list) => pastedInto(list, action.at, action.rows, isEmptySubProcessor));
  }
}

/** Backups in localStorage are only trusted if they look like an editor state. */
export function isEditorState(value: unknown): value is EditorState {
  if (!value || typeof value !== "object") return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.title === "string" && typeof v.preamble === "string" && typeof v.mainAgreement === "string" &&
    typeof v.effectiveDate === "string" && typeof v.noticePeriodDays === "string" &&
    !!v.signatory && typeof v.signatory === "object" &&
    Array.isArray(v.articles) && Array.isArray(v.dataCategories) && Array.isArray(v.subProcessors)
  );
}
