import { inflateRawSync } from "node:zlib";
import { getDocumentProxy } from "unpdf";
import { dropPageFurniture } from "./clean-lines";
import { importErrors } from "./errors";
import type { SourceLine } from "./types";

// Text of a PDF with its line structure: pdf.js gives positioned text items; items on the same
// baseline form a line, a wide gap between items becomes a tab (table columns), and a gap between
// lines much larger than usual becomes a blank line (a new paragraph).

type Item = { str: string; x: number; y: number; width: number; size: number };

/** An encryption dictionary in the trailer: refused even when pdf.js could open it without a password. */
function hasEncryption(bytes: Uint8Array): boolean {
  return /\/Encrypt\s*(?:\d+\s+\d+\s+R|<<)/.test(latin1(bytes));
}

/** More than any DPA's streams (text, fonts, small images) inflate to; a bomb is far beyond it. */
export const MAX_PDF_INFLATED_BYTES = 200 * 1024 * 1024;

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
const isZlibHeader = (data: Uint8Array) => data.length > 2 && (data[0] & 0x0f) === 8 && ((data[0] << 8) | data[1]) % 31 === 0;

/**
 * Refuses a PDF whose streams inflate to more than MAX_PDF_INFLATED_BYTES in total, before pdf.js
 * sees it: pdf.js keeps a decoded stream in buffers outside the JavaScript heap, where the worker's
 * heap limit does not reach. Every stream is tried (one pass, indexOf), through nested Flate layers,
 * with native zlib told where to stop.
 */
function assertBoundedStreams(bytes: Uint8Array) {
  const text = latin1(bytes);
  let budget = MAX_PDF_INFLATED_BYTES;
  let at = 0;
  for (;;) {
    const keyword = text.indexOf("stream", at);
    if (keyword < 0) return;
    let start = keyword + 6;
    if (text[start] === "\r") start++;
    if (text[start] !== "\n" || text.startsWith("end", keyword - 3)) {
      at = keyword + 6;
      continue;
    }
    start++;
    const end = text.indexOf("endstream", start);
    if (end < 0) return;
    at = end + 9;
    let data: Uint8Array = bytes.subarray(start, end);
    for (let layer = 0; layer < 4 && isZlibHeader(data); layer++) {
      try {
        // Raw, after the 2-byte header: pdf.js checks no Adler-32 either, so neither may this.
        data = inflateRawSync(data.subarray(2), { maxOutputLength: budget + 1, finishFlush: 2 /* Z_SYNC_FLUSH: a truncated end is fine */ });
      } catch (error) {
        if ((error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") throw importErrors.tooComplex();
        break;
      }
      budget -= data.length;
      if (budget < 0) throw importErrors.tooComplex();
    }
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : 0;
}

export function linesOfPage(items: Item[]): SourceLine[] {
  // pdf.js fills gaps with items of only spaces; the gaps themselves are measured instead.
  const sorted = items.filter((item) => item.str.trim().length > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Item[][] = [];
  for (const item of sorted) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row[0].y - item.y) <= Math.max(2, item.size * 0.3)) row.push(item);
    else rows.push([item]);
  }
  const gaps = rows.slice(1).map((row, i) => rows[i][0].y - row[0].y).filter((gap) => gap > 0);
  const usualGap = median(gaps);
  const lines: SourceLine[] = [];
  rows.forEach((row, i) => {
    if (i > 0 && usualGap > 0 && rows[i - 1][0].y - row[0].y > usualGap * 1.6) lines.push({ text: "" });
    row.sort((a, b) => a.x - b.x);
    let text = "";
    let end = -Infinity;
    for (const item of row) {
      const gap = item.x - end;
      if (text && gap > item.size * 2) text += "\t";
      else if (text && gap > item.size * 0.15 && !/\s/.test(text[text.length - 1]) && !/^\s/.test(item.str)) text += " ";
      text += item.str;
      end = item.x + item.width;
    }
    lines.push({ text: text.trimEnd() });
  });
  return lines;
}

export async function extractPdfLines(bytes: Uint8Array): Promise<SourceLine[]> {
  if (hasEncryption(bytes)) throw importErrors.encryptedPdf();
  assertBoundedStreams(bytes);
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // pdf.js takes ownership of the buffer it is given: hand it a copy.
    pdf = await getDocumentProxy(new Uint8Array(bytes));
  } catch (error) {
    if (error && typeof error === "object" && "name" in error && error.name === "PasswordException") throw importErrors.encryptedPdf();
    throw importErrors.unreadablePdf();
  }
  try {
    const pages: SourceLine[][] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      const items: Item[] = [];
      for (const item of content.items) {
        if (!("str" in item)) continue;
        const [a, b, , , x, y] = item.transform as number[];
        items.push({ str: item.str, x, y, width: item.width, size: Math.hypot(a, b) || item.height || 10 });
      }
      pages.push(linesOfPage(items));
    }
    const lines = dropPageFurniture(pages);
    if (!lines.some((line) => line.text.trim())) throw importErrors.noText();
    return lines;
  } finally {
    await pdf.loadingTask.destroy();
  }
}
