// English texts of issue 8's interface fixes (template fields, unsupported characters, signing form,
// trust page, time zones). Keys must match ux.nl.ts.
export const uxEn = {
  "agreements.placeholderLeft": "Still to complete: replace the marked text between [[ and ]] with your own.",
} as const;
