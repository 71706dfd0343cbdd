// The content of an agreement version as one plain document: what the editor edits, what the
// public page and the PDF show, and what the content hash is computed over (lib/agreements/canonical.ts).

export type Run = { text: string; bold?: boolean; italic?: boolean };

/** Clause text is structured, never HTML: paragraphs of runs, and bullet or numbered lists. */
export type Block =
  | { type: "paragraph"; runs: Run[] }
  | { type: "list"; ordered: boolean; items: Run[][] };

export type ClauseDoc = {
  id?: string;
  content: Block[];
  /** Sub-clauses (N.M.K). Only one level below a clause. */
  children: ClauseDoc[];
};

export type ArticleDoc = { id?: string; title: string; clauses: ClauseDoc[] };

export type PersonalDataItemDoc = { name: string; retention: string; isSpecialCategory: boolean };
export type DataSubjectCategoryDoc = { name: string; items: PersonalDataItemDoc[] };

export type TransferBasis =
  | "NONE_NEEDED"
  | "ADEQUACY_DECISION"
  | "EU_US_DPF"
  | "STANDARD_CONTRACTUAL_CLAUSES"
  | "BINDING_CORPORATE_RULES"
  | "DEROGATION";

export type SubProcessorDoc = {
  name: string;
  serviceArea: string;
  purposes: string;
  dataConcerned: string;
  /** ISO 3166-1 alpha-2, or "EU". */
  country: string;
  transferBasis: TransferBasis;
};

export type ProcessorDetails = {
  legalName: string;
  registrationNumber: string;
  /** One line: street, postal code and city. */
  address: string;
  city: string;
  country: string;
  privacyEmail: string;
};

/** The binding text this version translates (set on a translation only; the translation is not binding). */
export type TranslationOf = {
  language: "nl" | "en";
  title: string;
  number: number;
  contentHash: string;
  /** The binding text's public address: /{organisation}/{agreementSlug}/v/{number}. */
  agreementSlug: string;
};

export type VersionDoc = {
  title: string;
  language: "nl" | "en";
  /** Recitals after the parties ("Overwegende dat ..."); may be empty. */
  preamble: string;
  /** How the main agreement is called in this text, e.g. "de Overeenkomst". */
  mainAgreement: string;
  /** ISO date (YYYY-MM-DD) or null while undecided. */
  effectiveDate: string | null;
  noticePeriodDays: number;
  processor: ProcessorDetails;
  signatory: { name: string; function: string; place: string };
  articles: ArticleDoc[];
  dataCategories: DataSubjectCategoryDoc[];
  subProcessors: SubProcessorDoc[];
  /** Present only on a translation; part of the content hash, so the signer signs "this is a translation". */
  translationOf?: TranslationOf;
};

/** A published version as shown to readers. */
export type PublishedVersion = VersionDoc & {
  id: string;
  agreementId: string;
  number: number;
  contentHash: string;
  publishedAt: Date;
  changeSummary: string | null;
};
