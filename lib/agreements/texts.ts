import type { TransferBasis } from "@/lib/agreements/types";

// Every sentence of an agreement that the product itself writes (headings, party clauses, annex
// headings and table headers, the signature block, the consent a signer agrees to, the binding-
// language note, the signing certificate), in the agreement's own language, not the reader's UI
// language. The web view (components/agreement), the PDF (lib/pdf) and the signing form all read
// this one module, so that what a signer reads and what is sealed are the same words; UI-only
// strings (buttons, navigation) stay in lib/i18n. Not server-only: the editor's preview renders the
// agreement view in the browser. See docs/decisions/013-agreement-texts.md.

export type AgreementLanguage = "nl" | "en";


const monthsNl = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];
const monthsEn = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** The calendar date in the Netherlands, where the parties sign; the certificate gives exact UTC times. */
const amsterdamDate = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Amsterdam", year: "numeric", month: "numeric", day: "numeric" });

function amsterdamDateParts(date: Date): { year: number; month: number; day: number } {
  const parts = amsterdamDate.formatToParts(date);
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  return { year: get("year"), month: get("month"), day: get("day") };
}

export type PartyTexts = {
  legalName: string;
  city: string;
  address: string;
  registrationNumber: string;
  country: string;
  representative: { name: string; function: string } | null;
};

/**
 * The processor as a party: represented by whoever signed for it, else by the signatory named in
 * the text. The web view and the PDF both call this, so that the party clause reads the same.
 */
export function processorPartyTexts(
  processor: Omit<PartyTexts, "representative">,
  signatory: { name: string; function: string },
  signature: { signerName: string; signerFunction: string } | null,
): PartyTexts {
  const representative = signature
    ? { name: signature.signerName, function: signature.signerFunction }
    : signatory.name.trim()
      ? { name: signatory.name, function: signatory.function }
      : null;
  const { legalName, city, address, registrationNumber, country } = processor;
  return { legalName, city, address, registrationNumber, country, representative };
}

/** The exact sentences a signer agrees to; stored with each signature as evidence. */
const consentTexts = {
  nl: {
    controller:
      "Ik onderteken deze verwerkersovereenkomst elektronisch en verklaar bevoegd te zijn de genoemde organisatie te vertegenwoordigen. Ik ga ermee akkoord dat mijn elektronische handtekening dezelfde rechtskracht heeft als een handgeschreven handtekening (eenvoudige elektronische handtekening, artikel 25 eIDAS).",
    processor: "Ik onderteken deze verwerkersovereenkomst elektronisch namens de verwerker en verklaar daartoe bevoegd te zijn.",
  },
  en: {
    controller:
      "I sign this data processing agreement electronically and confirm that I am authorised to represent the organisation named. I agree that my electronic signature has the same legal effect as a handwritten signature (simple electronic signature, article 25 eIDAS).",
    processor: "I sign this data processing agreement electronically on behalf of the processor and confirm that I am authorised to do so.",
  },
} as const;

export type AgreementTexts = {
  /** BCP 47 locale for Intl date formatting on the web page. */
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
  /** The controller's name in the web view's signature block before anyone has signed. */
  controllerPlaceholder: string;
  /** Recitals that begin with these words need no "Whereas:" above them. */
  whereasPrefix: RegExp;
  signatureAlt(name: string): string;
  consent: { controller: string; processor: string };
  /** On a translation: which text is binding. */
  bindingStatement(base: { language: AgreementLanguage; title: string; number: number }): string;
  /** On the binding text, when translations of it exist. */
  bindingTextNote(translationLanguages: AgreementLanguage[]): string;

  locale: string;
  pageOf(page: number, total: number): string;
  version(n: number): string;
  /** Under the PDF's title: "Versie 3, gepubliceerd op 1 januari 2026 · referentie …". */
  subtitle(n: number, publishedOn: string, reference: string | null): string;
  /** The kind of document, as a PDF keyword. */
  documentKind: string;
  longDate(date: Date): string;
  undersigned: string;
  party(p: PartyTexts, role: "controller" | "processor"): string;
  blankController: string;
  and: string;
  jointly: string;
  whereas: string;
  agreeAsFollows: string;
  controllerRole: string;
  processorRole: string;
  article(n: number | string): string;
  annex1Title: string;
  annex1Intro(mainAgreement: string): string;
  annex1Columns: [string, string, string];
  specialCategory: string;
  retentionDefault(mainAgreement: string): string;
  noDataCategories: string;
  annex2Title: string;
  annex2Intro: string;
  annex2Columns: [string, string, string, string, string];
  outsideEea: string;
  transferBasis: Record<TransferBasis, string>;
  missingTransferBasis: string;
  noSubProcessors: string;
  signatureTitle: string;
  signatureIntro: string;
  signatureFields: { organisation: string; name: string; function: string; place: string; date: string; signature: string };
  signedElectronically: string;
  controllerToSign: string;
  notYetSigned: string;
  certificateTitle: string;
  certificateIntro: string;
  certificateDocument: string;
  certificateFields: {
    reference: string;
    agreement: string;
    version: string;
    publishedAt: string;
    contentHash: string;
  };
  signerHeading(role: string): string;
  signerFields: {
    name: string;
    email: string;
    organisation: string;
    function: string;
    method: string;
    signedAt: string;
    ip: string;
    userAgent: string;
    contentHash: string;
    consent: string;
  };
  methods: { DRAWN: string; TYPED: string };
  hashMatches: string;
  hashDiffers: string;
  unknown: string;
  /** After the e-mail address: whether and when the signer confirmed it. */
  emailVerification(at: Date | null): string;
  auditTitle: string;
  auditColumns: [string, string, string];
  /** Above the hash of the audit chain's head (event number seq). */
  auditChainHead(seq: string): string;
  eidas: string;
};

const quote = (s: string) => `“${s}”`;


const nl: AgreementTexts = {
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
  controllerPlaceholder: "[de verwerkingsverantwoordelijke]",
  whereasPrefix: /^overwegende\b/i,
  signatureAlt: (name) => `Handtekening van ${name}`,
  consent: consentTexts.nl,
  bindingStatement: (base) =>
    `Dit is een vertaling. Alleen de ${{ nl: "Nederlandse", en: "Engelse" }[base.language]} tekst (“${base.title}”, versie ${base.number}) is bindend; bij verschil gaat die tekst voor.`,
  bindingTextNote: (languages) =>
    `Deze tekst is bindend. Een vertaling (${languages.map((l) => ({ nl: "Nederlands", en: "Engels" })[l]).join(", ")}) is alleen ter informatie.`,
  locale: "nl",
  pageOf: (page, total) => `pagina ${page} van ${total}`,
  version: (n) => `versie ${n}`,
  subtitle: (n, publishedOn, reference) => `Versie ${n}, gepubliceerd op ${publishedOn}${reference ? ` · referentie ${reference}` : ""}`,
  documentKind: "verwerkersovereenkomst",
  longDate(date) {
    const { year, month, day } = amsterdamDateParts(date);
    return `${day} ${monthsNl[month - 1]} ${year}`;
  },
  undersigned: "De ondergetekenden:",
  party(p, role) {
    const registered =
      p.country === "NL"
        ? `ingeschreven bij de KvK onder nummer ${p.registrationNumber}`
        : `ingeschreven in het handelsregister onder nummer ${p.registrationNumber}`;
    const represented = p.representative
      ? `, te dezen rechtsgeldig vertegenwoordigd door ${p.representative.name} (${p.representative.function.toLowerCase()})`
      : "";
    const label = role === "controller" ? "Verwerkingsverantwoordelijke" : "Verwerker";
    return `${p.legalName}, gevestigd te ${p.city}, kantoorhoudende aan ${p.address}, ${registered}${represented}, hierna: ${quote(label)};`;
  },
  blankController:
    "……………………………………………………, gevestigd te ……………………………, ingeschreven bij de KvK onder nummer ……………………, te dezen rechtsgeldig vertegenwoordigd door ……………………………………, hierna: “Verwerkingsverantwoordelijke”;",
  and: "en",
  jointly: "hierna gezamenlijk te noemen: “Partijen” en afzonderlijk: “Partij”;",
  whereas: "Overwegende dat:",
  agreeAsFollows: "verklaren als volgt te zijn overeengekomen:",
  controllerRole: "Verwerkingsverantwoordelijke",
  processorRole: "Verwerker",
  article: (n) => `Artikel ${n}.`,
  annex1Title: "Bijlage 1 – Persoonsgegevens en betrokkenen",
  annex1Intro: (mainAgreement) =>
    `De categorieën van betrokkenen en de persoonsgegevens die Verwerker ten behoeve van Verwerkingsverantwoordelijke verwerkt. Waar geen bewaartermijn is vermeld, worden de gegevens bewaard gedurende de looptijd van ${mainAgreement || "de hoofdovereenkomst"}.`,
  annex1Columns: ["Categorie betrokkenen", "Persoonsgegevens", "Bewaartermijn"],
  specialCategory: "Bijzonder persoonsgegeven (art. 9 AVG)",
  retentionDefault: (mainAgreement) => `Looptijd van ${mainAgreement || "de hoofdovereenkomst"}`,
  noDataCategories: "Geen persoonsgegevens vermeld.",
  annex2Title: "Bijlage 2 – Subverwerkers",
  annex2Intro:
    "De subverwerkers die Verwerker inschakelt. Bij een locatie buiten de Europese Unie en de Europese Economische Ruimte (EU/EER) is de grondslag van de doorgifte vermeld.",
  annex2Columns: ["Onderdeel van de dienst", "Doeleinden", "Persoonsgegevens", "Subverwerker", "Locatie"],
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
  signatureTitle: "Aldus overeengekomen en ondertekend",
  signatureIntro: "Partijen verklaren kennis te hebben genomen van deze verwerkersovereenkomst met de bijlagen en daarmee in te stemmen.",
  signatureFields: { organisation: "Organisatie", name: "Naam", function: "Functie", place: "Plaats", date: "Datum", signature: "Handtekening" },
  signedElectronically:
    "Deze overeenkomst is elektronisch ondertekend. De gegevens van iedere ondertekening staan in het ondertekeningscertificaat op de laatste pagina.",
  controllerToSign: "In te vullen en te ondertekenen door Verwerkingsverantwoordelijke.",
  notYetSigned: "Nog niet ondertekend.",
  certificateTitle: "Ondertekeningscertificaat",
  certificateIntro:
    "Dit certificaat maakt deel uit van het document en legt vast wie de overeenkomst heeft ondertekend, welke tekst daarbij is getoond, wanneer en van waar. Tijden zijn in UTC (ISO 8601).",
  certificateDocument: "Document",
  certificateFields: {
    reference: "Referentie",
    agreement: "Overeenkomst",
    version: "Versie",
    publishedAt: "Gepubliceerd op",
    contentHash: "SHA-256 van de inhoud",
  },
  signerHeading: (role) => `Ondertekening door ${role}`,
  signerFields: {
    name: "Naam",
    email: "E-mailadres",
    organisation: "Organisatie",
    function: "Functie",
    method: "Methode",
    signedAt: "Ondertekend op",
    ip: "IP-adres",
    userAgent: "User agent",
    contentHash: "Getoonde inhoud (SHA-256)",
    consent: "Verklaring",
  },
  methods: { DRAWN: "Getekende handtekening", TYPED: "Getypte handtekening" },
  hashMatches: "gelijk aan de inhoud van deze versie",
  hashDiffers: "WIJKT AF van de inhoud van deze versie",
  unknown: "onbekend",
  emailVerification: (at) => (at ? `bevestigd op ${at.toISOString()}` : "niet afzonderlijk bevestigd"),
  auditTitle: "Gebeurtenissen",
  auditColumns: ["Tijdstip (UTC)", "Gebeurtenis", "Door (IP-adres)"],
  auditChainHead: (seq) => `Laatste schakel van de hash-keten van het auditlog bij het opmaken van dit document (gebeurtenis ${seq}, SHA-256):`,
  eidas:
    "De handtekeningen in dit document zijn gewone elektronische handtekeningen in de zin van artikel 25 van Verordening (EU) nr. 910/2014 (eIDAS). Zij hebben rechtsgevolg en zijn toelaatbaar als bewijs in rechte; het zijn geen geavanceerde of gekwalificeerde elektronische handtekeningen.",
};

const en: AgreementTexts = {
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
  controllerPlaceholder: "[the controller]",
  whereasPrefix: /^whereas\b/i,
  signatureAlt: (name) => `Signature of ${name}`,
  consent: consentTexts.en,
  bindingStatement: (base) =>
    `This is a translation. Only the ${{ nl: "Dutch", en: "English" }[base.language]} text (“${base.title}”, version ${base.number}) is binding and prevails in case of any difference.`,
  bindingTextNote: (languages) =>
    `This text is binding. A translation (${languages.map((l) => ({ nl: "Dutch", en: "English" })[l]).join(", ")}) is for information only.`,
  locale: "en",
  pageOf: (page, total) => `page ${page} of ${total}`,
  version: (n) => `version ${n}`,
  subtitle: (n, publishedOn, reference) => `Version ${n}, published on ${publishedOn}${reference ? ` · reference ${reference}` : ""}`,
  documentKind: "data processing agreement",
  longDate(date) {
    const { year, month, day } = amsterdamDateParts(date);
    return `${day} ${monthsEn[month - 1]} ${year}`;
  },
  undersigned: "The undersigned:",
  party(p, role) {
    const registered =
      p.country === "NL"
        ? `registered with the Netherlands Chamber of Commerce (KvK) under number ${p.registrationNumber}`
        : `registered in the trade register under number ${p.registrationNumber}`;
    const represented = p.representative
      ? `, duly represented by ${p.representative.name} (${p.representative.function})`
      : "";
    const label = role === "controller" ? "Controller" : "Processor";
    return `${p.legalName}, having its registered office in ${p.city}, at ${p.address}, ${registered}${represented}, hereinafter: the ${quote(label)};`;
  },
  blankController:
    "……………………………………………………, having its registered office in ……………………………, registered under number ……………………, duly represented by ……………………………………, hereinafter: the “Controller”;",
  and: "and",
  jointly: "hereinafter jointly: the “Parties” and each a “Party”;",
  whereas: "Whereas:",
  agreeAsFollows: "have agreed as follows:",
  controllerRole: "Controller",
  processorRole: "Processor",
  article: (n) => `Article ${n}.`,
  annex1Title: "Annex 1 – Personal data and data subjects",
  annex1Intro: (mainAgreement) =>
    `The categories of data subjects and the personal data that the Processor processes on behalf of the Controller. Where no retention period is given, the data are kept for the term of ${mainAgreement || "the main agreement"}.`,
  annex1Columns: ["Category of data subjects", "Personal data", "Retention period"],
  specialCategory: "Special category of personal data (Art. 9 GDPR)",
  retentionDefault: (mainAgreement) => `Term of ${mainAgreement || "the main agreement"}`,
  noDataCategories: "No personal data listed.",
  annex2Title: "Annex 2 – Sub-processors",
  annex2Intro:
    "The sub-processors engaged by the Processor. For a location outside the European Union and the European Economic Area (EU/EEA) the basis of the transfer is stated.",
  annex2Columns: ["Part of the service", "Purposes", "Personal data", "Sub-processor", "Location"],
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
  signatureTitle: "Agreed and signed",
  signatureIntro: "The Parties declare that they have read this data processing agreement and its annexes and agree to them.",
  signatureFields: { organisation: "Organisation", name: "Name", function: "Position", place: "Place", date: "Date", signature: "Signature" },
  signedElectronically:
    "This agreement has been signed electronically. The details of each signature are recorded in the signing certificate on the last page.",
  controllerToSign: "To be completed and signed by the Controller.",
  notYetSigned: "Not yet signed.",
  certificateTitle: "Signing certificate",
  certificateIntro:
    "This certificate forms part of the document and records who signed the agreement, which text they were shown, when and from where. Times are in UTC (ISO 8601).",
  certificateDocument: "Document",
  certificateFields: {
    reference: "Reference",
    agreement: "Agreement",
    version: "Version",
    publishedAt: "Published on",
    contentHash: "SHA-256 of the content",
  },
  signerHeading: (role) => `Signature of the ${role}`,
  signerFields: {
    name: "Name",
    email: "E-mail address",
    organisation: "Organisation",
    function: "Position",
    method: "Method",
    signedAt: "Signed at",
    ip: "IP address",
    userAgent: "User agent",
    contentHash: "Content shown (SHA-256)",
    consent: "Declaration",
  },
  methods: { DRAWN: "Drawn signature", TYPED: "Typed signature" },
  hashMatches: "matches the content of this version",
  hashDiffers: "DIFFERS from the content of this version",
  unknown: "unknown",
  emailVerification: (at) => (at ? `verified at ${at.toISOString()}` : "not separately verified"),
  auditTitle: "Events",
  auditColumns: ["Time (UTC)", "Event", "By (IP address)"],
  auditChainHead: (seq) => `Head of the audit log's hash chain when this document was made (event ${seq}, SHA-256):`,
  eidas:
    "The signatures in this document are simple electronic signatures within the meaning of Article 25 of Regulation (EU) No 910/2014 (eIDAS). They have legal effect and are admissible as evidence in legal proceedings; they are not advanced or qualified electronic signatures.",
};

export function agreementTexts(language: AgreementLanguage): AgreementTexts {
  return language === "en" ? en : nl;
}

/** "1 januari 2026" / "1 January 2026". A plain ISO date is a calendar day and is never shifted by time zones. */
export function formatAgreementDate(value: Date | string, language: AgreementLanguage): string {
  const isPlainDate = typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = isPlainDate ? new Date(`${value}T00:00:00Z`) : new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  return new Intl.DateTimeFormat(agreementTexts(language).dateLocale, {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: isPlainDate ? "UTC" : "Europe/Amsterdam",
  }).format(date);
}
