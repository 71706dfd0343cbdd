// English texts for linking a translation to its binding text. Keys must match translation.nl.ts.
export const translationEn = {
  "translation.heading": "Language version",
  "translation.lead": "Is this text a translation of one of your published agreements? Then that text is binding, and the public page and the PDF say so.",
  "translation.label": "This text is a translation of",
  "translation.none": "Nothing: this text is binding",
  "translation.option": "{title}, version {number} ({language})",
  "translation.save": "Save",
  "translation.saved": "Saved. Sign again before publishing: the text now says which version is binding.",
  "translation.noCandidates": "You have no published agreement in another language to link to.",
  "agreements.translationSameLanguage": "Choose a published agreement in the other language.",
} as const;
