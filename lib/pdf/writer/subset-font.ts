import "server-only";
import { createHash } from "node:crypto";
import { deflateSync } from "node:zlib";
import { PDFRawStream, PDFString, type PDFContext, type PDFRef } from "pdf-lib";
import type { FontFace } from "./font-face";

// One embedded font of one output document: a TrueType subset with exactly the glyphs written,
// as a Type0 font with Identity-H encoding (the same structure react-pdf/pdfkit produce) and a
// ToUnicode map, so that text can be searched and copied.

export class SubsetFont {
  private readonly subset: ReturnType<FontFace["font"]["createSubset"]>;
  /** subset glyph id -> the text it stands for */
  private readonly unicode = new Map<number, string>();
  private readonly widths = new Map<number, number>();
  private readonly codes = new Map<number, string>();

  constructor(
    readonly face: FontFace,
    /** Name in the page resources, e.g. "VF1". */
    readonly resourceName: string,
  ) {
    this.subset = face.font.createSubset();
  }

  /** The text as a hex string of subset glyph ids, for a Tj operator. */
  encode(text: string): string {
    let hex = "";
    for (const char of text) {
      const codePoint = char.codePointAt(0)!;
      let code = this.codes.get(codePoint);
      if (code === undefined) {
        const glyph = this.face.glyph(codePoint);
        const id = this.subset.includeGlyph(glyph.id);
        code = id.toString(16).padStart(4, "0");
        this.codes.set(codePoint, code);
        if (!this.unicode.has(id)) this.unicode.set(id, char);
        this.widths.set(id, Math.round(glyph.advance * 1000));
      }
      hex += code;
    }
    return `<${hex}>`;
  }

  get isUsed(): boolean {
    return this.codes.size > 0;
  }

  embed(context: PDFContext): PDFRef {
    const font = this.face.font;
    const scale = 1000 / font.unitsPerEm;
    const fontFile = this.subset.encode();
    // A subset name is six capitals and "+": derived from the glyphs, so the same text gives the same name.
    const digest = createHash("sha256").update(fontFile).digest();
    const tag = Array.from(digest.subarray(0, 6), (byte) => String.fromCharCode(65 + (byte % 26))).join("");
    const baseFont = `${tag}+${font.postscriptName.replace(/[^A-Za-z0-9-]/g, "_")}`;

    const fontFileRef = context.register(
      PDFRawStream.of(context.obj({ Filter: "FlateDecode", Length1: fontFile.length }), deflateSync(fontFile)),
    );
    const familyClass = (font["OS/2"]?.sFamilyClass ?? 0) >> 8;
    let flags = 4; // symbolic: glyphs are addressed by id, not by a standard encoding
    if (font.post.isFixedPitch) flags |= 1;
    if (familyClass >= 1 && familyClass <= 7) flags |= 2;
    if (font.head.macStyle.italic) flags |= 64;
    const descriptorRef = context.register(
      context.obj({
        Type: "FontDescriptor",
        FontName: baseFont,
        Flags: flags,
        FontBBox: [font.bbox.minX * scale, font.bbox.minY * scale, font.bbox.maxX * scale, font.bbox.maxY * scale].map(Math.round),
        ItalicAngle: font.italicAngle,
        Ascent: Math.round(font.ascent * scale),
        Descent: Math.round(font.descent * scale),
        CapHeight: Math.round((font.capHeight ?? font.ascent * 0.72) * scale),
        StemV: 0,
        FontFile2: fontFileRef,
      }),
    );

    const ids = [...this.widths.keys()].sort((a, b) => a - b);
    const w: (number | number[])[] = [];
    for (const id of ids) w.push(id, [this.widths.get(id)!]);
    const cidFontRef = context.register(
      context.obj({
        Type: "Font",
        Subtype: "CIDFontType2",
        BaseFont: baseFont,
        CIDSystemInfo: { Registry: PDFString.of("Adobe"), Ordering: PDFString.of("Identity"), Supplement: 0 },
        FontDescriptor: descriptorRef,
        W: w,
        CIDToGIDMap: "Identity",
      }),
    );
    const toUnicodeRef = context.register(
      PDFRawStream.of(context.obj({ Filter: "FlateDecode" }), deflateSync(Buffer.from(this.toUnicodeCMap(ids), "latin1"))),
    );
    return context.register(
      context.obj({
        Type: "Font",
        Subtype: "Type0",
        BaseFont: baseFont,
        Encoding: "Identity-H",
        DescendantFonts: [cidFontRef],
        ToUnicode: toUnicodeRef,
      }),
    );
  }

  private toUnicodeCMap(ids: number[]): string {
    const lines: string[] = [];
    for (let start = 0; start < ids.length; start += 100) {
      const chunk = ids.slice(start, start + 100);
      lines.push(`${chunk.length} beginbfchar`);
      for (const id of chunk) lines.push(`<${id.toString(16).padStart(4, "0")}> <${utf16Hex(this.unicode.get(id)!)}>`);
      lines.push("endbfchar");
    }
    return [
      "/CIDInit /ProcSet findresource begin",
      "12 dict begin",
      "begincmap",
      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
      "/CMapName /Adobe-Identity-UCS def",
      "/CMapType 2 def",
      "1 begincodespacerange",
      "<0000> <ffff>",
      "endcodespacerange",
      ...lines,
      "endcmap",
      "CMapName currentdict /CMap defineresource pop",
      "end",
      "end",
    ].join("\n");
  }
}

function utf16Hex(text: string): string {
  let hex = "";
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, "0");
  return hex;
}
