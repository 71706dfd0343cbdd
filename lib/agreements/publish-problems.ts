import { isEuEeaCountry, isKnownCountry } from "@/lib/validation/countries";
import { hasPlaceholder } from "./placeholders";
import type { Block, VersionDoc } from "./types";

export type Problem = { path: string; message: string };

const hasText = (blocks: Block[]) =>
  blocks.some((b) => (b.type === "paragraph" ? b.runs : b.items.flat()).some((r) => r.text.trim().length > 0));

/** Everything that stops a draft from being published, with the field it belongs to. Messages are i18n keys. */
export function publishProblems(doc: VersionDoc): Problem[] {
  const problems: Problem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });

  if (!doc.title.trim()) add("title", "validation.required");
  if (!doc.effectiveDate) add("effectiveDate", "agreements.effectiveDateNeeded");
  if (doc.articles.length === 0) add("articles", "agreements.needsArticles");
  doc.articles.forEach((article, a) => {
    if (!article.title.trim()) add(`articles.${a}.title`, "validation.required");
    if (article.clauses.length === 0) add(`articles.${a}.clauses`, "agreements.articleNeedsClause");
    article.clauses.forEach((clause, c) => {
      if (!hasText(clause.content)) add(`articles.${a}.clauses.${c}`, "agreements.emptyClause");
      clause.children.forEach((child, k) => {
        if (!hasText(child.content)) add(`articles.${a}.clauses.${c}.children.${k}`, "agreements.emptyClause");
      });
    });
  });
  doc.dataCategories.forEach((category, i) => {
    if (!category.name.trim()) add(`dataCategories.${i}.name`, "validation.required");
    if (category.items.length === 0) add(`dataCategories.${i}.items`, "agreements.categoryNeedsItem");
    category.items.forEach((item, j) => {
      if (!item.name.trim()) add(`dataCategories.${i}.items.${j}.name`, "validation.required");
    });
  });
  const seen = new Set<string>();
  doc.subProcessors.forEach((row, i) => {
    for (const field of ["name", "serviceArea", "purposes", "dataConcerned"] as const) {
      if (!row[field].trim()) add(`subProcessors.${i}.${field}`, "validation.required");
    }
    if (row.country !== "EU" && !isKnownCountry(row.country)) add(`subProcessors.${i}.country`, "validation.country");
    else if (!isEuEeaCountry(row.country) && row.transferBasis === "NONE_NEEDED") {
      add(`subProcessors.${i}.transferBasis`, "agreements.transferBasisNeeded");
    }
    const key = `${row.name.trim().toLowerCase()}|${row.serviceArea.trim().toLowerCase()}`;
    if (row.name.trim() && seen.has(key)) add(`subProcessors.${i}.name`, "agreements.duplicateSubProcessor");
    seen.add(key);
  });
  if (!doc.signatory.name.trim()) add("signatory.name", "validation.required");
  if (!doc.signatory.function.trim()) add("signatory.function", "validation.required");
  if (!doc.signatory.place.trim()) add("signatory.place", "validation.required");
  placeholderProblems(doc, problems);
  return problems;
}

const blocksText = (blocks: Block[]) =>
  blocks.map((b) => (b.type === "paragraph" ? b.runs : b.items.flat()).map((r) => r.text).join("")).join("\n");

/** A marked field of the standard template ("[[Vul in: ...]]") still in the text: one problem per field. */
function placeholderProblems(doc: VersionDoc, problems: Problem[]): void {
  const taken = new Set(problems.map((p) => p.path));
  const check = (path: string, text: string) => {
    if (!taken.has(path) && hasPlaceholder(text)) problems.push({ path, message: "agreements.placeholderLeft" });
  };
  check("title", doc.title);
  check("preamble", doc.preamble);
  check("mainAgreement", doc.mainAgreement);
  doc.articles.forEach((article, a) => {
    check(`articles.${a}.title`, article.title);
    article.clauses.forEach((clause, c) => {
      check(`articles.${a}.clauses.${c}`, blocksText(clause.content));
      clause.children.forEach((child, k) => check(`articles.${a}.clauses.${c}.children.${k}`, blocksText(child.content)));
    });
  });
  doc.dataCategories.forEach((category, i) => {
    check(`dataCategories.${i}.name`, category.name);
    category.items.forEach((item, j) => {
      check(`dataCategories.${i}.items.${j}.name`, item.name);
      check(`dataCategories.${i}.items.${j}.retention`, item.retention);
    });
  });
  doc.subProcessors.forEach((row, i) => {
    for (const field of ["name", "serviceArea", "purposes", "dataConcerned"] as const) check(`subProcessors.${i}.${field}`, row[field]);
  });
  for (const field of ["name", "function", "place"] as const) check(`signatory.${field}`, doc.signatory[field]);
}
