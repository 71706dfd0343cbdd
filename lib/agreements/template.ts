import { demoDpaEn } from "@/prisma/demo/dpa-en";
import { demoDpaNl } from "@/prisma/demo/dpa-nl";
import type { DraftContent } from "./schemas";

/**
 * The standard template: the 13 articles of a typical DPA (../shared/DOMAIN.md) as a starting point.
 * The annexes start with one example row each, because they are the processor's own facts.
 */
export function starterContent(language: "nl" | "en", startFrom: "template" | "blank", title: string): DraftContent {
  const source = language === "nl" ? demoDpaNl : demoDpaEn;
  const base = { title, effectiveDate: null, noticePeriodDays: 90, signatory: { name: "", function: "", place: "" } };
  if (startFrom === "blank") {
    return { ...base, preamble: "", mainAgreement: source.mainAgreement, articles: [], dataCategories: [], subProcessors: [] };
  }
  return {
    ...base,
    preamble: source.preamble,
    mainAgreement: source.mainAgreement,
    articles: source.articles.map((article) => ({
      title: article.title,
      clauses: article.clauses.map((clause) => ({
        content: clause.content,
        children: clause.children.map((child) => ({ content: child.content, children: [] })),
      })),
    })),
    dataCategories: source.dataCategories.slice(0, 1),
    subProcessors: source.subProcessors.filter((row) => row.country !== "US").slice(0, 1),
  };
}
