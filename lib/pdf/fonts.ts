import "server-only";
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { Font } from "@react-pdf/renderer";

// DejaVu Sans Condensed: embedded (so the PDF looks the same in every viewer and can become PDF/A),
// full Latin coverage for Dutch diacritics, and narrow enough for five table columns on A4 portrait.
export const TEXT_FONT = "DejaVu Sans Condensed";
export const MONO_FONT = "DejaVu Sans Mono";

function fontDirectory(): string {
  const candidates: string[] = [];
  try {
    const require = createRequire(import.meta.url);
    candidates.push(path.join(path.dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf"));
  } catch {
    // Bundled server code may have no resolvable import.meta.url; the project root still has the package.
  }
  candidates.push(path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf"));
  const found = candidates.find((dir) => fs.existsSync(path.join(dir, "DejaVuSansCondensed.ttf")));
  if (!found) throw new Error(`DejaVu fonts not found (looked in ${candidates.join(", ")}); is dejavu-fonts-ttf installed?`);
  return found;
}

const registered = Symbol.for("verwerkersovereenkomst.pdf.fonts");

/** Registers the fonts once per process (module reloads in development must not add them twice). */
export function registerPdfFonts(): void {
  const holder = globalThis as { [registered]?: boolean };
  if (holder[registered]) return;
  const dir = fontDirectory();
  Font.register({
    family: TEXT_FONT,
    fonts: [
      { src: path.join(dir, "DejaVuSansCondensed.ttf"), fontWeight: 400, fontStyle: "normal" },
      { src: path.join(dir, "DejaVuSansCondensed-Bold.ttf"), fontWeight: 700, fontStyle: "normal" },
      { src: path.join(dir, "DejaVuSansCondensed-Oblique.ttf"), fontWeight: 400, fontStyle: "italic" },
      { src: path.join(dir, "DejaVuSansCondensed-BoldOblique.ttf"), fontWeight: 700, fontStyle: "italic" },
    ],
  });
  Font.register({ family: MONO_FONT, src: path.join(dir, "DejaVuSansMono.ttf") });
  // react-pdf hyphenates with English patterns and splits Dutch words wrongly ("verwerkingsverant-
  // woordelijke" at the wrong place, or worse). No hyphenation at all: lines break between words, and
  // table columns are sized so that the longest word fits (see table-columns.ts).
  Font.registerHyphenationCallback((word) => [word]);
  holder[registered] = true;
}
