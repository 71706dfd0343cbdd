import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AgreementView } from "@/components/agreement/agreement-view";
import { renderSignedAgreementPdf, renderUnsignedAgreementPdf } from "@/lib/pdf";
import { pdfTestSignedInput } from "@/lib/pdf/test-fixture";
import { completeTemplateFields, createPublishedAgreement } from "@/lib/test/agreements";
import { createOrgWithMember, signaturePng, testClient } from "@/lib/test/factories";
import { isEuEeaCountry } from "@/lib/validation/countries";
import { bindingStatement } from "./binding";
import { createAgreement } from "./create-agreement";
import { getAgreementWithDraft } from "./get-draft";
import { getPublishedVersion } from "./get-published-version";
import { articleNumber } from "./numbering";
import type { DraftContent } from "./schemas";
import { publishVersion } from "./publish-version";
import { saveDraft } from "./save-draft";
import { setTranslationOf } from "./set-translation-of";
import { signAsProcessor } from "./sign-as-processor";
import { agreementTexts, processorPartyTexts } from "./texts";
import type { VersionDoc } from "./types";
import { toDraftContent } from "./version-doc";

// What a signer reads on the web page and what is sealed in the PDF must be the same words: a
// published version is rendered both ways, and every fixed sentence of lib/agreements/texts.ts that
// the version uses must appear in both texts. Poppler is required (no silent skip).

type Published = Awaited<ReturnType<typeof getPublishedVersion>>;

/** Annexes that use every conditional sentence: a special category, a default retention, a transfer outside the EEA. */
function fillAnnexes(content: DraftContent, language: "nl" | "en") {
  const nl = language === "nl";
  content.dataCategories = [
    {
      name: nl ? "Klanten" : "Customers",
      items: [
        { name: nl ? "Naam en e-mailadres" : "Name and e-mail address", retention: "", isSpecialCategory: false },
        { name: nl ? "Gezondheidsgegevens" : "Health data", retention: nl ? "Twee jaar" : "Two years", isSpecialCategory: true },
      ],
    },
  ];
  content.subProcessors = [
    { name: "Hostbedrijf B.V.", serviceArea: "Hosting", purposes: nl ? "Opslag" : "Storage", dataConcerned: nl ? "Alle gegevens" : "All data", country: "NL", transferBasis: "NONE_NEEDED" },
    { name: "Mailer Inc.", serviceArea: "E-mail", purposes: nl ? "Verzenden" : "Sending", dataConcerned: nl ? "E-mailadres" : "E-mail address", country: "US", transferBasis: "STANDARD_CONTRACTUAL_CLAUSES" },
  ];
}

/** The fixed sentences this version uses, in its own language, as the module writes them. */
function fixedSentences(doc: VersionDoc, signature: Published["processorSignature"]): { exact: string[]; anyCase: string[] } {
  const t = agreementTexts(doc.language);
  const recitals = doc.preamble.split("\n").map((line) => line.trim()).filter(Boolean);
  const items = doc.dataCategories.flatMap((category) => category.items);
  const outside = doc.subProcessors.filter((sp) => !isEuEeaCountry(sp.country));
  const binding = bindingStatement(doc);
  const exact = [
    t.undersigned,
    t.blankController,
    t.party(processorPartyTexts(doc.processor, doc.signatory, signature), "processor"),
    t.jointly,
    ...(recitals.length > 0 && !t.whereasPrefix.test(recitals[0]) ? [t.whereas] : []),
    t.agreeAsFollows,
    ...doc.articles.map((article, i) => `${t.article(articleNumber(i))} ${article.title}`),
    t.annex1Title,
    t.annex1Intro(doc.mainAgreement),
    ...(items.length === 0 ? [t.noDataCategories] : t.annex1Columns),
    ...(items.some((item) => item.isSpecialCategory) ? [t.specialCategory] : []),
    ...(items.some((item) => !item.retention.trim()) ? [t.retentionDefault(doc.mainAgreement)] : []),
    t.annex2Title,
    t.annex2Intro,
    ...(doc.subProcessors.length === 0 ? [t.noSubProcessors] : t.annex2Columns),
    ...(outside.length > 0 ? [t.outsideEea] : []),
    ...outside.map((sp) => (sp.transferBasis === "NONE_NEEDED" ? t.missingTransferBasis : t.transferBasis[sp.transferBasis])),
    t.signatureTitle,
    t.signatureIntro,
    ...Object.values(t.signatureFields),
    t.controllerToSign,
    ...(binding ? [binding] : []),
  ];
  // The PDF prints the roles above the signature columns in capitals.
  return { exact, anyCase: [t.controllerRole, t.processorRole] };
}

const decode = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
const flat = (text: string) => text.replace(/\s+/g, " ").normalize("NFC");

function htmlText({ version, processorSignature }: Published): string {
  const signature = processorSignature
    ? { ...processorSignature, imageDataUrl: `data:image/png;base64,${processorSignature.imagePng.toString("base64")}` }
    : null;
  const markup = renderToStaticMarkup(
    createElement(AgreementView, {
      doc: version,
      meta: { number: version.number, contentHash: version.contentHash, publishedAt: version.publishedAt },
      processorSignature: signature,
    }),
  );
  return flat(decode(markup));
}

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "texts-test-"));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function textOf(pdf: Buffer, name: string): string {
  const file = path.join(dir, `${name}.pdf`);
  fs.writeFileSync(file, pdf);
  // -raw: the order in which the text is drawn, so that a table header that wraps stays one phrase.
  return flat(execFileSync("pdftotext", ["-raw", file, "-"], { encoding: "utf8" }));
}

async function pdfText({ version, processorSignature }: Published): Promise<string> {
  const pdf = await renderUnsignedAgreementPdf(version, processorSignature ? { ...processorSignature, party: "PROCESSOR" } : null);
  return textOf(pdf, version.id);
}

function expectSameTexts(published: Published, html: string, pdf: string) {
  const { exact, anyCase } = fixedSentences(published.version, published.processorSignature);
  const missing = (text: string) => exact.filter((sentence) => !text.includes(flat(sentence)));
  expect(missing(html), "fixed sentences missing from the web page").toEqual([]);
  expect(missing(pdf), "fixed sentences missing from the PDF").toEqual([]);
  for (const role of anyCase) {
    expect(html.toLowerCase()).toContain(role.toLowerCase());
    expect(pdf.toLowerCase()).toContain(role.toLowerCase());
  }
}

describe("the agreement's fixed texts on the web page and in the PDF", () => {
  let dutch: Published;
  let english: Published;

  beforeAll(async () => {
    const ctx = await createOrgWithMember("OWNER");
    const nl = await createPublishedAgreement(ctx, (content) => fillAnnexes(content, "nl"));
    dutch = await getPublishedVersion(ctx.orgSlug, nl.agreement.slug);

    // An English translation of the Dutch text: its binding-language note is one of the fixed texts.
    const agreement = await createAgreement(ctx, { title: "DPA (English)", language: "en", startFrom: "template" }, testClient);
    const loaded = await getAgreementWithDraft(ctx, agreement.id);
    const content = completeTemplateFields(toDraftContent(loaded.draft!.doc));
    content.effectiveDate = "2026-12-01";
    content.signatory = { name: "Sanne de Vries", function: "Director", place: "Amsterdam" };
    fillAnnexes(content, "en");
    await saveDraft(ctx, { agreementId: agreement.id, revision: loaded.draft!.revision, content });
    await setTranslationOf(ctx, { agreementId: agreement.id, baseVersionId: nl.versionId }, testClient);
    const linked = await getAgreementWithDraft(ctx, agreement.id);
    await signAsProcessor(ctx, { agreementId: agreement.id, revision: linked.draft!.revision, method: "DRAWN", imageDataUrl: signaturePng(), consent: true }, testClient);
    await publishVersion(ctx, { agreementId: agreement.id }, testClient);
    english = await getPublishedVersion(ctx.orgSlug, agreement.slug);
  }, 60_000);

  it("Dutch: every fixed sentence the version uses is on the page and in the PDF", async () => {
    expect(dutch.version.language).toBe("nl");
    const html = htmlText(dutch);
    const pdf = await pdfText(dutch);
    expectSameTexts(dutch, html, pdf);
    // The headings the two renderings used to word differently.
    for (const text of [html, pdf]) {
      expect(text).toContain("Bijlage 1 – Persoonsgegevens en betrokkenen");
      expect(text).toContain("Aldus overeengekomen en ondertekend");
      expect(text).toContain(`te dezen rechtsgeldig vertegenwoordigd door Sanne de Vries (directeur)`);
    }
  });

  it("English: every fixed sentence the version uses is on the page and in the PDF, with the binding-language note", async () => {
    expect(english.version.language).toBe("en");
    expect(bindingStatement(english.version)).toMatch(/^This is a translation\./);
    const html = htmlText(english);
    const pdf = await pdfText(english);
    expectSameTexts(english, html, pdf);
    for (const text of [html, pdf]) {
      expect(text).toContain("Annex 2 – Sub-processors");
      expect(text).toContain("Agreed and signed");
      expect(text).toContain(agreementTexts("en").transferBasis.STANDARD_CONTRACTUAL_CLAUSES);
    }
  });
});

describe("the consent a signer agreed to", () => {
  it("is printed for each signer in the signing certificate, in the words stored with the signature", async () => {
    const t = agreementTexts("nl");
    const pdf = textOf(await renderSignedAgreementPdf(pdfTestSignedInput), "signed");
    const certificate = pdf.slice(pdf.lastIndexOf(t.certificateTitle));
    expect(certificate).toContain(`${t.signerFields.consent} ${flat(t.consent.processor)}`);
    expect(certificate).toContain(`${t.signerFields.consent} ${flat(t.consent.controller)}`);
  });
});
