import "server-only";
import { CONTENT_WIDTH, MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, PAGE_HEIGHT } from "../styles";
import type { DocumentWriter, PageCanvas, Rgb } from "./canvas";
import type { FaceName, FontFace } from "./font-face";

export type TextStyle = { face: FaceName; size: number; lineHeight: number; color: Rgb };

/**
 * Breaks text into lines at spaces (never inside a word: the PDF does not hyphenate); a word wider
 * than the line is the only thing ever split, at characters. "\n" starts a new line.
 */
export function wrapText(face: FontFace, text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  const spaceWidth = face.width(" ", size);
  for (const paragraph of text.normalize("NFC").split("\n")) {
    let line = "";
    let lineWidth = 0;
    for (const word of paragraph.split(/ +/)) {
      if (!word) continue;
      const wordWidth = face.width(word, size);
      if (line && lineWidth + spaceWidth + wordWidth <= width) {
        line += ` ${word}`;
        lineWidth += spaceWidth + wordWidth;
        continue;
      }
      if (line) lines.push(line);
      if (wordWidth <= width) {
        line = word;
        lineWidth = wordWidth;
        continue;
      }
      // Longer than a whole line (a user agent token, say): split at characters.
      line = "";
      lineWidth = 0;
      for (const char of word) {
        const charWidth = face.width(char, size);
        if (line && lineWidth + charWidth > width) {
          lines.push(line);
          line = "";
          lineWidth = 0;
        }
        line += char;
        lineWidth += charWidth;
      }
    }
    lines.push(line);
  }
  return lines;
}

/** Lays blocks out top to bottom in the content area, starting a new page when one is full. */
export class Flow {
  readonly pages: PageCanvas[] = [];
  y = MARGIN_TOP;
  readonly left = MARGIN_X;
  readonly width = CONTENT_WIDTH;
  readonly bottom = PAGE_HEIGHT - MARGIN_BOTTOM;

  constructor(readonly writer: DocumentWriter) {
    this.newPage();
  }

  get page(): PageCanvas {
    return this.pages[this.pages.length - 1];
  }

  newPage(): void {
    this.pages.push(this.writer.canvas());
    this.y = MARGIN_TOP;
  }

  get isAtPageTop(): boolean {
    return this.y === MARGIN_TOP;
  }

  /** Makes sure `height` points fit below the cursor; a new page otherwise. */
  ensure(height: number): void {
    if (this.y + height > this.bottom && !this.isAtPageTop) this.newPage();
  }

  face(style: TextStyle): FontFace {
    return this.writer.faces[style.face];
  }

  lines(text: string, style: TextStyle, width: number): string[] {
    return wrapText(this.face(style), text, style.size, width);
  }

  lineHeight(style: TextStyle): number {
    return style.size * style.lineHeight;
  }

  /** Draws already wrapped lines at the cursor without page breaks; returns the height used. */
  drawLines(lines: string[], style: TextStyle, x: number, y: number, align: "left" | "right" = "left", width = 0): number {
    const leading = this.lineHeight(style);
    const face = this.face(style);
    const baseline = face.baseline(style.size, leading);
    lines.forEach((line, i) => {
      const lineX = align === "right" ? x + width - face.width(line, style.size) : x;
      this.page.text(line, lineX, y + i * leading + baseline, style.face, style.size, style.color);
    });
    return lines.length * leading;
  }

  /**
   * A paragraph, optionally with a hanging label ("1.", "A.") in the left `indent` points. Lines
   * may run onto the next page, but never one line alone at the bottom or top of a page.
   */
  paragraph(text: string, style: TextStyle, options: { indent?: number; label?: string; spaceBefore?: number; spaceAfter?: number; keepWithNext?: number } = {}): void {
    const indent = options.indent ?? 0;
    const leading = this.lineHeight(style);
    const lines = this.lines(text, style, this.width - indent);
    if (options.spaceBefore && !this.isAtPageTop) this.y += options.spaceBefore;
    const whole = lines.length * leading + (options.keepWithNext ?? 0);
    if (this.y + whole > this.bottom) {
      const fitting = Math.floor((this.bottom - this.y) / leading);
      if (lines.length < 4 || fitting < 2 || lines.length - fitting < 2) this.ensure(whole);
    }
    let first = true;
    let index = 0;
    while (index < lines.length) {
      const room = Math.max(1, Math.floor((this.bottom - this.y + 0.01) / leading));
      let take = Math.min(room, lines.length - index);
      if (take < lines.length - index && lines.length - index - take < 2 && take > 2) take -= 1; // no widow
      const chunk = lines.slice(index, index + take);
      if (first && options.label) this.drawLines([options.label], style, this.left, this.y);
      this.drawLines(chunk, style, this.left + indent, this.y);
      this.y += chunk.length * leading;
      index += take;
      first = false;
      if (index < lines.length) this.newPage();
    }
    this.y += options.spaceAfter ?? 0;
  }

  /** A block that is never split: moves to a new page when it does not fit. */
  keepTogether(height: number, draw: (y: number) => void): void {
    this.ensure(height);
    draw(this.y);
    this.y += height;
  }
}
