import type { DataSubjectCategoryDoc, SubProcessorDoc, TransferBasis } from "@/lib/agreements/types";
import { isEuEeaCountry } from "@/lib/validation/countries";
import { countryCode } from "./country-code";
import type { ImportWarning, SourceLine } from "./types";

// An annex as a table where its layout allows: Annex 1 (personal data per category of data
// subjects) and Annex 2 (sub-processors). Anything else is kept as text to split by hand.

export type AnnexSource = { label: string; number: number; title: string; lines: SourceLine[] };

type AnnexResult =
  | { kind: "dataCategories"; dataCategories: DataSubjectCategoryDoc[]; rows: number; warnings: ImportWarning[] }
  | { kind: "subProcessors"; subProcessors: SubProcessorDoc[]; warnings: ImportWarning[] }
  | { kind: "note"; paragraphs: string[]; warnings: ImportWarning[] };

/** Cells of a row: DOCX table cells, or text columns split by tabs or runs of 2+ spaces. */
function cellsOf(line: SourceLine): string[] | null {
  if (line.cells) return line.cells.map((cell) => cell.replace(/\s+/g, " ").trim());
  const cells = line.text.trim().split(/\t+|\s{2,}|\s+\|\s+/).map((cell) => cell.trim());
  return cells.length >= 2 ? cells : null;
}

const subProcessorColumns = {
  name: ["naam", "name", "subverwerker", "sub-verwerker", "sub-processor", "subprocessor", "leverancier", "vendor", "partij", "provider"],
  country: ["locatie", "location", "land", "country", "vestiging", "plaats", "hosting", "region", "regio"],
  purposes: ["doel", "purpose", "activiteit", "activity", "dienstverlening", "service provided"],
  serviceArea: ["onderdeel", "dienst", "service", "part", "product", "module"],
  dataConcerned: ["gegevens", "data"],
  transferBasis: ["doorgifte", "transfer", "grondslag", "basis", "waarborg", "safeguard"],
} as const;

const dataColumns = {
  category: ["categorie", "category", "betrokkene", "data subject", "groep", "group"],
  data: ["persoonsgegevens", "personal data", "gegevens", "data"],
  retention: ["bewaartermijn", "bewaren", "retention", "termijn", "period"],
  special: ["bijzonder", "special", "gevoelig", "sensitive"],
} as const;

/** Each field to the first unused header cell that mentions one of its words. */
function mapColumns<K extends string>(header: string[], columns: Record<K, readonly string[]>): Partial<Record<K, number>> {
  const used = new Set<number>();
  const mapped: Partial<Record<K, number>> = {};
  for (const field of Object.keys(columns) as K[]) {
    const index = header.findIndex((cell, i) => !used.has(i) && columns[field].some((word) => cell.toLowerCase().includes(word)));
    if (index >= 0) {
      mapped[field] = index;
      used.add(index);
    }
  }
  return mapped;
}

function transferBasis(text: string): TransferBasis {
  const value = text.toLowerCase();
  if (/privacy framework|\bdpf\b/.test(value)) return "EU_US_DPF";
  if (/standa\w* ?contract|\bscc/.test(value)) return "STANDARD_CONTRACTUAL_CLAUSES";
  if (/adequa|passend beschermingsniveau/.test(value)) return "ADEQUACY_DECISION";
  if (/binding corporate|\bbcr\b/.test(value)) return "BINDING_CORPORATE_RULES";
  if (/derogat|uitzondering/.test(value)) return "DEROGATION";
  return "NONE_NEEDED";
}

function paragraphsOf(lines: SourceLine[]): string[] {
  const paragraphs: string[] = [];
  let current = "";
  for (const line of lines) {
    const text = line.cells ? line.cells.join(" | ") : line.text.replace(/\s+/g, " ").trim();
    if (!text || line.cells) {
      if (current) paragraphs.push(current);
      current = "";
      if (text) paragraphs.push(text);
      continue;
    }
    current = current ? `${current} ${text}` : text;
  }
  if (current) paragraphs.push(current);
  return paragraphs;
}

/** Where the columns of a space-aligned header start, so that rows can be cut at the same places. */
function columnStarts(line: SourceLine): number[] | null {
  if (line.cells || line.text.includes("\t")) return null;
  // A column starts at the first character, and at each character after two or more spaces.
  const text = line.text;
  const starts: number[] = [];
  let spaces = 0;
  for (let i = 0; i < text.length; i++) {
    if (/\s/.test(text[i])) spaces++;
    else {
      if (i === 0 || spaces >= 2) starts.push(i);
      spaces = 0;
    }
  }
  return starts.length >= 2 ? starts : null;
}

function cutAt(text: string, starts: number[]): string[] | null {
  if (text.includes("\t") || text.length <= starts[starts.length - 1]) return null;
  return starts.map((start, i) => text.slice(start, starts[i + 1]).trim());
}

export function readAnnex(annex: AnnexSource): AnnexResult {
  const split = annex.lines.map(cellsOf);
  const headerIndex = split.findIndex((cells) => cells !== null);
  const starts = headerIndex >= 0 ? columnStarts(annex.lines[headerIndex]) : null;
  const rows = split.map((cells, i) => (starts && i > headerIndex && annex.lines[i].text.trim() ? (cutAt(annex.lines[i].text, starts) ?? cells) : cells));
  const header = headerIndex >= 0 ? rows[headerIndex]! : null;
  const body = header
    ? rows.slice(headerIndex + 1).filter((cells): cells is string[] => cells !== null && cells.length >= 2 && cells.length <= header.length)
    : [];
  const expectsTable = annex.number === 1 || annex.number === 2;

  if (header && body.length) {
    const sub = mapColumns(header, subProcessorColumns);
    const data = mapColumns(header, dataColumns);
    const isSubProcessors = sub.name !== undefined && (sub.country !== undefined || sub.purposes !== undefined) && (annex.number !== 1 || data.category === undefined);
    if (isSubProcessors) return readSubProcessors(body, sub);
    if (data.category !== undefined && data.data !== undefined) return readDataCategories(body, data);
  }
  const warnings: ImportWarning[] = expectsTable ? [{ key: "import.warning.annexNotTable", params: { annex: annex.label } }] : [];
  return { kind: "note", paragraphs: paragraphsOf(annex.lines), warnings };
}

function readSubProcessors(body: string[][], columns: Partial<Record<keyof typeof subProcessorColumns, number>>): AnnexResult {
  const warnings: ImportWarning[] = [];
  const cell = (row: string[], field: keyof typeof subProcessorColumns) => (columns[field] === undefined ? "" : (row[columns[field]!] ?? ""));
  const subProcessors = body
    .filter((row) => cell(row, "name"))
    .map((row): SubProcessorDoc => {
      const location = cell(row, "country");
      const code = location ? countryCode(location) : null;
      if (location && !code) warnings.push({ key: "import.warning.unknownCountry", params: { name: cell(row, "name"), location } });
      const country = code ?? "";
      const basis = transferBasis(cell(row, "transferBasis"));
      return {
        name: cell(row, "name").slice(0, 200),
        serviceArea: cell(row, "serviceArea").slice(0, 120),
        purposes: cell(row, "purposes").slice(0, 1000),
        dataConcerned: cell(row, "dataConcerned").slice(0, 1000),
        country,
        transferBasis: country && isEuEeaCountry(country) ? "NONE_NEEDED" : basis,
      };
    });
  return { kind: "subProcessors", subProcessors, warnings };
}

function readDataCategories(body: string[][], columns: Partial<Record<keyof typeof dataColumns, number>>): AnnexResult {
  const cell = (row: string[], field: keyof typeof dataColumns) => (columns[field] === undefined ? "" : (row[columns[field]!] ?? ""));
  const categories: DataSubjectCategoryDoc[] = [];
  let previous: DataSubjectCategoryDoc | null = null;
  for (const row of body) {
    const name = cell(row, "category");
    // An empty first cell continues the category above (merged cells in the original table).
    const category: DataSubjectCategoryDoc = name || !previous ? { name: name.slice(0, 200), items: [] } : previous;
    if (category !== previous) categories.push(category);
    previous = category;
    const isSpecial = /^(ja|yes|x|✓|bijzonder|special)/i.test(cell(row, "special"));
    for (const item of cell(row, "data").split(/\s*[,;]\s*/).filter(Boolean)) {
      category.items.push({ name: item.slice(0, 200), retention: cell(row, "retention").slice(0, 200), isSpecialCategory: isSpecial });
    }
  }
  return { kind: "dataCategories", dataCategories: categories, rows: body.length, warnings: [] };
}
