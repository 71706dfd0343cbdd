import { countryNames } from "@/lib/validation/countries";
import type { PersonalDataItemDoc, SubProcessorDoc, TransferBasis } from "./types";

// Rows copied from a spreadsheet (Excel, LibreOffice, Google Sheets put tab-separated lines on the
// clipboard) turned into annex rows. Pure functions: the editor calls them from a paste event.

/** Splits tab-separated text into rows of cells; cells in double quotes may hold tabs, newlines and "" for a quote. */
export function parseTsv(source: string): string[][] {
  const text = source.replace(/\r\n?/g, "\n");
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let i = 0;
  let atCellStart = true;
  while (i < text.length) {
    const ch = text[i];
    if (atCellStart && ch === '"') {
      // A quoted cell: up to the closing quote that is followed by a tab, a newline or the end.
      let j = i + 1;
      let value = "";
      let isClosed = false;
      while (j < text.length) {
        if (text[j] === '"') {
          if (text[j + 1] === '"') { value += '"'; j += 2; continue; }
          if (j + 1 === text.length || text[j + 1] === "\t" || text[j + 1] === "\n") { isClosed = true; j += 1; break; }
        }
        value += text[j];
        j += 1;
      }
      if (isClosed) {
        cell = value;
        i = j;
        atCellStart = false;
        continue;
      }
    }
    atCellStart = false;
    if (ch === "\t") {
      row.push(cell);
      cell = "";
      atCellStart = true;
    } else if (ch === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      atCellStart = true;
    } else {
      cell += ch;
    }
    i += 1;
  }
  if (cell !== "" || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows.map((r) => r.map((c) => c.trim())).filter((r) => r.some((c) => c !== ""));
}

/**
 * Whether a paste should become rows rather than text in the field: anything with a tab, or several
 * lines pasted into a one-line field. A single value pastes normally.
 */
export function isRowsPaste(text: string, isMultilineField: boolean): boolean {
  const trimmed = text.replace(/[\r\n]+$/, "");
  if (trimmed.includes("\t")) return true;
  return !isMultilineField && /[\r\n]/.test(trimmed);
}

const fold = (value: string) =>
  value.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();

const aliases: Record<string, string> = {
  uk: "GB", "great britain": "GB", "groot brittannie": "GB", england: "GB", engeland: "GB",
  usa: "US", "u s": "US", "u s a": "US", "united states of america": "US", "verenigde staten van amerika": "US", amerika: "US", america: "US",
  holland: "NL", "the netherlands": "NL", "nederland nl": "NL",
  europe: "EU", europa: "EU", "eu eer": "EU", "eu eea": "EU",
  "czech republic": "CZ", tsjechische: "CZ", "tsjechische republiek": "CZ",
  korea: "KR", "republic of korea": "KR",
};

/** An ISO code ("DE"), or an English or Dutch country name ("Germany", "Duitsland"), as the code the annex uses; null if unknown. */
export function countryCode(value: string): string | null {
  const raw = value.trim();
  if (!raw) return null;
  const upper = raw.toUpperCase();
  if (/^[A-Z]{2}$/.test(upper) && upper in countryNames) return upper;
  const key = fold(raw);
  if (key in aliases) return aliases[key];
  for (const [code, names] of Object.entries(countryNames)) {
    if (fold(names.en) === key || fold(names.nl) === key) return code;
  }
  return null;
}

/** A transfer basis by its code or by (part of) its English or Dutch name; null if not recognised. */
export function transferBasisOf(value: string): TransferBasis | null {
  const key = fold(value);
  if (!key) return null;
  const code = value.trim().toUpperCase();
  const codes: TransferBasis[] = ["NONE_NEEDED", "ADEQUACY_DECISION", "EU_US_DPF", "STANDARD_CONTRACTUAL_CLAUSES", "BINDING_CORPORATE_RULES", "DEROGATION"];
  if ((codes as string[]).includes(code)) return code as TransferBasis;
  if (/\bscc\b|standard contractual|modelcontract|standaard ?contract|standaardbepaling/.test(key)) return "STANDARD_CONTRACTUAL_CLAUSES";
  if (/\bdpf\b|privacy framework/.test(key)) return "EU_US_DPF";
  if (/adequa|passend ?heids ?besluit/.test(key)) return "ADEQUACY_DECISION";
  if (/\bbcr\b|binding corporate|bindende bedrijfsvoorschriften/.test(key)) return "BINDING_CORPORATE_RULES";
  if (/derogat|uitzondering|\b49\b/.test(key)) return "DEROGATION";
  if (/^(none|geen|none needed|niet nodig|n a)$/.test(key)) return "NONE_NEEDED";
  return null;
}

/** The columns of Annex 2, in the table's order. */
export const subProcessorColumns = ["name", "serviceArea", "purposes", "dataConcerned", "country", "transferBasis"] as const;
export type SubProcessorColumn = (typeof subProcessorColumns)[number];

export type PastedSubProcessor = SubProcessorDoc & {
  /** The country as pasted, when it was not recognised (the row's country is then empty). */
  unknownCountry?: string;
};

/** One sub-processor per line; the first cell goes into `startColumn`, the next cells into the columns after it. */
export function subProcessorsFromTsv(text: string, startColumn: SubProcessorColumn = "name"): PastedSubProcessor[] {
  const first = subProcessorColumns.indexOf(startColumn);
  return parseTsv(text).map((cells) => {
    const row: PastedSubProcessor = { name: "", serviceArea: "", purposes: "", dataConcerned: "", country: "", transferBasis: "NONE_NEEDED" };
    cells.forEach((cell, n) => {
      const column = subProcessorColumns[first + n];
      if (!column || !cell) return;
      if (column === "country") {
        const code = countryCode(cell);
        if (code) row.country = code;
        else row.unknownCountry = cell;
      } else if (column === "transferBasis") {
        row.transferBasis = transferBasisOf(cell) ?? "NONE_NEEDED";
      } else {
        row[column] = cell;
      }
    });
    return row;
  });
}

/** The columns of an Annex 1 table, in order. */
export const dataItemColumns = ["name", "retention", "isSpecialCategory"] as const;
export type DataItemColumn = (typeof dataItemColumns)[number];

const yes = /^(yes|y|ja|j|true|waar|x|1|✓|✔)$/i;

/** One personal data item per line; the first cell goes into `startColumn`. */
export function dataItemsFromTsv(text: string, startColumn: DataItemColumn = "name"): PersonalDataItemDoc[] {
  const first = dataItemColumns.indexOf(startColumn);
  return parseTsv(text).map((cells) => {
    const item: PersonalDataItemDoc = { name: "", retention: "", isSpecialCategory: false };
    cells.forEach((cell, n) => {
      const column = dataItemColumns[first + n];
      if (!column) return;
      if (column === "isSpecialCategory") item.isSpecialCategory = yes.test(cell.trim());
      else item[column] = cell;
    });
    return item;
  });
}
