import { importErrors } from "./errors";
import { readZipEntry } from "./read-zip-entry";
import type { SourceLine } from "./types";

// A DOCX is a ZIP with the text in word/document.xml: paragraphs (w:p) of runs (w:t), and
// tables (w:tbl > w:tr > w:tc). Only these few elements matter, so the XML is read by one pass
// over its tags (indexOf, no regular expression over the document): the work grows linearly with
// the file whatever it contains, and no external entities or DTDs are ever resolved.

function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(lt|gt|amp|quot|apos|#\d{1,8}|#x[0-9a-f]{1,8});/gi, (entity, name: string) => {
    const named: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
    if (name in named) return named[name];
    const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });
}

/** The value of one attribute in a tag's text (`w:pStyle w:val="Heading1"/`). */
function attribute(tag: string, name: string): string {
  const start = tag.indexOf(`${name}="`);
  if (start < 0) return "";
  const from = start + name.length + 2;
  const end = tag.indexOf('"', from);
  return end < 0 ? "" : tag.slice(from, end);
}

type Paragraph = { text: string; isInProperties: boolean; hasProperties: boolean; style: string; isNumbered: boolean };

function paragraphLine(paragraph: Paragraph): SourceLine {
  const line: SourceLine = { text: paragraph.text.trimEnd() };
  if (/^(heading|kop)\s*\d/i.test(paragraph.style)) line.isHeading = true;
  else if (paragraph.isNumbered || /^list/i.test(paragraph.style)) line.isListItem = true;
  return line;
}

export function extractDocxLines(bytes: Uint8Array): SourceLine[] {
  const documentXml = readZipEntry(bytes, "word/document.xml");
  if (!documentXml) throw importErrors.invalidDocx();
  const xml = new TextDecoder("utf-8").decode(documentXml);
  const bodyStart = xml.indexOf("<w:body>");
  const bodyEnd = xml.lastIndexOf("</w:body>");
  if (bodyStart < 0 || bodyEnd < bodyStart) throw importErrors.invalidDocx();

  const lines: SourceLine[] = [];
  let paragraph: Paragraph | null = null;
  let tableDepth = 0;
  let rows: string[][] = [];
  let row: string[] | null = null;
  let cell: string[] | null = null;

  let at = bodyStart + "<w:body>".length;
  while (at < bodyEnd) {
    const open = xml.indexOf("<", at);
    if (open < 0 || open >= bodyEnd) break;
    const close = xml.indexOf(">", open);
    if (close < 0) break;
    at = close + 1;
    const tag = xml.slice(open + 1, close);
    const isClosing = tag.startsWith("/");
    const isEmpty = tag.endsWith("/");
    let nameEnd = isClosing ? 1 : 0;
    while (nameEnd < tag.length && tag[nameEnd] !== " " && tag[nameEnd] !== "/" && tag[nameEnd] !== "\t" && tag[nameEnd] !== "\n" && tag[nameEnd] !== "\r") nameEnd++;
    const name = tag.slice(isClosing ? 1 : 0, nameEnd);

    if (name === "w:p") {
      if (isClosing) {
        if (!paragraph) continue;
        if (tableDepth > 0) {
          const text = paragraph.text.trim();
          if (cell && text) cell.push(text);
        } else {
          lines.push(paragraphLine(paragraph));
          // Word paragraphs are whole paragraphs: a blank line keeps the parser from joining them.
          lines.push({ text: "" });
        }
        paragraph = null;
      } else if (isEmpty) {
        if (tableDepth === 0 && !paragraph) lines.push({ text: "" }, { text: "" });
      } else if (!paragraph) {
        paragraph = { text: "", isInProperties: false, hasProperties: false, style: "", isNumbered: false };
      }
      continue;
    }
    if (name === "w:tbl") {
      if (isEmpty) continue;
      if (!isClosing) {
        if (++tableDepth === 1) rows = [];
      } else if (tableDepth > 0 && --tableDepth === 0) {
        for (const cells of rows) lines.push({ text: cells.join("\t"), cells });
        lines.push({ text: "" });
        row = null;
        cell = null;
      }
      continue;
    }
    if (tableDepth === 1 && !isEmpty && (name === "w:tr" || name === "w:tc")) {
      if (name === "w:tr") {
        if (!isClosing) row = [];
        else if (row) {
          rows.push(row);
          row = null;
        }
      } else if (!isClosing) cell = [];
      else if (cell && row) {
        row.push(cell.join(" "));
        cell = null;
      }
      continue;
    }
    if (!paragraph) continue;
    if (name === "w:pPr") {
      if (isEmpty) continue;
      if (isClosing) {
        paragraph.isInProperties = false;
        paragraph.hasProperties = true;
      } else paragraph.isInProperties = true;
      continue;
    }
    if (paragraph.isInProperties) {
      // Only the first w:pPr describes the paragraph.
      if (paragraph.hasProperties || isClosing) continue;
      if (name === "w:pStyle" && !paragraph.style) paragraph.style = attribute(tag, "w:val");
      else if (name === "w:numPr") paragraph.isNumbered = true;
      continue;
    }
    if (isClosing) continue;
    if (name === "w:t" && !isEmpty) {
      const textEnd = xml.indexOf("<", at);
      const end = textEnd < 0 ? bodyEnd : Math.min(textEnd, bodyEnd);
      paragraph.text += decodeEntities(xml.slice(at, end));
      at = end;
    } else if (name === "w:tab") paragraph.text += "\t";
    else if (name === "w:br" || name === "w:cr") paragraph.text += " ";
  }
  if (!lines.some((line) => line.text.trim())) throw importErrors.noText();
  return lines;
}
