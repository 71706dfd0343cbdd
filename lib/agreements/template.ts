import { parseMarkup } from "./markup";
import type { DraftContent } from "./schemas";
import { templateEn, templateNl, type TemplateProcessor } from "./template-content";

/**
 * The standard template: a neutral DPA (template-content.ts) with the processor's own name filled in
 * and marked fields ("[[Vul in: ...]]") for what only the processor knows; publishing is refused while
 * one remains. The annexes start with one marked example row each.
 */
export function starterContent(
  language: "nl" | "en",
  startFrom: "template" | "blank",
  title: string,
  processor: TemplateProcessor,
): DraftContent {
  const source = language === "nl" ? templateNl(processor) : templateEn(processor);
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
      clauses: article.clauses.map((clause) =>
        typeof clause === "string"
          ? { content: parseMarkup(clause), children: [] }
          : {
              content: parseMarkup(clause.text),
              children: clause.children.map((child) => ({ content: parseMarkup(child), children: [] as never[] })),
            },
      ),
    })),
    dataCategories: [
      { name: source.dataCategory.name, items: source.dataCategory.items.map((item) => ({ ...item, isSpecialCategory: false })) },
    ],
    subProcessors: [{ ...source.subProcessor, country: "NL", transferBasis: "NONE_NEEDED" }],
  };
}
