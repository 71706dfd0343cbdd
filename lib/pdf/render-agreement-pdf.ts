import "server-only";
import { bindingStatement } from "@/lib/agreements/binding";
import { PDFDocument, type PDFPage } from "pdf-lib";
import { copyAllPages, saveDocument } from "./assemble";
import { getAgreementBody } from "./body-cache";
import { type AgreementTexts, type PartyTexts, agreementTexts, processorPartyTexts } from "@/lib/agreements/texts";
import { PRODUCER } from "./documents";
import { layoutCertificate } from "./pages/certificate";
import { layoutFrontMatter } from "./pages/front-matter";
import { drawPageFrame } from "./pages/page-frame";
import { layoutSignatureBlock } from "./pages/signature-block";
import { PAGE_HEIGHT, PAGE_WIDTH } from "./styles";
import type { PdfAuditChainHead, PdfAuditEvent, PdfParty, PdfSignature, PdfVersion, SignedAgreementPdfInput } from "./types";
import { DocumentWriter, type PageCanvas } from "./writer/canvas";
import { Flow } from "./writer/flow";
import { loadFontFaces } from "./writer/font-face";
import { embedPngImage } from "./writer/png-image";

// Page order: front matter (title, parties, recitals; per signer), the body (articles and annexes;
// cached per version), the signature block and the certificate (per signer). Header and footer are
// drawn on every page at the end, when the page count is known.

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function processorTexts(version: PdfVersion, signature: PdfSignature | null): PartyTexts {
  return processorPartyTexts(version.processor, version.signatory, signature);
}

function controllerTexts(controller: PdfParty, signature: PdfSignature | null): PartyTexts {
  return { ...controller, representative: signature ? { name: signature.signerName, function: signature.signerFunction } : null };
}

function subtitle(version: PdfVersion, t: AgreementTexts, reference: string | null): string {
  return t.subtitle(version.number, t.longDate(version.publishedAt), reference);
}

async function renderAgreement(options: {
  version: PdfVersion;
  reference: string | null;
  controller: PdfParty | null;
  processorSignature: PdfSignature | null;
  controllerSignature: PdfSignature | null;
  certificate: { signatures: PdfSignature[]; auditEvents: PdfAuditEvent[] | undefined; auditChainHead?: PdfAuditChainHead | null } | null;
  date: Date;
  idSeed: string;
}): Promise<Buffer> {
  const { version, reference } = options;
  const t = agreementTexts(version.language);
  const [body, faces] = await Promise.all([getAgreementBody(version), loadFontFaces()]);
  const out = await PDFDocument.create({ updateMetadata: false });
  const writer = new DocumentWriter(out, faces);

  const front = new Flow(writer);
  layoutFrontMatter(front, {
    title: version.title,
    subtitle: subtitle(version, t, reference),
    bindingStatement: bindingStatement(version),
    controller: options.controller ? controllerTexts(options.controller, options.controllerSignature) : null,
    processor: processorTexts(version, options.processorSignature),
    recitals: version.preamble.split(/\r?\n/).map((line) => line.trim()).filter(Boolean),
    t,
  });

  const closing = new Flow(writer);
  layoutSignatureBlock(closing, {
    processorName: version.processor.legalName,
    controllerName: options.controller?.legalName ?? null,
    processorSignature: options.processorSignature,
    controllerSignature: options.controllerSignature,
    processorImage: options.processorSignature ? await embedPngImage(out, options.processorSignature.imagePng) : null,
    controllerImage: options.controllerSignature ? await embedPngImage(out, options.controllerSignature.imagePng) : null,
    isExecuted: Boolean(options.processorSignature && options.controllerSignature),
    t,
  });
  if (options.certificate && reference) {
    closing.newPage();
    layoutCertificate(closing, { version, reference, ...options.certificate, t });
  }

  const sequence: ({ canvas: PageCanvas; copied?: undefined } | { canvas: PageCanvas; copied: PDFPage })[] = [
    ...front.pages.map((canvas) => ({ canvas })),
    ...copyAllPages(out, body).map((copied) => ({ canvas: writer.canvas(), copied })),
    ...closing.pages.map((canvas) => ({ canvas })),
  ];
  const frame = {
    title: version.title,
    // The header names the executed agreement by its reference; an unsigned text by its version.
    marker: reference ?? capitalise(t.version(version.number)),
    footerLeft: `${version.processor.legalName} · ${t.version(version.number)}`,
    pageOf: t.pageOf,
  };
  sequence.forEach((item, i) => drawPageFrame(item.canvas, faces, frame, i + 1, sequence.length));

  writer.embedFonts();
  for (const item of sequence) {
    if (item.copied) {
      out.addPage(item.copied);
      writer.overlayPage(item.copied, item.canvas);
    } else writer.writePage(out.addPage([PAGE_WIDTH, PAGE_HEIGHT]), item.canvas);
  }

  return saveDocument(out, {
    title: version.title,
    author: version.processor.legalName,
    subject: reference ?? capitalise(t.version(version.number)),
    keywords: [t.documentKind, `sha256:${version.contentHash}`],
    language: version.language === "en" ? "en" : "nl-NL",
    date: options.date,
    producer: PRODUCER,
    idSeed: options.idSeed,
  });
}

/**
 * The published text as a PDF to read or print before signing: the controller's details and
 * signature are left blank; the header shows the version instead of a reference.
 */
export async function renderUnsignedAgreementPdf(version: PdfVersion, processorSignature: PdfSignature | null): Promise<Buffer> {
  return renderAgreement({
    version,
    reference: null,
    controller: null,
    processorSignature,
    controllerSignature: null,
    certificate: null,
    date: processorSignature?.signedAt ?? version.publishedAt,
    idSeed: ["unsigned", version.id, version.contentHash, processorSignature?.signedAt.toISOString() ?? ""].join("\n"),
  });
}

/** The executed agreement: both parties' details and signatures, and the signing certificate as the last page. */
export async function renderSignedAgreementPdf(input: SignedAgreementPdfInput): Promise<Buffer> {
  const { version, reference, controller, signatures, auditEvents, auditChainHead } = input;
  const processorSignature = signatures.find((signature) => signature.party === "PROCESSOR") ?? null;
  const controllerSignature = signatures.find((signature) => signature.party === "CONTROLLER") ?? null;
  // The document's dates come from the input, never from the clock: the same input, the same bytes.
  const date = signatures.reduce((latest, signature) => (signature.signedAt > latest ? signature.signedAt : latest), version.publishedAt);
  // Processor first, then controller: the order in which a DPA is usually signed.
  const ordered = [...signatures].sort((a, b) => (a.party === b.party ? a.signedAt.getTime() - b.signedAt.getTime() : a.party === "PROCESSOR" ? -1 : 1));
  return renderAgreement({
    version,
    reference,
    controller,
    processorSignature,
    controllerSignature,
    certificate: { signatures: ordered, auditEvents, auditChainHead },
    date,
    idSeed: ["signed", version.id, version.contentHash, reference, ...ordered.map((s) => `${s.party}:${s.signedAt.toISOString()}`)].join("\n"),
  });
}
