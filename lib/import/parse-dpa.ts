import type { Block, Run } from "@/lib/agreements/types";
import { linesFromText } from "./clean-lines";
import { guessLanguage } from "./guess-language";
import { readAnnex, type AnnexSource } from "./read-annex";
import type { ImportSummary, ImportWarning, ParsedDpa, SourceLine } from "./types";

// From the lines of an existing DPA to a draft: title, preamble, articles with clauses and
// sub-clauses, lists, and the annexes. Pure: no database, no I/O. The rules are heuristics, so
// everything they could not place is kept as text and reported as a warning, never dropped.

type Para = { type: "paragraph"; text: string } | { type: "list"; ordered: boolean; items: string[] };
type Container = { blocks: Para[] };
type Clause = Container & { isNumbered: boolean; children: Container[] };
type Article = { number: number; title: string; isKeyword: boolean; clauses: Clause[] };

type Line =
  | { kind: "blank" }
  | { kind: "article"; number: number; title: string; isKeyword: boolean }
  | { kind: "annex"; label: string; number: number; title: string }
  | { kind: "signature" }
  | { kind: "clause"; depth: 1 | 2; text: string }
  | { kind: "item"; ordered: boolean; text: string; number?: number }
  | { kind: "text"; text: string };

const articleKeyword = /^(?:artikel|article|art\.)\s+(\d{1,2})(?:\s*[.:)\-–—]\s*|\s+|$)(.*)$/i;
const numberedHeading = /^(\d{1,2})[.)]?\s+(\p{Lu}.{0,100})$/u;
const annexHeading = /^(bijlage|annex|appendix|schedule|addendum)\s+(\d{1,2}|[IVX]{1,4}|[A-F])\b\s*[.:\-–—]?\s*(.*)$/i;
const signatureHeading = /^(voor akkoord|ondertekening|handtekeningen?|signatures?|in witness whereof|aldus overeengekomen)\b/i;
const clauseNumber = /^(\d{1,2})\.(\d{1,2})(?:\.(\d{1,2}))?\.?(?:\s+(.*))?$/;
const bullet = /^[•●▪◦·∙‣○■□➢►✓-]\s*(.*)$|^[–—*]\s+(.*)$/;
const letterItem = /^\(?([a-z])\)\s+(.*)$|^([a-z])\.\s+(.*)$/i;
const romanItem = /^\(?(i{1,3}|iv|v|vi{1,3}|ix|x)[.)]\s+(.*)$/i;
const numberItem = /^(\d{1,2})[.)]\s+(.*)$/;
const endsSentence = /[.!?:;]["')\]]?$/;

const romanValues: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6, VII: 7, VIII: 8, IX: 9, X: 10 };

function annexNumber(token: string): number {
  if (/^\d+$/.test(token)) return Number(token);
  const upper = token.toUpperCase();
  if (romanValues[upper] && upper !== "C" && upper !== "D") return romanValues[upper];
  return upper.charCodeAt(0) - 64;
}

const isShortTitle = (text: string) => text.length <= 120 && text.split(/\s+/).length <= 14 && !/[,;]$/.test(text);

function classify(raw: string, lastArticle: number, usesKeyword: boolean): Line {
  const text = raw.replace(/\s+/g, " ").trim();
  if (!text) return { kind: "blank" };

  const annex = annexHeading.exec(text);
  if (annex && isShortTitle(annex[3]) && !/\.$/.test(annex[3])) {
    const label = `${annex[1][0].toUpperCase()}${annex[1].slice(1).toLowerCase()} ${annex[2]}`;
    return { kind: "annex", label, number: annexNumber(annex[2]), title: annex[3].replace(/^[-–—:.]\s*/, "") };
  }
  const keyword = articleKeyword.exec(text);
  if (keyword) {
    const number = Number(keyword[1]);
    const title = keyword[2].replace(/\.$/, "").trim();
    const isPlausible = lastArticle === 0 ? number <= 3 : number > lastArticle && number <= lastArticle + 3;
    if (isPlausible && isShortTitle(title)) return { kind: "article", number, title, isKeyword: true };
  }
  if (signatureHeading.test(text) && text.length < 80) return { kind: "signature" };

  const clause = clauseNumber.exec(text);
  if (clause) return { kind: "clause", depth: clause[3] ? 2 : 1, text: clause[4] ?? "" };

  const heading = usesKeyword ? null : numberedHeading.exec(text);
  if (heading) {
    const number = Number(heading[1]);
    const title = heading[2].trim();
    const isNext = number === lastArticle + 1 || (lastArticle === 0 && number === 1);
    if (isNext && isShortTitle(title) && !endsSentence.test(title) && title.split(/\s+/).length <= 10) {
      return { kind: "article", number, title, isKeyword: false };
    }
  }

  const bulletMatch = bullet.exec(text);
  if (bulletMatch) return { kind: "item", ordered: false, text: (bulletMatch[1] ?? bulletMatch[2] ?? "").trim() };
  const roman = romanItem.exec(text);
  if (roman) return { kind: "item", ordered: true, text: roman[2] };
  const letter = letterItem.exec(text);
  if (letter) return { kind: "item", ordered: true, text: letter[2] ?? letter[4] };
  const numbered = numberItem.exec(text);
  if (numbered) return { kind: "item", ordered: true, text: numbered[2], number: Number(numbered[1]) };
  return { kind: "text", text };
}

/** "verwerkings-" + "verantwoordelijke" = "verwerkingsverantwoordelijke"; otherwise a space. */
export function joinWrapped(previous: string, next: string): string {
  if (!previous) return next;
  if (/\p{L}-$/u.test(previous) && /^\p{Ll}/u.test(next)) return previous.slice(0, -1) + next;
  return `${previous} ${next}`;
}

function toRuns(text: string): Run[] {
  return text ? [{ text }] : [];
}

function toBlocks(container: Container): Block[] {
  return container.blocks
    .map((block): Block =>
      block.type === "paragraph"
        ? { type: "paragraph", runs: toRuns(block.text) }
        : { type: "list", ordered: block.ordered, items: block.items.map(toRuns) },
    )
    .filter((block) => (block.type === "paragraph" ? block.runs.length > 0 : block.items.length > 0));
}

export function parseDpa(input: string | SourceLine[], options: { language?: "nl" | "en" } = {}): ParsedDpa {
  const lines = typeof input === "string" ? linesFromText(input) : input;
  const language = options.language ?? guessLanguage(lines.map((line) => line.text).join("\n"));
  const warnings: ImportWarning[] = [];

  let titleText = "";
  const preamble: string[] = [];
  const articles: Article[] = [];
  const annexes: AnnexSource[] = [];
  let phase: "title" | "preamble" | "articles" | "signature" | "annex" = "title";
  let usesKeyword = false;
  let isTitlePending = false;
  // Where the next wrapped line goes: a function that appends to the last text, or null after a
  // blank line or a finished sentence.
  let openText: { get: () => string; set: (text: string) => void } | null = null;

  const article = () => articles[articles.length - 1];
  const clause = () => article()?.clauses[article().clauses.length - 1];
  const container = (): Container => {
    const current = clause();
    return current?.children.length ? current.children[current.children.length - 1] : current;
  };
  const newClause = (isNumbered: boolean): Clause => {
    const created: Clause = { blocks: [], isNumbered, children: [] };
    article().clauses.push(created);
    return created;
  };
  const addParagraph = (target: Container, text: string) => {
    const block: Para = { type: "paragraph", text };
    target.blocks.push(block);
    openText = { get: () => block.text, set: (value) => (block.text = value) };
  };
  const addItem = (target: Container, ordered: boolean, text: string) => {
    const last = target.blocks[target.blocks.length - 1];
    const list = last?.type === "list" && last.ordered === ordered ? last : { type: "list" as const, ordered, items: [] as string[] };
    if (list !== last) target.blocks.push(list);
    const index = list.items.push(text) - 1;
    openText = { get: () => list.items[index], set: (value) => (list.items[index] = value) };
  };

  for (const source of lines) {
    // A table outside an annex keeps its rows as text.
    const rawText = source.cells ? source.cells.join(" | ") : source.text;
    const line = classify(rawText, articles.length ? article().number : 0, usesKeyword);
    if (phase === "annex" && line.kind !== "annex") {
      annexes[annexes.length - 1].lines.push(source);
      continue;
    }
    const effective: Line =
      source.isHeading && line.kind === "text" && phase !== "title" && isShortTitle(line.text)
        ? { kind: "article", number: (articles.length ? article().number : 0) + 1, title: line.text, isKeyword: false }
        : source.isListItem && line.kind === "text"
          ? { kind: "item", ordered: false, text: line.text }
          : line;

    if (effective.kind === "blank") {
      openText = null;
      continue;
    }
    if (effective.kind === "annex") {
      phase = "annex";
      annexes.push({ label: effective.label, number: effective.number, title: effective.title, lines: [] });
      openText = null;
      continue;
    }
    if (effective.kind === "article") {
      if (articles.length && effective.number !== article().number + 1) {
        warnings.push({ key: "import.warning.articleGap", params: { number: effective.number, previous: article().number } });
      }
      if (effective.isKeyword) usesKeyword = true;
      articles.push({ number: effective.number, title: effective.title, isKeyword: effective.isKeyword, clauses: [] });
      isTitlePending = !effective.title;
      phase = "articles";
      openText = null;
      continue;
    }
    if (effective.kind === "signature" && phase === "articles") {
      phase = "signature";
      continue;
    }
    if (phase === "signature") continue;

    const text = effective.kind === "signature" ? rawText.trim() : effective.text;

    if (phase === "title") {
      titleText = text;
      phase = "preamble";
      continue;
    }
    if (phase === "preamble") {
      if (effective.kind === "item" || effective.kind === "clause") {
        preamble.push(`- ${text}`);
      } else if (openText) {
        const current = openText;
        current.set(joinWrapped(current.get(), text));
      } else {
        preamble.push(text);
        const index = preamble.length - 1;
        openText = { get: () => preamble[index], set: (value) => (preamble[index] = value) };
      }
      if (openText && endsSentence.test(openText.get())) openText = null;
      if (effective.kind === "item" || effective.kind === "clause") openText = null;
      continue;
    }

    // phase === "articles"
    if (isTitlePending && effective.kind === "text" && isShortTitle(text)) {
      article().title = text;
      isTitlePending = false;
      continue;
    }
    isTitlePending = false;
    if (effective.kind === "clause") {
      if (effective.depth === 2 && clause()) clause().children.push({ blocks: [] });
      else newClause(true);
      addParagraph(container(), text);
    } else if (effective.kind === "item" && effective.number !== undefined && article().isKeyword && !clause()?.isNumbered && (!clause() || openText === null)) {
      // "Artikel 3." followed by "1. ...", "2. ...": numbered clauses within the article.
      newClause(true);
      addParagraph(container(), text);
    } else if (effective.kind === "item") {
      addItem(container() ?? newClause(false), effective.ordered, text);
    } else if (openText) {
      const current = openText;
      current.set(joinWrapped(current.get(), text));
    } else {
      const current = clause();
      const target = !current || (!current.isNumbered && current.blocks.length > 0) ? newClause(false) : container();
      addParagraph(target, text);
    }
    if (openText && endsSentence.test(openText.get())) openText = null;
  }

  if (!articles.length) warnings.push({ key: "import.warning.noArticles" });

  const annexResult = readAnnexes(annexes);
  warnings.push(...annexResult.warnings);

  const draftArticles = [...articles.map(toDraftArticle), ...annexResult.noteArticles];
  const summary: ImportSummary = {
    articles: articles.length,
    clauses: articles.reduce((sum, a) => sum + a.clauses.length, 0),
    subClauses: articles.reduce((sum, a) => sum + a.clauses.reduce((n, c) => n + c.children.length, 0), 0),
    listItems: articles.reduce(
      (sum, a) => sum + a.clauses.reduce((n, c) => n + [c, ...c.children].reduce((m, k) => m + countItems(k), 0), 0),
      0,
    ),
    dataCategoryRows: annexResult.dataCategoryRows,
    subProcessorRows: annexResult.subProcessors.length,
    annexNotes: annexResult.noteArticles.length,
    warnings,
  };

  const content = fitLimits(
    {
      title: titleText || (language === "nl" ? "Verwerkersovereenkomst" : "Data Processing Agreement"),
      preamble: preamble.join("\n\n"),
      mainAgreement: language === "nl" ? "de Overeenkomst" : "the Agreement",
      effectiveDate: null,
      noticePeriodDays: 90,
      signatory: { name: "", function: "", place: "" },
      articles: draftArticles,
      dataCategories: annexResult.dataCategories,
      subProcessors: annexResult.subProcessors,
    },
    warnings,
  );
  return { language, content, summary };
}

function countItems(container: Container): number {
  return container.blocks.reduce((n, block) => n + (block.type === "list" ? block.items.length : 0), 0);
}

function toDraftArticle(article: Article): ParsedDpa["content"]["articles"][number] {
  return {
    title: article.title,
    clauses: article.clauses.map((clause) => ({
      content: toBlocks(clause),
      children: clause.children.map((child) => ({ content: toBlocks(child), children: [] })),
    })),
  };
}

function readAnnexes(annexes: AnnexSource[]) {
  const dataCategories: ParsedDpa["content"]["dataCategories"] = [];
  const subProcessors: ParsedDpa["content"]["subProcessors"] = [];
  const noteArticles: ParsedDpa["content"]["articles"] = [];
  const warnings: ImportWarning[] = [];
  let dataCategoryRows = 0;
  for (const annex of annexes) {
    const result = readAnnex(annex);
    warnings.push(...result.warnings);
    if (result.kind === "dataCategories") {
      dataCategories.push(...result.dataCategories);
      dataCategoryRows += result.rows;
    } else if (result.kind === "subProcessors") {
      subProcessors.push(...result.subProcessors);
    } else {
      noteArticles.push({
        title: `${annex.label}${annex.title ? ` – ${annex.title}` : ""}`,
        clauses: result.paragraphs.map((text) => ({ content: [{ type: "paragraph" as const, runs: toRuns(text) }], children: [] })),
      });
    }
  }
  return { dataCategories, subProcessors, noteArticles, warnings, dataCategoryRows };
}

/** The draft schema's limits (lib/agreements/schemas.ts): cut what is over them and say so. */
function fitLimits(content: ParsedDpa["content"], warnings: ImportWarning[]): ParsedDpa["content"] {
  let isCut = false;
  const cut = <T,>(items: T[], max: number): T[] => {
    if (items.length > max) isCut = true;
    return items.slice(0, max);
  };
  const cutText = (text: string, max: number) => {
    if (text.length > max) isCut = true;
    return text.slice(0, max);
  };
  const fitBlocks = (blocks: Block[]): Block[] =>
    cut(blocks, 50).map((block) =>
      block.type === "paragraph"
        ? { ...block, runs: block.runs.map((run) => ({ ...run, text: cutText(run.text, 5000) })) }
        : { ...block, items: cut(block.items, 100).map((item) => item.map((run) => ({ ...run, text: cutText(run.text, 5000) }))) },
    );
  const fitted = {
    ...content,
    title: cutText(content.title, 200),
    preamble: cutText(content.preamble, 5000),
    articles: cut(content.articles, 60).map((article) => ({
      title: cutText(article.title, 200),
      clauses: cut(article.clauses, 40).map((clause) => ({
        content: fitBlocks(clause.content),
        children: cut(clause.children, 30).map((child) => ({ content: fitBlocks(child.content), children: [] })),
      })),
    })),
    dataCategories: cut(content.dataCategories, 40).map((category) => ({ ...category, items: cut(category.items, 60) })),
    subProcessors: cut(content.subProcessors, 100),
  };
  if (isCut) warnings.push({ key: "import.warning.truncated" });
  return fitted;
}
