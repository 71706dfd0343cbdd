import "server-only";
import { Font } from "@react-pdf/renderer";
import { MONO_FONT, TEXT_FONT, registerPdfFonts } from "../fonts";

// The same TTF files react-pdf uses for the body, opened through its font store (one parsed copy
// per process), measured with a per-code-point cache: the per-signer pages are set by our own small
// writer (see flow.ts), which only needs advances and glyph ids.

/** The parts of a fontkit font this writer uses. */
export type FontkitFont = {
  unitsPerEm: number;
  ascent: number;
  descent: number;
  capHeight?: number;
  italicAngle: number;
  postscriptName: string;
  bbox: { minX: number; minY: number; maxX: number; maxY: number };
  post: { isFixedPitch: number | boolean };
  head: { macStyle: { italic?: boolean } };
  "OS/2"?: { sFamilyClass?: number };
  glyphForCodePoint(codePoint: number): { id: number; advanceWidth: number };
  createSubset(): { includeGlyph(id: number): number; encode(): Uint8Array };
};

export type FaceName = "regular" | "bold" | "italic" | "mono";

export class FontFace {
  private readonly glyphs = new Map<number, { id: number; advance: number }>();
  readonly scale: number;

  constructor(
    readonly name: FaceName,
    readonly font: FontkitFont,
  ) {
    this.scale = 1 / font.unitsPerEm;
  }

  glyph(codePoint: number): { id: number; advance: number } {
    let glyph = this.glyphs.get(codePoint);
    if (!glyph) {
      const g = this.font.glyphForCodePoint(codePoint);
      glyph = { id: g.id, advance: g.advanceWidth * this.scale };
      this.glyphs.set(codePoint, glyph);
    }
    return glyph;
  }

  /** Width of `text` in points at `size` (no kerning: the per-signer pages are short and plain). */
  width(text: string, size: number): number {
    let units = 0;
    for (const char of text) units += this.glyph(char.codePointAt(0)!).advance;
    return units * size;
  }

  /** Distance from the top of a line box to the baseline, for a line of `leading` points. */
  baseline(size: number, leading: number): number {
    const ascent = this.font.ascent * this.scale * size;
    const descent = -this.font.descent * this.scale * size;
    return (leading - (ascent + descent)) / 2 + ascent;
  }
}

export type FontFaces = Record<FaceName, FontFace>;

let faces: Promise<FontFaces> | null = null;

export function loadFontFaces(): Promise<FontFaces> {
  if (!faces) {
    registerPdfFonts();
    const open = async (name: FaceName, fontFamily: string, fontWeight: number, fontStyle: "normal" | "italic") => {
      const source = Font.getFont({ fontFamily, fontWeight, fontStyle }) as unknown as { load(): Promise<void>; data: FontkitFont };
      await source.load();
      return new FontFace(name, source.data);
    };
    faces = Promise.all([
      open("regular", TEXT_FONT, 400, "normal"),
      open("bold", TEXT_FONT, 700, "normal"),
      open("italic", TEXT_FONT, 400, "italic"),
      open("mono", MONO_FONT, 400, "normal"),
    ]).then(([regular, bold, italic, mono]) => ({ regular, bold, italic, mono }));
    faces.catch(() => {
      faces = null;
    });
  }
  return faces;
}
