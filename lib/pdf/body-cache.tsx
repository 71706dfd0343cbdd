import "server-only";
import { renderToBuffer } from "@react-pdf/renderer";
import { LRUCache } from "lru-cache";
import { PDFDocument } from "pdf-lib";
import { loadOptions } from "./assemble";
import { agreementTexts as dictionaryFor } from "@/lib/agreements/texts";
import { BodyDocument } from "./documents";
import { loadFontFaces } from "./writer/font-face";
import { CONTENT_WIDTH, TABLE_CELL_PADDING, TABLE_FONT_SIZE } from "./styles";
import { computeColumnWidths } from "./table-columns";
import { locationLines } from "./components/annexes";
import type { PdfVersion } from "./types";

// A published version never changes, so its articles and annexes (most of the pages, and most of
// the layout work) are rendered once and reused for every signer. Keyed by id and content hash: a
// different text can never be served from the cache under the same key.

const cache = new LRUCache<string, Promise<PDFDocument>>({ max: 20 });

async function renderBody(version: PdfVersion): Promise<PDFDocument> {
  const t = dictionaryFor(version.language);
  const faces = await loadFontFaces();
  const measure = (text: string, size: number, bold?: boolean) => faces[bold ? "bold" : "regular"].width(text, size);
  const sizing = { totalWidth: CONTENT_WIDTH, fontSize: TABLE_FONT_SIZE, padding: TABLE_CELL_PADDING, measure };

  const items = version.dataCategories.flatMap((category) => category.items);
  const annex1Widths = computeColumnWidths(
    [
      { header: t.annex1Columns[0], cells: version.dataCategories.map((category) => category.name), isBold: true, minWidth: 90 },
      { header: t.annex1Columns[1], cells: [...items.map((item) => item.name), ...(items.some((item) => item.isSpecialCategory) ? [t.specialCategory] : [])], isBold: false, minWidth: 120 },
      { header: t.annex1Columns[2], cells: items.map((item) => item.retention.trim() || t.retentionDefault(version.mainAgreement)), minWidth: 80 },
    ],
    sizing,
  );
  const annex2Widths = computeColumnWidths(
    [
      { header: t.annex2Columns[0], cells: version.subProcessors.map((sp) => sp.serviceArea), minWidth: 60 },
      { header: t.annex2Columns[1], cells: version.subProcessors.map((sp) => sp.purposes), minWidth: 70 },
      { header: t.annex2Columns[2], cells: version.subProcessors.map((sp) => sp.dataConcerned), minWidth: 70 },
      { header: t.annex2Columns[3], cells: version.subProcessors.map((sp) => sp.name), isBold: true, minWidth: 60 },
      {
        header: t.annex2Columns[4],
        cells: version.subProcessors.map((sp) => {
          const location = locationLines(sp, version.language, t);
          return [location.country, location.outside ?? "", location.basis ?? ""].join(" ");
        }),
        minWidth: 70,
      },
    ],
    sizing,
  );

  const bytes = await renderToBuffer(<BodyDocument version={version} annex1Widths={annex1Widths} annex2Widths={annex2Widths} t={t} />);
  return PDFDocument.load(bytes, loadOptions);
}

/** The body of a version as a parsed PDF, to copy pages from (never modified). */
export function getAgreementBody(version: PdfVersion): Promise<PDFDocument> {
  const key = `${version.id}:${version.contentHash}:${version.language}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const rendering = renderBody(version);
  cache.set(key, rendering);
  rendering.catch(() => {
    if (cache.peek(key) === rendering) cache.delete(key);
  });
  return rendering;
}

export function clearAgreementBodyCache(): void {
  cache.clear();
}

/**
 * Lays out the body of a version ahead of time (e.g. in a job after publication), so that the first
 * signer does not wait for it. Optional: the first render does the same.
 */
export async function prepareAgreementPdf(version: PdfVersion): Promise<void> {
  await getAgreementBody(version);
}
