// Demo content: the English data processing agreement for Offertewerk Sign, the e-signature add-on of the
// fictional vendor Offertewerk B.V. Original text written for this project; same 13-article shape as the
// Dutch demo agreement, somewhat shorter. Numbering is computed, never part of the text.
import type { Block, ClauseDoc, Run, VersionDoc } from "../../lib/agreements/types";

type Part = string | Run;

const run = (part: Part): Run => (typeof part === "string" ? { text: part } : part);
/** Bold run: defined terms and key deadlines. */
const b = (text: string): Run => ({ text, bold: true });
/** Italic run: titles of instruments and foreign-language terms. */
const i = (text: string): Run => ({ text, italic: true });
const p = (...parts: Part[]): Block => ({ type: "paragraph", runs: parts.map(run) });
const list = (ordered: boolean, items: (Part | Part[])[]): Block => ({
  type: "list",
  ordered,
  items: items.map((item) => (Array.isArray(item) ? item : [item]).map(run)),
});
const ul = (...items: (Part | Part[])[]): Block => list(false, items);
const ol = (...items: (Part | Part[])[]): Block => list(true, items);
/** A clause of one paragraph. */
const c = (...parts: Part[]): ClauseDoc => ({ content: [p(...parts)], children: [] });
/** A clause of several blocks, optionally with sub-clauses. */
const cb = (content: Block[], children: ClauseDoc[] = []): ClauseDoc => ({ content, children });

export const demoDpaEn: VersionDoc = {
  title: "Data Processing Agreement Offertewerk Sign",
  language: "en",
  preamble: [
    "Whereas the Controller uses Offertewerk Sign, the electronic signature add-on of the Processor, under an agreement between the parties (the ‘Agreement’), and the Processor processes personal data on behalf of the Controller in that context;",
    "Whereas the Controller determines the purposes and means of that processing and the Processor acts solely as a processor within the meaning of Article 4(8) of Regulation (EU) 2016/679, the General Data Protection Regulation (the ‘GDPR’);",
    "Whereas the parties wish to lay down in writing their rights and obligations regarding that processing, as required by Article 28(3) GDPR, in this data processing agreement (the ‘DPA’).",
  ].join("\n"),
  mainAgreement: "the Agreement",
  effectiveDate: "2026-01-01",
  noticePeriodDays: 90,
  processor: {
    legalName: "Offertewerk B.V.",
    registrationNumber: "69284017",
    address: "Keizersgracht 221, 1016 DV Amsterdam",
    city: "Amsterdam",
    country: "NL",
    privacyEmail: "privacy@offertewerk.nl",
  },
  signatory: { name: "Sanne de Vries", function: "Managing Director", place: "Amsterdam" },

  articles: [
    {
      title: "Purposes of processing",
      clauses: [
        c(
          "The Processor shall process personal data on behalf of the Controller under the terms of this DPA (the ",
          b("Personal Data"),
          "). The categories of data subjects and the types of Personal Data are described in ",
          b("Annex 1"),
          ".",
        ),
        c(
          "The Processor shall process the Personal Data only to the extent necessary to provide Offertewerk Sign under the Agreement: enabling the Controller to upload documents, send them for electronic signature, record the evidence of each signature and store the signed documents, together with the related support, maintenance and security of the service.",
        ),
        c(
          "The Processor shall not process the Personal Data for its own purposes or for any purpose other than that determined by the Controller, and acquires no rights in the Personal Data.",
        ),
      ],
    },
    {
      title: "Obligations of the Processor",
      clauses: [
        c(
          "The Processor shall comply with the laws on the protection of personal data applicable to it, including the GDPR, and shall process the Personal Data only on documented instructions from the Controller, unless required to do so by Union or Member State law. The Agreement, this DPA and the settings the Controller chooses in the service constitute such instructions.",
        ),
        c(
          "The Processor shall immediately inform the Controller if, in its opinion, an instruction infringes the GDPR or other data protection provisions, and may suspend that instruction until the Controller has reconsidered it. The obligations of the Processor under this DPA also apply to all persons processing Personal Data under its authority.",
        ),
        cb([
          p(
            "Taking into account the nature of processing and the information available to it, the Processor shall assist the Controller in ensuring compliance with:",
          ),
          ol(
            "the security of processing (Article 32 GDPR);",
            "the notification and communication of personal data breaches (Articles 33 and 34 GDPR);",
            "data protection impact assessments and prior consultation of the supervisory authority (Articles 35 and 36 GDPR).",
          ),
        ]),
        c(
          "The Processor shall maintain a record of all categories of processing activities carried out on behalf of the Controller, as referred to in Article 30(2) GDPR, and make it available to the Controller or the supervisory authority on request.",
        ),
      ],
    },
    {
      title: "Transfers of personal data",
      clauses: [
        c(
          "The Processor shall process the Personal Data within the European Economic Area (the ",
          b("EEA"),
          "). Personal Data shall only be transferred to a country outside the EEA if the requirements of Chapter V GDPR are met, on the basis of an adequacy decision or of appropriate safeguards such as the ",
          i("Standard Contractual Clauses"),
          " adopted by the European Commission. The transfers to sub-processors listed in Annex 2 with a location outside the EEA are authorised by the Controller.",
        ),
        c(
          "The Processor does not use sub-processors that offer artificial intelligence models for Offertewerk Sign. Should it do so in the future, it shall contractually require them ",
          b("not to use the Personal Data to train or improve their models"),
          ", and shall announce the change in accordance with Article 5.",
        ),
      ],
    },
    {
      title: "Division of responsibility",
      clauses: [
        c(
          "The Processor is responsible only for processing the Personal Data under this DPA, in accordance with the Controller's instructions and under the Controller's final responsibility. The Processor is not responsible for any other processing, including the collection of personal data by the Controller outside the service.",
        ),
        c(
          "The Controller warrants that it has a lawful basis under Article 6 GDPR, and where applicable an exception under Article 9(2) GDPR, for the processing it instructs, and that it informs the data subjects, including the signers of its documents, of that processing.",
        ),
      ],
    },
    {
      title: "Sub-processors",
      clauses: [
        c(
          "The Controller hereby gives the Processor general written authorisation within the meaning of Article 28(2) GDPR to engage sub-processors. The sub-processors engaged on the date of this DPA are listed in ",
          b("Annex 2"),
          ".",
        ),
        c(
          "The Processor shall announce any intended addition or replacement of a sub-processor by publishing a new version of this DPA with an updated Annex 2 and notifying the Controller by e-mail, observing the notice period set out in Article 12. The Controller may object on reasonable grounds within that period; if the parties cannot resolve the objection, the Controller may terminate the Agreement and this DPA with effect from the date the change takes effect.",
        ),
        c(
          "The Processor shall impose on each sub-processor, by written contract, the same data protection obligations as those set out in this DPA (Article 28(4) GDPR), and remains fully liable to the Controller for the performance of those obligations.",
        ),
      ],
    },
    {
      title: "Security",
      clauses: [
        c(
          "Taking into account the state of the art, the costs of implementation and the nature, scope, context and purposes of the processing, as well as the risks for the rights and freedoms of natural persons, the Processor shall implement appropriate technical and organisational measures to ensure a level of security appropriate to the risk (Article 32 GDPR).",
        ),
        cb([
          p("These measures include at least:"),
          ul(
            "hosting in ISO/IEC 27001-certified data centres within the EEA;",
            "encryption of all connections with TLS 1.2 or higher and encryption of stored documents at rest;",
            "a tamper-evident audit trail for every signing process, secured with a cryptographic hash of the signed document;",
            "timely installation of security updates, with priority for critical vulnerabilities;",
            "administrative access restricted to designated staff, from approved IP addresses and with two-factor authentication;",
            "daily encrypted backups, stored at a separate location within the EEA for thirty days.",
          ),
        ]),
      ],
    },
    {
      title: "Personal data breach notification",
      clauses: [
        c(
          "The Processor shall notify the Controller of any personal data breach concerning the Personal Data (a ",
          b("Data Breach"),
          ") without undue delay and in any event ",
          b("within 24 hours"),
          " after becoming aware of it. The Controller decides whether to notify the supervisory authority and the data subjects.",
        ),
        cb([
          p("The notification shall at least:"),
          ul(
            "describe the nature of the Data Breach, including where possible the categories and approximate number of data subjects and of personal data records concerned;",
            "give the name and contact details of the data protection officer or other contact point;",
            "describe the likely consequences of the Data Breach;",
            "describe the measures taken or proposed to address the Data Breach and to mitigate its possible adverse effects.",
          ),
          p("Where the information cannot be provided at the same time, it may be provided in phases without undue further delay."),
        ]),
        c(
          "The Processor shall document all Data Breaches, including the facts, their effects and the remedial action taken, so that the Controller can comply with Article 33(5) GDPR.",
        ),
      ],
    },
    {
      title: "Data subject requests",
      clauses: [
        c(
          "If a data subject submits a request to exercise his or her rights directly to the Processor, the Processor shall forward it to the Controller without delay, and in any event within five working days. The Controller handles the request.",
        ),
        c(
          "The Processor shall assist the Controller, by appropriate technical and organisational measures and insofar as possible, in responding to such requests (Article 28(3)(e) GDPR). The service allows the Controller to view, export and delete signing processes and the related Personal Data.",
        ),
      ],
    },
    {
      title: "Confidentiality",
      clauses: [
        c(
          "The Processor shall keep the Personal Data confidential and shall not disclose it to third parties, unless the Controller has given its express consent, the disclosure is necessary to perform the Agreement or this DPA, or the Processor is required to disclose it by law or a court order.",
        ),
        c(
          "The Processor shall ensure that persons authorised to process the Personal Data have committed themselves to confidentiality or are under an appropriate statutory obligation of confidentiality (Article 28(3)(b) GDPR). This obligation survives the termination of this DPA.",
        ),
      ],
    },
    {
      title: "Audit",
      clauses: [
        c(
          "The Controller may have compliance with this DPA audited by an independent expert third party bound by confidentiality, ",
          b("once per calendar year"),
          ", after giving at least four weeks' written notice, or at any time after a Data Breach that affects the Controller. The Processor shall cooperate and provide the information reasonably required.",
        ),
        c(
          "The costs of the audit are borne by the Controller, unless the audit reveals that the Processor has materially failed to comply with this DPA, in which case the Processor bears the costs of the auditor.",
        ),
      ],
    },
    {
      title: "Liability",
      clauses: [
        c(
          "The liability of the Processor under or in connection with this DPA is subject to the limitations of liability agreed in the Agreement, except in the case of intent or wilful recklessness on the part of the Processor's management.",
        ),
        c(
          "Without prejudice to Article 82 GDPR, the Controller shall indemnify the Processor against claims of third parties, including data subjects, resulting from the Controller's breach of the GDPR or of this DPA.",
        ),
      ],
    },
    {
      title: "Term and termination",
      clauses: [
        c(
          "This DPA takes effect on the date of the last signature by the parties, but not before the effective date stated in it, and remains in force for the term of the Agreement. Provisions intended by their nature to survive termination, such as Article 9, remain in force.",
        ),
        cb(
          [
            p(
              "Upon termination, the Processor shall, at the Controller's choice, return or delete all Personal Data, unless Union or Member State law requires storage (Article 28(3)(g) GDPR).",
            ),
          ],
          [
            c(
              "Until the date of termination, the Controller can download the signed documents and their audit trails itself. On request, the Processor provides a complete export within thirty days of termination.",
            ),
            c(
              "If the Controller has not made its choice known within thirty days of termination, the Processor deletes the Personal Data. Copies in backups are overwritten when the backup retention period expires.",
            ),
          ],
        ),
        c(
          "The Processor may revise this DPA, including its annexes, by announcing the revised version ",
          b("at least three months"),
          " before it takes effect. If the Controller does not agree to the revision, it may terminate the Agreement and this DPA with effect from the date the revision takes effect.",
        ),
      ],
    },
    {
      title: "Governing law and disputes",
      clauses: [
        c("This DPA is governed by the laws of the Netherlands."),
        c(
          "Any dispute arising out of or in connection with this DPA shall be submitted exclusively to the competent court in the district where the Processor has its registered office, currently the District Court of Amsterdam.",
        ),
      ],
    },
  ],

  // Annex 1: personal data per category of data subject. retention "" = the term of the Agreement.
  dataCategories: [
    {
      name: "Users",
      items: [
        { name: "Name", retention: "", isSpecialCategory: false },
        { name: "Business e-mail address", retention: "", isSpecialCategory: false },
        { name: "Password (stored as a hash only)", retention: "", isSpecialCategory: false },
        { name: "IP address and time of login", retention: "28 days after recording", isSpecialCategory: false },
      ],
    },
    {
      name: "Signers",
      items: [
        { name: "Name and organisation", retention: "", isSpecialCategory: false },
        { name: "E-mail address", retention: "", isSpecialCategory: false },
        { name: "Mobile phone number, if SMS verification is used", retention: "", isSpecialCategory: false },
        { name: "Signature (drawn or typed)", retention: "", isSpecialCategory: false },
        {
          name: "Signing evidence: date and time, IP address, user agent and method of verification",
          retention: "",
          isSpecialCategory: false,
        },
      ],
    },
    {
      name: "Persons named in documents",
      items: [
        { name: "Name", retention: "", isSpecialCategory: false },
        { name: "Contact details", retention: "", isSpecialCategory: false },
        { name: "Other personal data contained in documents uploaded for signature", retention: "", isSpecialCategory: false },
        {
          name: "Data concerning health, if included in a document by the user",
          retention: "",
          isSpecialCategory: true,
        },
      ],
    },
  ],

  // Annex 2: sub-processors.
  subProcessors: [
    {
      name: "Hetzner Online GmbH",
      serviceArea: "Application",
      purposes: "Hosting of the application, the database and the stored documents",
      dataConcerned: "All Personal Data processed in Offertewerk Sign",
      country: "DE",
      transferBasis: "NONE_NEEDED",
    },
    {
      name: "MailVerzend B.V.",
      serviceArea: "Application",
      purposes: "Sending signing invitations, reminders and copies of signed documents by e-mail",
      dataConcerned: "Names and e-mail addresses of users and signers, content of the e-mails; sending logs 30 days",
      country: "NL",
      transferBasis: "NONE_NEEDED",
    },
    {
      name: "SMSLijn B.V.",
      serviceArea: "Application",
      purposes: "Sending one-time verification codes by SMS",
      dataConcerned: "Mobile phone numbers of signers; deleted 30 days after sending",
      country: "NL",
      transferBasis: "NONE_NEEDED",
    },
    {
      name: "Helpwijs Support Ltd.",
      serviceArea: "Application",
      purposes: "Customer support and handling of support requests",
      dataConcerned: "Names and e-mail addresses of users, content of support requests",
      country: "IE",
      transferBasis: "NONE_NEEDED",
    },
    {
      name: "Tracewell, Inc.",
      serviceArea: "Application",
      purposes: "Monitoring of technical errors",
      dataConcerned: "Technical error reports, which may include a user's IP address and e-mail address; 30 days",
      country: "US",
      transferBasis: "STANDARD_CONTRACTUAL_CLAUSES",
    },
  ],
};
