import { z } from "zod";
import { isEuEeaCountry, isKnownCountry } from "./countries";
import { refinePrintable } from "./printable";

// Messages are i18n keys (lib/i18n/messages); the boundary translates them for the reader.

/** Trims, refuses empty and over-long text, and characters the PDF's font cannot print (printable.ts). */
export const requiredText = (max: number) =>
  z.string({ error: "validation.required" }).trim().min(1, "validation.required").max(max, "validation.tooLong").superRefine(refinePrintable);

export const optionalText = (max: number) =>
  z.string({ error: "validation.required" }).trim().max(max, "validation.tooLong").superRefine(refinePrintable);

/** Any text that is printed in a PDF: refuses characters its font cannot print. */
export const printableText = () => z.string().superRefine(refinePrintable);

export const email = z
  .string({ error: "validation.required" })
  .trim()
  .toLowerCase()
  .min(1, "validation.required")
  .max(254, "validation.tooLong")
  .pipe(z.email("validation.email"));

export const countryCode = z
  .string({ error: "validation.required" })
  .trim()
  .toUpperCase()
  .refine(isKnownCountry, "validation.country");

/** Dutch KvK numbers are exactly 8 digits; elsewhere 2-20 letters, digits, dots, dashes or spaces. */
export function registrationNumberError(country: string, value: string): string | null {
  if (country === "NL") return /^\d{8}$/.test(value) ? null : "validation.kvk";
  return /^[A-Za-z0-9][A-Za-z0-9 .\-/]{1,19}$/.test(value) ? null : "validation.registrationNumber";
}

export const registrationNumber = z
  .string({ error: "validation.required" })
  .trim()
  .min(1, "validation.required")
  .max(20, "validation.tooLong");

export { isEuEeaCountry };
