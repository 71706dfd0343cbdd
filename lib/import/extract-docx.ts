import { unzipSync } from "fflate";
import { importErrors } from "./errors";
import type { SourceLine } from "./types";

// A DOCX is a ZIP with the text in word/document.xml: paragraphs (w:p) of runs (w:t), and
// tables (w:tbl > w:tr > w:tc). Read with regular expressions: only these few elements matter,
// and no external entities or DTDs are ever resolved.

const MAX_XML_BYTES = 50 * 1024 * 1024;

function decodeEntities(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (entity, name: string) => {
    const named: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
    if (name in named) return named[name];
    const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });
}

function paragraphText(xml: string): string {
  const body = xml.replace(/<w:pPr>[\s\S]*?<\/w:pPr>/g, "");
  let text = "";
  for (const match of body.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>|<w:cr\/>/g)) {
    if (match[1] !== undefined) text += decodeEntities(match[1]);
    else text += match[0] === "<w:tab/>" ? "\t" : " ";
  }
  return text;
}

function paragraphLine(xml: string): SourceLine {
  const properties = /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(xml)?.[1] ?? "";
  const style = /<w:pStyle w:val="([^"]*)"/.exec(properties)?.[1] ?? "";
  const line: SourceLine = { text: paragraphText(xml).replace(/\s+$/, "") };
  if (/^(heading|kop)\s*\d/i.test(style)) line.isHeading = true;
  else if (/<w:numPr>/.test(properties) || /^list/i.test(style)) line.isListItem = true;
  return line;
}

function tableLines(xml: string): SourceLine[] {
  return [...xml.matchAll(/<w:tr\b[\s\S]*?<\/w:tr>/g)].map((row) => {
    const cells = [...row[0].matchAll(/<w:tc\b[\s\S]*?<\/w:tc>/g)].map((cell) =>
      [...cell[0].matchAll(/<w:p\b[\s\S]*?<\/w:p>/g)].map((p) => paragraphText(p[0]).trim()).filter(Boolean).join(" "),
    );
    return { text: cells.join("\t"), cells };
  });
}

export function extractDocxLines(bytes: Uint8Array): SourceLine[] {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (file) => file.name === "word/document.xml" && file.originalSize <= MAX_XML_BYTES });
  } catch {
    throw importErrors.invalidDocx();
  }
  const documentXml = files["word/document.xml"];
  if (!documentXml) throw importErrors.invalidDocx();
  const xml = new TextDecoder("utf-8").decode(documentXml);
  const body = /<w:body>([\s\S]*)<\/w:body>/.exec(xml)?.[1];
  if (body === undefined) throw importErrors.invalidDocx();

  const lines: SourceLine[] = [];
  for (const match of body.matchAll(/<w:tbl\b[\s\S]*?<\/w:tbl>|<w:p\b[\s\S]*?<\/w:p>|<w:p\b[^>]*\/>/g)) {
    if (match[0].startsWith("<w:tbl")) lines.push(...tableLines(match[0]));
    else lines.push(paragraphLine(match[0]));
    // Word paragraphs are whole paragraphs: a blank line keeps the parser from joining them.
    lines.push({ text: "" });
  }
  if (!lines.some((line) => line.text.trim())) throw importErrors.noText();
  return lines;
}
