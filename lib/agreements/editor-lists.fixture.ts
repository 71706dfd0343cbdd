import type { VersionDoc } from "./types";

/** A document with nothing in it, for tests of the editor's state. */
export const emptyDoc: VersionDoc = {
  title: "Test",
  language: "nl",
  preamble: "",
  mainAgreement: "de Overeenkomst",
  effectiveDate: null,
  noticePeriodDays: 30,
  processor: { legalName: "Test B.V.", registrationNumber: "12345678", address: "Damrak 1", city: "Amsterdam", country: "NL", privacyEmail: "p@example.test" },
  signatory: { name: "", function: "", place: "" },
  articles: [],
  dataCategories: [],
  subProcessors: [],
};
