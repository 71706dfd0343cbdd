import type { VersionDoc } from "./types";

// Which text is binding, in the words of the text itself (its own language). Shown on the public
// page and printed in the PDF, so that a reader of a translation knows it does not prevail.

const languageName = {
  nl: { nl: "Nederlandse", en: "Engelse" },
  en: { nl: "Dutch", en: "English" },
} as const;

export function bindingStatement(doc: Pick<VersionDoc, "language" | "translationOf">): string | null {
  const base = doc.translationOf;
  if (!base) return null;
  if (doc.language === "nl") {
    return `Dit is een vertaling. Alleen de ${languageName.nl[base.language]} tekst (“${base.title}”, versie ${base.number}) is bindend; bij verschil gaat die tekst voor.`;
  }
  return `This is a translation. Only the ${languageName.en[base.language]} text (“${base.title}”, version ${base.number}) is binding and prevails in case of any difference.`;
}

/** On the binding text, when translations of it exist. */
export function bindingTextNote(language: "nl" | "en", translationLanguages: ("nl" | "en")[]): string | null {
  if (translationLanguages.length === 0) return null;
  const names = translationLanguages.map((l) => (language === "nl" ? { nl: "Nederlands", en: "Engels" } : { nl: "Dutch", en: "English" })[l]);
  return language === "nl"
    ? `Deze tekst is bindend. Een vertaling (${names.join(", ")}) is alleen ter informatie.`
    : `This text is binding. A translation (${names.join(", ")}) is for information only.`;
}
