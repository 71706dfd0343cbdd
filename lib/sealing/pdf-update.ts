import "server-only";
import { PDFArray, PDFContext, PDFDict, PDFName, PDFNumber, PDFObjectParser, PDFRef, type PDFObject } from "pdf-lib";

// The signature goes into an incremental update (ISO 32000-1, 7.5.6): the original bytes stay as they
// are, byte for byte, and after them come a new revision of the catalog (an AcroForm with the
// signature field), of the first page (the field's invisible widget), the signature dictionary and
// a cross-reference section for just these objects. Nothing is re-laid out or re-compressed, so the
// sealed PDF looks exactly like the original, and only the few objects touched are parsed (with
// pdf-lib's object parser) instead of the whole document.

export class UnsupportedPdfError extends Error {}

type Located = { offset: number; generation: number };
type Revision = { offsets: Map<number, Located>; trailer: PDFDict; startxref: number };

const latin1 = (pdf: Buffer, start: number, end: number) => pdf.toString("latin1", start, Math.min(end, pdf.length));

function lastStartxref(pdf: Buffer): number {
  const tail = latin1(pdf, Math.max(0, pdf.length - 2048), pdf.length);
  const at = tail.lastIndexOf("startxref");
  const match = at >= 0 ? /^startxref\s+(\d+)/.exec(tail.slice(at)) : null;
  if (!match) throw new UnsupportedPdfError("no startxref at the end of the file");
  return Number(match[1]);
}

/** Reads the classic cross-reference sections from the newest back (newer entries win). */
function readRevision(pdf: Buffer, context: PDFContext): Revision {
  const startxref = lastStartxref(pdf);
  const offsets = new Map<number, Located>();
  let trailer: PDFDict | undefined;
  const seen = new Set<number>();
  for (let at: number | undefined = startxref; at !== undefined; ) {
    if (seen.has(at) || at >= pdf.length) throw new UnsupportedPdfError("broken cross-reference chain");
    seen.add(at);
    if (latin1(pdf, at, at + 4) !== "xref") {
      // A cross-reference stream (PDF 1.5 object streams); lib/pdf never writes one.
      throw new UnsupportedPdfError("only PDFs with a classic cross-reference table can be sealed");
    }
    let position: number = at + 4;
    for (;;) {
      const head = /^\s*(?:(trailer)|(\d+)\s+(\d+)[ \t]*\r?\n?)/.exec(latin1(pdf, position, position + 64));
      if (!head) throw new UnsupportedPdfError("malformed cross-reference table");
      position += head[0].length;
      if (head[1]) break;
      const first = Number(head[2]);
      const count = Number(head[3]);
      const entries = latin1(pdf, position, position + count * 20);
      for (let i = 0; i < count; i++) {
        const entry = /^(\d{10}) (\d{5}) ([nf])/.exec(entries.slice(i * 20, i * 20 + 20));
        if (!entry) throw new UnsupportedPdfError("malformed cross-reference entry");
        const number = first + i;
        if (entry[3] === "n" && !offsets.has(number)) offsets.set(number, { offset: Number(entry[1]), generation: Number(entry[2]) });
      }
      position += count * 20;
    }
    const sectionTrailer: PDFObject = PDFObjectParser.forBytes(pdf.subarray(position), context).parseObject();
    if (!(sectionTrailer instanceof PDFDict)) throw new UnsupportedPdfError("malformed trailer");
    trailer ??= sectionTrailer;
    const prev: PDFObject | undefined = sectionTrailer.get(PDFName.of("Prev"));
    at = prev instanceof PDFNumber ? prev.asNumber() : undefined;
  }
  return { offsets, trailer: trailer!, startxref };
}

function readObject(pdf: Buffer, context: PDFContext, revision: Revision, ref: PDFRef): PDFObject {
  const located = revision.offsets.get(ref.objectNumber);
  if (!located) throw new UnsupportedPdfError(`object ${ref.objectNumber} is not in the cross-reference table`);
  const header = /^\s*(\d+)\s+(\d+)\s+obj\b/.exec(latin1(pdf, located.offset, located.offset + 64));
  if (!header || Number(header[1]) !== ref.objectNumber) throw new UnsupportedPdfError(`object ${ref.objectNumber} is not where the table says`);
  return PDFObjectParser.forBytes(pdf.subarray(located.offset + header[0].length), context).parseObject();
}

function dictAt(pdf: Buffer, context: PDFContext, revision: Revision, value: PDFObject | undefined, what: string): PDFDict {
  const object = value instanceof PDFRef ? readObject(pdf, context, revision, value) : value;
  if (!(object instanceof PDFDict)) throw new UnsupportedPdfError(`${what} is not a dictionary`);
  return object;
}

function firstPageRef(pdf: Buffer, context: PDFContext, revision: Revision, catalog: PDFDict): PDFRef {
  let node: PDFObject | undefined = catalog.get(PDFName.of("Pages"));
  for (let depth = 0; depth < 32; depth++) {
    if (!(node instanceof PDFRef)) break;
    const dict = dictAt(pdf, context, revision, node, "a page tree node");
    if (dict.get(PDFName.of("Type")) === PDFName.of("Page")) return node;
    const kids = dict.get(PDFName.of("Kids"));
    node = kids instanceof PDFArray ? kids.get(0) : undefined;
  }
  throw new UnsupportedPdfError("the document has no first page");
}

/** `field` of `dict` as an array we may change, and the object to write again if it is indirect. */
function arrayIn(pdf: Buffer, context: PDFContext, revision: Revision, dict: PDFDict, field: string, updates: Map<PDFRef, PDFObject>): PDFArray {
  const value = dict.get(PDFName.of(field));
  if (value instanceof PDFRef) {
    const array = readObject(pdf, context, revision, value);
    if (!(array instanceof PDFArray)) throw new UnsupportedPdfError(`/${field} is not an array`);
    updates.set(value, array);
    return array;
  }
  if (value instanceof PDFArray) return value;
  const array = context.obj([]);
  dict.set(PDFName.of(field), array);
  return array;
}

function pdfDate(date: Date): string {
  return `D:${date.toISOString().slice(0, 19).replace(/[-:T]/g, "")}Z`;
}

export type Placeholder = {
  /** The whole file: the original, then the update with /Contents still zeros. */
  pdf: Buffer;
  byteRange: [number, number, number, number];
  /** Where the hex digits of /Contents start, and how many bytes of DER fit. */
  contentsOffset: number;
  contentsCapacity: number;
};

const BYTE_RANGE_WIDTH = 40; // "[0 a b c]" with a, b, c up to 10 digits each, padded with spaces

/** Appends the incremental update with an empty signature of `capacity` bytes, signed at `signingTime` (/M). */
export function addSignaturePlaceholder(pdf: Buffer, options: { capacity: number; signingTime: Date }): Placeholder {
  if (latin1(pdf, 0, 5) !== "%PDF-") throw new UnsupportedPdfError("not a PDF");
  const context = PDFContext.create();
  const revision = readRevision(pdf, context);
  const { trailer } = revision;
  const rootRef = trailer.get(PDFName.of("Root"));
  const size = trailer.get(PDFName.of("Size"));
  if (!(rootRef instanceof PDFRef) || !(size instanceof PDFNumber)) throw new UnsupportedPdfError("the trailer has no /Root or /Size");
  const catalog = dictAt(pdf, context, revision, rootRef, "the catalog");
  const pageRef = firstPageRef(pdf, context, revision, catalog);
  const page = dictAt(pdf, context, revision, pageRef, "the first page");

  const widgetRef = PDFRef.of(size.asNumber());
  const signatureRef = PDFRef.of(size.asNumber() + 1);
  const updates = new Map<PDFRef, PDFObject>([[rootRef, catalog], [pageRef, page]]);

  arrayIn(pdf, context, revision, page, "Annots", updates).push(widgetRef);
  let acroForm = catalog.get(PDFName.of("AcroForm"));
  if (acroForm instanceof PDFRef) {
    const dict = dictAt(pdf, context, revision, acroForm, "/AcroForm");
    updates.set(acroForm, dict);
    acroForm = dict;
  } else if (!(acroForm instanceof PDFDict)) {
    acroForm = context.obj({});
    catalog.set(PDFName.of("AcroForm"), acroForm);
  }
  const form = acroForm as PDFDict;
  arrayIn(pdf, context, revision, form, "Fields", updates).push(widgetRef);
  const flags = form.get(PDFName.of("SigFlags"));
  // 1: the document has signatures; 2: change it only by appending (as this update does).
  form.set(PDFName.of("SigFlags"), PDFNumber.of((flags instanceof PDFNumber ? flags.asNumber() : 0) | 3));

  // An invisible signature field: a widget of zero size on page 1, printed (4) and locked (128).
  const widget = `<<\n/Type /Annot\n/Subtype /Widget\n/FT /Sig\n/T (Seal)\n/F 132\n/Rect [0 0 0 0]\n/P ${pageRef}\n/V ${signatureRef}\n>>`;
  const contentsHex = "0".repeat(options.capacity * 2);
  const signatureHead =
    `<<\n/Type /Sig\n/Filter /Adobe.PPKLite\n/SubFilter /ETSI.CAdES.detached\n/M (${pdfDate(options.signingTime)})\n` +
    `/ByteRange ${" ".repeat(BYTE_RANGE_WIDTH)}\n/Contents `;
  const signatureBody = `${signatureHead}<${contentsHex}>\n>>`;

  const objects: [PDFRef, string][] = [
    ...[...updates].map(([ref, object]): [PDFRef, string] => [ref, object.toString()]),
    [widgetRef, widget],
    [signatureRef, signatureBody],
  ];
  let text = "\n"; // the update starts on a new line
  const entries: [number, number, number][] = [];
  let signatureObjectOffset = 0;
  for (const [ref, body] of objects) {
    const offset = pdf.length + text.length;
    if (ref === signatureRef) signatureObjectOffset = offset;
    entries.push([ref.objectNumber, ref.generationNumber, offset]);
    text += `${ref.objectNumber} ${ref.generationNumber} obj\n${body}\nendobj\n`;
  }
  const xrefOffset = pdf.length + text.length;
  text += `xref\n${xrefSubsections(entries)}trailer\n${updatedTrailer(trailer, size.asNumber() + 2, revision.startxref)}\nstartxref\n${xrefOffset}\n%%EOF\n`;

  const out = Buffer.concat([pdf, Buffer.from(text, "latin1")]);
  const signatureHeadOffset = signatureObjectOffset + `${signatureRef.objectNumber} 0 obj\n`.length;
  const contentsStart = signatureHeadOffset + signatureHead.length; // at "<"
  const contentsEnd = contentsStart + contentsHex.length + 2; // after ">"
  const byteRange: Placeholder["byteRange"] = [0, contentsStart, contentsEnd, out.length - contentsEnd];
  const byteRangeText = `[${byteRange.join(" ")}]`.padEnd(BYTE_RANGE_WIDTH, " ");
  out.write(byteRangeText, contentsStart - "\n/Contents ".length - BYTE_RANGE_WIDTH, "latin1");
  return { pdf: out, byteRange, contentsOffset: contentsStart + 1, contentsCapacity: options.capacity };
}

/** Writes the DER signature into /Contents (hex, zero-padded). */
export function embedSignature(placeholder: Placeholder, cms: Buffer): Buffer {
  if (cms.length > placeholder.contentsCapacity) throw new Error("the signature does not fit its placeholder");
  placeholder.pdf.write(cms.toString("hex"), placeholder.contentsOffset, "latin1");
  return placeholder.pdf;
}

function xrefSubsections(entries: [number, number, number][]): string {
  const sorted = [...entries].sort((a, b) => a[0] - b[0]);
  let out = "";
  for (let i = 0; i < sorted.length; ) {
    let j = i + 1;
    while (j < sorted.length && sorted[j]![0] === sorted[j - 1]![0] + 1) j++;
    out += `${sorted[i]![0]} ${j - i}\n`;
    for (const [, generation, offset] of sorted.slice(i, j)) {
      out += `${String(offset).padStart(10, "0")} ${String(generation).padStart(5, "0")} n\r\n`;
    }
    i = j;
  }
  return out;
}

function updatedTrailer(previous: PDFDict, size: number, prev: number): string {
  const lines = [`/Size ${size}`, `/Root ${previous.get(PDFName.of("Root"))}`];
  for (const key of ["Info", "ID"]) {
    const value = previous.get(PDFName.of(key));
    if (value) lines.push(`/${key} ${value}`);
  }
  lines.push(`/Prev ${prev}`);
  return `<<\n${lines.join("\n")}\n>>`;
}
