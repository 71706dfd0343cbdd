import type { Translate } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/i18n/locale";
import { countryName } from "@/lib/validation/countries";

// Plain helpers shared by the redline page and the redline PDF (no database, no server-only).

export function versionName(version: { number: number | null; status: string }, t: Translate): string {
  return version.status === "DRAFT" || version.number === null ? t("versions.draft") : t("versions.number", { n: version.number });
}

/** A value of an annex row as a reader sees it. */
export function rowValue(field: string, value: unknown, t: Translate, locale: Locale): string {
  if (field === "isSpecialCategory") return value ? t("redline.yes") : t("redline.no");
  if (field === "country") return countryName(String(value), locale);
  if (field === "transferBasis") return t(`trust.transferBasis.${String(value)}`);
  const text = String(value ?? "");
  return text === "" ? t("redline.empty") : text;
}

export const dataItemColumns = ["category", "name", "retention", "isSpecialCategory"] as const;
export const subProcessorColumns = ["name", "serviceArea", "purposes", "dataConcerned", "country", "transferBasis"] as const;

export function columnLabel(table: "dataItems" | "subProcessors", field: string, t: Translate): string {
  return t(`redline.columns.${table === "dataItems" && field === "name" ? "item" : field}`);
}
