"use client";
import { createContext, useContext } from "react";
import type { Translate } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/i18n/locale";
import type { FieldMessage } from "./controls";
import type { Direction, EditorAction } from "./editor-state";

export type EditorContextValue = {
  t: Translate;
  locale: Locale;
  dispatch: (action: EditorAction) => void;
  isReadOnly: boolean;
  /** The message for a field by its path in the content ("articles.2.clauses.0"). */
  messageAt: (path: string) => FieldMessage | undefined;
  /** How many publish problems lie at or below a path. */
  problemsUnder: (prefix: string) => number;
  /**
   * Moves an item and keeps keyboard focus on its move button (the other one once it reaches an end).
   * Move buttons have the ids `${key}-up` and `${key}-down`.
   */
  move: (action: Extract<EditorAction, { dir: Direction }>, key: string, newIndex: number, count: number, announcement: string) => void;
  /** Focuses an element (by id) after the next render, e.g. a newly added clause. */
  focusSoon: (id: string) => void;
  announce: (text: string) => void;
};

export const EditorContext = createContext<EditorContextValue | null>(null);

export function useEditor(): EditorContextValue {
  const value = useContext(EditorContext);
  if (!value) throw new Error("useEditor outside the agreement editor");
  return value;
}

/** Where a problem is, in words, for the list next to the publish button. */
export function describePath(path: string, t: Translate): string {
  const parts = path.split(".");
  const n = (index: string) => Number(index) + 1;
  switch (parts[0]) {
    case "title":
    case "effectiveDate":
    case "preamble":
    case "mainAgreement":
    case "noticePeriodDays":
      return `${t("editor.outline.details")} · ${t(`editor.details.${parts[0]}`)}`;
    case "signatory":
      return `${t("editor.outline.signPublish")} · ${t(`editor.signatory.${parts[1]}`)}`;
    case "articles": {
      if (parts.length === 1) return t("editor.articles.heading");
      const article = t("editor.article.number", { n: n(parts[1]) });
      if (parts[2] === "title") return `${article} · ${t("editor.article.title")}`;
      if (parts[2] === "clauses" && parts.length === 3) return article;
      if (parts[4] === "children") return t("editor.clause.label", { number: `${n(parts[1])}.${n(parts[3])}.${n(parts[5])}` });
      return t("editor.clause.label", { number: `${n(parts[1])}.${n(parts[3])}` });
    }
    case "dataCategories": {
      const category = `${t("editor.outline.annex1")} · ${t("editor.annex1.category", { n: n(parts[1]) })}`;
      if (parts[2] === "items" && parts.length > 3) return `${category} · ${t("editor.annex1.item", { n: n(parts[3]) })}`;
      return category;
    }
    case "subProcessors": {
      const row = `${t("editor.outline.annex2")} · ${t("editor.annex2.row", { n: n(parts[1]) })}`;
      return parts[2] ? `${row} · ${t(`editor.annex2.${parts[2]}`)}` : row;
    }
    default:
      return path;
  }
}

/** Brings a field into view and focuses it; fields carry their content path in data-path. */
export function focusPath(path: string): boolean {
  const element = document.querySelector<HTMLElement>(`[data-path="${CSS.escape(path)}"]`);
  if (!element) return false;
  element.scrollIntoView({ behavior: "smooth", block: "center" });
  element.focus({ preventScroll: true });
  return true;
}
