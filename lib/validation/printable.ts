import { pdfCharacterRanges } from "./pdf-characters";

// Everything a person types that ends up in a PDF (agreement text, the parties' details, the signer's
// name) must be printable with the PDF's embedded font: a character it lacks (an emoji, Chinese, Arabic
// letters...) would print as a box and overlap the next line. Such text is refused at the boundary with
// a message that names the character; never a broken PDF. The same check runs in the browser.

/** Tab and line breaks are layout, not glyphs. */
const isLayoutCharacter = (cp: number) => cp === 0x09 || cp === 0x0a || cp === 0x0d;

export function isPrintableCodePoint(cp: number): boolean {
  if (isLayoutCharacter(cp)) return true;
  let low = 0;
  let high = pdfCharacterRanges.length / 2 - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (cp < pdfCharacterRanges[2 * mid]) high = mid - 1;
    else if (cp > pdfCharacterRanges[2 * mid + 1]) low = mid + 1;
    else return true;
  }
  return false;
}

/**
 * The first character (as a person sees it: a whole emoji, with its modifiers) that the PDF cannot
 * print, or null when all of it can be printed.
 */
export function firstUnprintable(text: string): string | null {
  let index = 0;
  for (const char of text) {
    const cp = char.codePointAt(0)!;
    if (!isPrintableCodePoint(cp)) return graphemeAt(text, index);
    index += char.length;
  }
  return null;
}

function graphemeAt(text: string, index: number): string {
  const start = Math.max(0, index - 32);
  const window = text.slice(start, index + 64);
  if (typeof Intl.Segmenter === "function") {
    for (const { segment, index: at } of new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(window)) {
      if (start + at + segment.length > index) return segment;
    }
  }
  return String.fromCodePoint(text.codePointAt(index)!);
}

/** The field error for text with an unprintable character: an i18n key with the character as its argument. */
export function unprintableMessage(char: string): string {
  const codes = [...char].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`).join(" ");
  // Invisible characters (controls, joiners) are named by their code point only.
  const visible = [...char].some((c) => /[\p{L}\p{N}\p{S}\p{P}]/u.test(c));
  return `validation.unprintable|${visible ? `“${char}” (${codes})` : codes}`;
}

/** For zod's superRefine / check on any string that is printed in a PDF. */
export function refinePrintable(value: string, ctx: { addIssue: (issue: { code: "custom"; message: string; input?: unknown }) => void }): void {
  const char = firstUnprintable(value);
  if (char) ctx.addIssue({ code: "custom", message: unprintableMessage(char), input: value });
}
