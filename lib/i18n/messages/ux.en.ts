// English texts of issue 8's interface fixes (template fields, unsupported characters, signing form,
// trust page, time zones). Keys must match ux.nl.ts.
export const uxEn = {
  "validation.unprintable": "The character {value} cannot be printed in the PDF. Remove it or replace it with ordinary text.",
  "field.charCount": "{count} of {max} characters",
  "field.tooLongBy": "Too long: at most {max} characters, now {count}. Please shorten it.",
  "dashboard.trustPageLater": "Your trust page ({path}) appears once you publish an agreement.",
  "agreements.placeholderLeft": "Still to complete: replace the marked text between [[ and ]] with your own.",
} as const;
