import type { DraftContent } from "@/lib/agreements/schemas";

/** One line of an uploaded document, as extraction found it. */
export type SourceLine = {
  text: string;
  /** A DOCX paragraph styled as a heading (no number needed to recognise it). */
  isHeading?: boolean;
  /** A DOCX paragraph with automatic numbering or bullets (w:numPr). */
  isListItem?: boolean;
  /** A table row (DOCX w:tr), one string per cell. */
  cells?: string[];
};

export type ImportWarning = { key: string; params?: Record<string, string | number> };

export type ImportSummary = {
  articles: number;
  clauses: number;
  subClauses: number;
  listItems: number;
  dataCategoryRows: number;
  subProcessorRows: number;
  /** Annexes kept as text (an extra article at the end) for the processor to split. */
  annexNotes: number;
  warnings: ImportWarning[];
};

export type ParsedDpa = { language: "nl" | "en"; content: DraftContent; summary: ImportSummary };

export type FileKind = "pdf" | "docx" | "text";
