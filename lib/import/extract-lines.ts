import { linesFromText } from "./clean-lines";
import { detectFileKind } from "./detect-file-kind";
import { extractDocxLines } from "./extract-docx";
import { importErrors, MAX_IMPORT_BYTES } from "./errors";
import { extractPdfLines } from "./extract-pdf";
import type { FileKind, SourceLine } from "./types";

/** The lines of an uploaded PDF, DOCX or plain-text file, its kind decided by content. */
export async function extractLines(bytes: Uint8Array): Promise<{ kind: FileKind; lines: SourceLine[] }> {
  if (bytes.byteLength > MAX_IMPORT_BYTES) throw importErrors.tooLarge();
  const kind = detectFileKind(bytes);
  if (kind === "pdf") return { kind, lines: await extractPdfLines(bytes) };
  if (kind === "docx") return { kind, lines: extractDocxLines(bytes) };
  const lines = linesFromText(new TextDecoder("utf-8").decode(bytes));
  if (!lines.some((line) => line.text.trim())) throw importErrors.empty();
  return { kind, lines };
}
