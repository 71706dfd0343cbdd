import { agreementTexts } from "./texts";
import type { VersionDoc } from "./types";

// Which text is binding, in the words of the text itself (its own language). Shown on the public
// page and printed in the PDF, so that a reader of a translation knows it does not prevail. The
// sentences are in lib/agreements/texts.ts.

export function bindingStatement(doc: Pick<VersionDoc, "language" | "translationOf">): string | null {
  const base = doc.translationOf;
  return base ? agreementTexts(doc.language).bindingStatement(base) : null;
}

/** On the binding text, when translations of it exist. */
export function bindingTextNote(language: "nl" | "en", translationLanguages: ("nl" | "en")[]): string | null {
  return translationLanguages.length === 0 ? null : agreementTexts(language).bindingTextNote(translationLanguages);
}
