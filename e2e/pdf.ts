import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** What a person would see in a PDF: its text (pdftotext) and how many images it holds (pdfimages). */
export function inspectPdf(bytes: Buffer) {
  const file = join(mkdtempSync(join(tmpdir(), "e2e-pdf-")), "document.pdf");
  writeFileSync(file, bytes);
  const text = execFileSync("pdftotext", ["-layout", file, "-"]).toString();
  const imageLines = execFileSync("pdfimages", ["-list", file]).toString().trim().split("\n").slice(2);
  const images = imageLines.filter((line) => !/\bsmask\b/.test(line)).length;
  return { text, flatText: text.replace(/\s+/g, " "), images };
}
