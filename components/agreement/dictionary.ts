import type { TransferBasis } from "@/lib/agreements/types";

// The fixed texts of an agreement in the agreement's own language (not the reader's UI language):
// a Dutch agreement reads as one Dutch text, wherever it is shown. Kept in step with the PDF's
// wording (lib/pdf/dictionary.ts), which cannot be imported here because it is server-only.

export type AgreementLanguage = "nl" | "en";

export type AgreementDictionary = {
  dateLocale: string;
  versionLabel: string;
  draft: string;
  draftNote: string;
  effectiveDate: string;
  publishedAt: string;
  contentHash: string;
  contents: string;
  parties: string;
  recitals: string;
  undersigned: string;
  controllerPlaceholder: string;
  processorParty(p: { legalName: string; city: string; address: string; registrationNumber: string; country: string }): string;
  controllerParty(placeholder: string): string;
  and: string;
  jointly: string;
  whereas: string;
  whereasPrefix: RegExp;
  agreeAsFollows: string;
  article(n: string): string;
  annex(n: number): string;
  annex1Title: string;
  annex1Intro(mainAgreement: string): string;
  annex1Columns: [string, string, string];
  specialCategory: string;
  retentionDefault(mainAgreement: string): string;
  noDataCategories: string;
  annex2Title: string;
  annex2Intro: string;
  annex2Columns: [string, string, string, string, string];
  insideEea: string;
  outsideEea: string;
  transferBasis: Record<TransferBasis, string>;
  missingTransferBasis: string;
  noSubProcessors: string;
  signatures: string;
  signatureIntro: string;
  controllerRole: string;
  processorRole: string;
  fields: { organisation: string; name: string; function: string; place: string; date: string; signature: string };
  notYetSigned: string;
  controllerSignsOnline: string;
  signatureAlt(name: string): string;
};

const quote = (s: string) => `“${s}”`;

const nl: AgreementDictionary = {
  dateLocale: "nl-NL",
  versionLabel: "Versie",
  draft: "Concept",
  draftNote: "Concept: deze tekst is nog niet gepubliceerd en kan nog wijzigen.",
  effectiveDate: "Ingangsdatum",
  publishedAt: "Gepubliceerd op",
  contentHash: "Vingerafdruk van de inhoud (SHA-256)",
  contents: "Inhoud",
  parties: "Partijen",
  recitals: "Overwegingen",
  undersigned: "De ondergetekenden:",
  controllerPlaceholder: "[de verwerkingsverantwoordelijke]",
  processorParty(p) {
    const registered =
      p.country === "NL"
        ? `ingeschreven bij de KvK onder nummer ${p.registrationNumber}`
        : `ingeschreven in het handelsregister onder nummer ${p.registrationNumber}`;
    return `${p.legalName}, gevestigd te ${p.city}, kantoorhoudende aan ${p.address}, ${registered}, hierna: ${quote("Verwerker")};`;
  },
  controllerParty: (placeholder) => `${placeholder}, hierna: ${quote("Verwerkingsverantwoordelijke")};`,
  and: "en",
  jointly: `hierna gezamenlijk te noemen: ${quote("Partijen")} en afzonderlijk: ${quote("Partij")};`,
  whereas: "Overwegende dat:",
  whereasPrefix: /^overwegende\b/i,
  agreeAsFollows: "verklaren als volgt te zijn overeengekomen:",
  article: (n) => `Artikel ${n}.`,
  annex: (n) => `Bijlage ${n}`,
  annex1Title: "Persoonsgegevens en betrokkenen",
  annex1Intro: (mainAgreement) =>
    `De categorieën van betrokkenen en de persoonsgegevens die Verwerker ten behoeve van Verwerkingsverantwoordelijke verwerkt. Waar geen bewaartermijn is vermeld, worden de gegevens bewaard gedurende de looptijd van ${mainAgreement || "de hoofdovereenkomst"}.`,
  annex1Columns: ["Categorie betrokkenen", "Persoonsgegevens", "Bewaartermijn"],
  specialCategory: "Bijzonder persoonsgegeven (art. 9 AVG)",
  retentionDefault: (mainAgreement) => `Looptijd van ${mainAgreement || "de hoofdovereenkomst"}`,
  noDataCategories: "Geen persoonsgegevens vermeld.",
  annex2Title: "Subverwerkers",
  annex2Intro:
    "De subverwerkers die Verwerker inschakelt. Bij een locatie buiten de Europese Unie en de Europese Economische Ruimte (EU/EER) is de grondslag van de doorgifte vermeld.",
  annex2Columns: ["Onderdeel van de dienst", "Doeleinden", "Persoonsgegevens", "Subverwerker", "Locatie"],
  insideEea: "Binnen de EU/EER",
  outsideEea: "Buiten de EU/EER",
  transferBasis: {
    NONE_NEEDED: "Geen doorgiftegrondslag nodig (binnen de EU/EER)",
    ADEQUACY_DECISION: "Adequaatheidsbesluit van de Europese Commissie (art. 45 AVG)",
    EU_US_DPF: "EU-VS Data Privacy Framework (adequaatheidsbesluit, art. 45 AVG)",
    STANDARD_CONTRACTUAL_CLAUSES: "Modelcontractbepalingen van de Europese Commissie (art. 46 lid 2 sub c AVG)",
    BINDING_CORPORATE_RULES: "Bindende bedrijfsvoorschriften (art. 47 AVG)",
    DEROGATION: "Uitzondering voor specifieke situaties (art. 49 AVG)",
  },
  missingTransferBasis: "Geen doorgiftegrondslag vermeld",
  noSubProcessors: "Verwerker schakelt geen subverwerkers in.",
  signatures: "Ondertekening",
  signatureIntro: "Partijen verklaren kennis te hebben genomen van deze verwerkersovereenkomst met de bijlagen en daarmee in te stemmen.",
  controllerRole: "Verwerkingsverantwoordelijke",
  processorRole: "Verwerker",
  fields: { organisation: "Organisatie", name: "Naam", function: "Functie", place: "Plaats", date: "Datum", signature: "Handtekening" },
  notYetSigned: "Nog niet ondertekend.",
  controllerSignsOnline: "Wordt ingevuld en ondertekend door Verwerkingsverantwoordelijke.",
  signatureAlt: (name) => `Handtekening van ${name}`,
};

const en: AgreementDictionary = {
  dateLocale: "en-GB",
  versionLabel: "Version",
  draft: "Draft",
  draftNote: "Draft: this text has not been published and may still change.",
  effectiveDate: "Effective date",
  publishedAt: "Published on",
  contentHash: "Fingerprint of the content (SHA-256)",
  contents: "Contents",
  parties: "Parties",
  recitals: "Recitals",
  undersigned: "The undersigned:",
  controllerPlaceholder: "[the controller]",
  processorParty(p) {
    const registered =
      p.country === "NL"
        ? `registered with the Netherlands Chamber of Commerce (KvK) under number ${p.registrationNumber}`
        : `registered in the trade register under number ${p.registrationNumber}`;
    return `${p.legalName}, having its registered office in ${p.city}, at ${p.address}, ${registered}, hereinafter: the ${quote("Processor")};`;
  },
  controllerParty: (placeholder) => `${placeholder}, hereinafter: the ${quote("Controller")};`,
  and: "and",
  jointly: `hereinafter jointly: the ${quote("Parties")} and each a ${quote("Party")};`,
  whereas: "Whereas:",
  whereasPrefix: /^whereas\b/i,
  agreeAsFollows: "have agreed as follows:",
  article: (n) => `Article ${n}.`,
  annex: (n) => `Annex ${n}`,
  annex1Title: "Personal data and data subjects",
  annex1Intro: (mainAgreement) =>
    `The categories of data subjects and the personal data that the Processor processes on behalf of the Controller. Where no retention period is given, the data are kept for the term of ${mainAgreement || "the main agreement"}.`,
  annex1Columns: ["Category of data subjects", "Personal data", "Retention period"],
  specialCategory: "Special category of personal data (Art. 9 GDPR)",
  retentionDefault: (mainAgreement) => `Term of ${mainAgreement || "the main agreement"}`,
  noDataCategories: "No personal data listed.",
  annex2Title: "Sub-processors",
  annex2Intro:
    "The sub-processors engaged by the Processor. For a location outside the European Union and the European Economic Area (EU/EEA) the basis of the transfer is stated.",
  annex2Columns: ["Part of the service", "Purposes", "Personal data", "Sub-processor", "Location"],
  insideEea: "Inside the EU/EEA",
  outsideEea: "Outside the EU/EEA",
  transferBasis: {
    NONE_NEEDED: "No transfer mechanism needed (within the EU/EEA)",
    ADEQUACY_DECISION: "Adequacy decision of the European Commission (Art. 45 GDPR)",
    EU_US_DPF: "EU-US Data Privacy Framework (adequacy decision, Art. 45 GDPR)",
    STANDARD_CONTRACTUAL_CLAUSES: "Standard contractual clauses of the European Commission (Art. 46(2)(c) GDPR)",
    BINDING_CORPORATE_RULES: "Binding corporate rules (Art. 47 GDPR)",
    DEROGATION: "Derogation for specific situations (Art. 49 GDPR)",
  },
  missingTransferBasis: "No transfer mechanism stated",
  noSubProcessors: "The Processor engages no sub-processors.",
  signatures: "Signatures",
  signatureIntro: "The Parties declare that they have read this data processing agreement and its annexes and agree to them.",
  controllerRole: "Controller",
  processorRole: "Processor",
  fields: { organisation: "Organisation", name: "Name", function: "Position", place: "Place", date: "Date", signature: "Signature" },
  notYetSigned: "Not yet signed.",
  controllerSignsOnline: "To be completed and signed by the Controller.",
  signatureAlt: (name) => `Signature of ${name}`,
};

export function agreementDictionary(language: AgreementLanguage): AgreementDictionary {
  return language === "en" ? en : nl;
}

/** "1 januari 2026" / "1 January 2026". A plain ISO date is a calendar day and is never shifted by time zones. */
export function formatAgreementDate(value: Date | string, language: AgreementLanguage): string {
  const isPlainDate = typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = isPlainDate ? new Date(`${value}T00:00:00Z`) : new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  return new Intl.DateTimeFormat(agreementDictionary(language).dateLocale, {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: isPlainDate ? "UTC" : "Europe/Amsterdam",
  }).format(date);
}
