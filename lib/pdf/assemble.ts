import "server-only";
import { createHash } from "node:crypto";
import { PDFDocument, PDFHexString, PDFObjectCopier, PDFPage, ParseSpeeds } from "pdf-lib";

// The assembled document is a new PDF: the cached body's pages are copied into it object by object
// (content streams stay compressed as they are, fonts are copied once and shared by the pages that
// use them); nothing of the body is laid out again.

export const loadOptions = { parseSpeed: ParseSpeeds.Fastest, updateMetadata: false } as const;

/** Copies every page of `source` into `out` without adding them; the source is not modified. */
export function copyAllPages(out: PDFDocument, source: PDFDocument): PDFPage[] {
  const copier = PDFObjectCopier.for(source.context, out.context);
  return source.getPages().map((page) => {
    const node = copier.copy(page.node);
    return PDFPage.of(node, out.context.register(node), out);
  });
}

export type DocumentMetadata = {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  language: string;
  date: Date;
  producer: string;
  /** Seed of the document ID: the same input gives the same ID, and so the same bytes. */
  idSeed: string;
};

export async function saveDocument(out: PDFDocument, metadata: DocumentMetadata): Promise<Buffer> {
  out.setTitle(metadata.title, { showInWindowTitleBar: true });
  out.setAuthor(metadata.author);
  out.setSubject(metadata.subject);
  out.setKeywords(metadata.keywords);
  out.setLanguage(metadata.language);
  out.setCreator(metadata.producer);
  out.setProducer(metadata.producer);
  out.setCreationDate(metadata.date);
  out.setModificationDate(metadata.date);
  const id = createHash("sha256").update(metadata.idSeed).digest("hex").slice(0, 32);
  out.context.trailerInfo.ID = out.context.obj([PDFHexString.of(id), PDFHexString.of(id)]);
  const bytes = await out.save({ useObjectStreams: false, objectsPerTick: Infinity, addDefaultPage: false, updateFieldAppearances: false });
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
