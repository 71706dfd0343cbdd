import type { SourceLine } from "./types";

// Page furniture that survives text extraction: page numbers, and headers or footers repeated on
// (nearly) every page. Dropped before parsing so they never end up inside a clause.

const pageNumberPatterns = [
  /^(pagina|page|blz\.?|p\.)\s*\d+(\s*(van|of|\/|uit)\s*\d+)?\.?$/i,
  /^[-–—]\s*\d+\s*[-–—]$/,
  /^\d{1,3}\s*(\/|van|of)\s*\d{1,3}$/i,
  /^\d{1,3}$/,
];

export function isPageNumber(text: string): boolean {
  const line = text.trim();
  return pageNumberPatterns.some((pattern) => pattern.test(line));
}

/** Digits vary from page to page ("Page 3 of 12"), so lines are compared without them. */
function normalise(text: string): string {
  return text.trim().toLowerCase().replace(/\d+/g, "#").replace(/\s+/g, " ");
}

const EDGE_LINES = 3;

/**
 * Pages of lines to one list of lines: page numbers and lines that repeat at the top or bottom of
 * most pages are dropped. Pages are not separated by a blank line, so a clause that runs over a
 * page break joins up again.
 */
export function dropPageFurniture(pages: SourceLine[][]): SourceLine[] {
  const withoutNumbers = pages.map((page) => page.filter((line) => !(line.text.trim() && !line.cells && isPageNumber(line.text))));
  const repeated = new Set<string>();
  if (pages.length >= 2) {
    const counts = new Map<string, number>();
    for (const page of withoutNumbers) {
      const nonBlank = page.filter((line) => line.text.trim());
      const edges = new Set([...nonBlank.slice(0, EDGE_LINES), ...nonBlank.slice(-EDGE_LINES)].map((line) => normalise(line.text)));
      for (const key of edges) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const needed = Math.max(2, Math.ceil(pages.length * 0.6));
    for (const [key, count] of counts) if (count >= needed) repeated.add(key);
  }
  return withoutNumbers.flatMap((page) => {
    const nonBlank = page.filter((line) => line.text.trim());
    const edges = new Set([...nonBlank.slice(0, EDGE_LINES), ...nonBlank.slice(-EDGE_LINES)]);
    const kept = page.filter((line) => !(edges.has(line) && repeated.has(normalise(line.text))));
    // The space above a dropped footer is no paragraph break: trim blank lines at the page's edges.
    if (pages.length < 2) return kept;
    const first = kept.findIndex((line) => line.text.trim());
    const last = kept.findLastIndex((line) => line.text.trim());
    return first < 0 ? [] : kept.slice(first, last + 1);
  });
}

/**
 * Plain text: pages are separated by form feeds when there are any. Without them, a short line
 * that appears three times or more and is not a heading or numbered item is taken for a footer.
 */
export function linesFromText(text: string): SourceLine[] {
  const normalised = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const pages = normalised.split("\f").map((page) => page.split("\n").map((line) => ({ text: line.trimEnd() })));
  const lines = dropPageFurniture(pages);
  if (pages.length > 1) return lines;
  const counts = new Map<string, number>();
  for (const line of lines) if (line.text.trim()) counts.set(normalise(line.text), (counts.get(normalise(line.text)) ?? 0) + 1);
  return lines.filter((line) => {
    const key = normalise(line.text);
    if (!line.text.trim() || (counts.get(key) ?? 0) < 3 || key.length > 100) return true;
    return /^(artikel|article|bijlage|annex|appendix|#)/i.test(key) || /^[-•*–]/.test(key);
  });
}
