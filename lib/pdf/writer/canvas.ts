import "server-only";
import { deflateSync } from "node:zlib";
import { PDFArray, PDFDict, PDFName, PDFRawStream, type PDFDocument, type PDFPage, type PDFRef } from "pdf-lib";
import { PAGE_HEIGHT } from "../styles";
import type { FaceName, FontFaces } from "./font-face";
import type { EmbeddedImage } from "./png-image";
import { SubsetFont } from "./subset-font";

// A minimal PDF drawing layer for the pages that differ per signer: positioned text in the
// embedded TTF fonts, lines, filled rectangles and images. Coordinates are in points from the top
// left of an A4 page, like the layout of the react-pdf body.

export type Rgb = readonly [number, number, number];

export function hexColor(hex: string): Rgb {
  const n = Number.parseInt(hex.slice(1), 16);
  return [((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255];
}

const num = (n: number) => {
  const rounded = Math.round(n * 1000) / 1000;
  return Object.is(rounded, -0) ? "0" : String(rounded);
};
const rgb = (color: Rgb) => color.map(num).join(" ");

export class PageCanvas {
  readonly ops: string[] = [];
  readonly fonts = new Set<SubsetFont>();
  readonly images = new Map<string, PDFRef>();

  constructor(private readonly writer: DocumentWriter) {}

  /** Draws one line of text with its baseline at `baseline` (from the top of the page). */
  text(text: string, x: number, baseline: number, face: FaceName, size: number, color: Rgb): void {
    if (!text) return;
    text = text.normalize("NFC");
    const font = this.writer.font(face);
    this.fonts.add(font);
    this.ops.push(`BT ${rgb(color)} rg /${font.resourceName} ${num(size)} Tf 1 0 0 1 ${num(x)} ${num(PAGE_HEIGHT - baseline)} Tm ${font.encode(text)} Tj ET`);
  }

  line(x1: number, y1: number, x2: number, y2: number, width: number, color: Rgb, dash?: [number, number]): void {
    const dashOp = dash ? `[${num(dash[0])} ${num(dash[1])}] 0 d ` : "";
    this.ops.push(`q ${dashOp}${num(width)} w ${rgb(color)} RG ${num(x1)} ${num(PAGE_HEIGHT - y1)} m ${num(x2)} ${num(PAGE_HEIGHT - y2)} l S Q`);
  }

  fillRect(x: number, y: number, width: number, height: number, color: Rgb): void {
    this.ops.push(`q ${rgb(color)} rg ${num(x)} ${num(PAGE_HEIGHT - y - height)} ${num(width)} ${num(height)} re f Q`);
  }

  strokeRect(x: number, y: number, width: number, height: number, lineWidth: number, color: Rgb): void {
    this.ops.push(`q ${num(lineWidth)} w ${rgb(color)} RG ${num(x)} ${num(PAGE_HEIGHT - y - height)} ${num(width)} ${num(height)} re S Q`);
  }

  image(image: EmbeddedImage, x: number, y: number, width: number, height: number): void {
    const name = `VI${this.writer.imageIndex(image.ref)}`;
    this.images.set(name, image.ref);
    this.ops.push(`q ${num(width)} 0 0 ${num(height)} ${num(x)} ${num(PAGE_HEIGHT - y - height)} cm /${name} Do Q`);
  }

  isEmpty(): boolean {
    return this.ops.length === 0;
  }
}

/** Owns the fonts and images of one output document; fonts are subset when the document is finished. */
export class DocumentWriter {
  private readonly subsetFonts = new Map<FaceName, SubsetFont>();
  private readonly imageRefs: PDFRef[] = [];
  private fontRefs: Map<SubsetFont, PDFRef> | null = null;

  constructor(
    readonly doc: PDFDocument,
    readonly faces: FontFaces,
  ) {}

  font(face: FaceName): SubsetFont {
    if (this.fontRefs) throw new Error("Fonts are already embedded; draw everything before finishing");
    let font = this.subsetFonts.get(face);
    if (!font) {
      font = new SubsetFont(this.faces[face], `VF${this.subsetFonts.size + 1}`);
      this.subsetFonts.set(face, font);
    }
    return font;
  }

  imageIndex(ref: PDFRef): number {
    let index = this.imageRefs.indexOf(ref);
    if (index < 0) index = this.imageRefs.push(ref) - 1;
    return index + 1;
  }

  canvas(): PageCanvas {
    return new PageCanvas(this);
  }

  /** Embeds the font subsets; call once, after all text of the document has been drawn. */
  embedFonts(): void {
    const refs = new Map<SubsetFont, PDFRef>();
    for (const font of this.subsetFonts.values()) if (font.isUsed) refs.set(font, font.embed(this.doc.context));
    this.fontRefs = refs;
  }

  private contentStream(canvas: PageCanvas): PDFRef {
    const context = this.doc.context;
    return context.register(PDFRawStream.of(context.obj({ Filter: "FlateDecode" }), deflateSync(Buffer.from(canvas.ops.join("\n"), "latin1"))));
  }

  private addResources(resources: PDFDict, canvas: PageCanvas): void {
    const context = this.doc.context;
    const section = (key: string) => {
      const existing = resources.get(PDFName.of(key));
      if (existing) return context.lookup(existing, PDFDict);
      const dict = context.obj({});
      resources.set(PDFName.of(key), dict);
      return dict;
    };
    if (canvas.fonts.size) {
      const fonts = section("Font");
      for (const font of canvas.fonts) fonts.set(PDFName.of(font.resourceName), this.fontRefs!.get(font)!);
    }
    if (canvas.images.size) {
      const xObjects = section("XObject");
      for (const [name, ref] of canvas.images) xObjects.set(PDFName.of(name), ref);
    }
  }

  /** Gives a page created with doc.addPage() the canvas as its only content. */
  writePage(page: PDFPage, canvas: PageCanvas): void {
    const context = this.doc.context;
    const resources = context.obj({ ProcSet: ["PDF", "Text", "ImageB", "ImageC"] });
    this.addResources(resources, canvas);
    page.node.set(PDFName.of("Resources"), context.register(resources));
    page.node.set(PDFName.of("Contents"), this.contentStream(canvas));
  }

  /**
   * Draws the canvas over a page copied from another PDF. The page's own content runs inside q/Q,
   * so that whatever transformation it leaves behind cannot move the overlay.
   */
  overlayPage(page: PDFPage, canvas: PageCanvas): void {
    const context = this.doc.context;
    const node = page.node;
    const resourcesRef = node.get(PDFName.of("Resources"));
    let resources = resourcesRef ? context.lookup(resourcesRef, PDFDict) : undefined;
    if (!resources) {
      resources = context.obj({});
      node.set(PDFName.of("Resources"), context.register(resources));
    }
    this.addResources(resources, canvas);
    const contents = context.obj([context.getPushGraphicsStateContentStream()]) as PDFArray;
    const original = node.get(PDFName.of("Contents"));
    const originalValue = original ? context.lookup(original) : undefined;
    if (originalValue instanceof PDFArray) for (let i = 0; i < originalValue.size(); i++) contents.push(originalValue.get(i));
    else if (original) contents.push(original);
    contents.push(context.getPopGraphicsStateContentStream());
    contents.push(this.contentStream(canvas));
    node.set(PDFName.of("Contents"), contents);
  }
}
