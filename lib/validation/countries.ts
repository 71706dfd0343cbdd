import { isoCountryNames } from "./country-names";

// ISO 3166-1 alpha-2 codes with English and Dutch names. EU/EEA membership decides whether a
// sub-processor needs a transfer basis (GDPR chapter V).
export const euEeaCountries = [
  "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU",
  "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO",
] as const;

/**
 * Every ISO 3166-1 alpha-2 country (names from Intl.DisplayNames, see country-names.ts), plus "EU"
 * for a sub-processor located somewhere inside the EU. Iteration order: "EU" first, then by code.
 */
export const countryNames: Record<string, { en: string; nl: string }> = {
  EU: { en: "European Union", nl: "Europese Unie" },
  ...isoCountryNames,
};

export function isKnownCountry(code: string): boolean {
  return Object.hasOwn(isoCountryNames, code);
}

/** "EU" is accepted as a location of a sub-processor, meaning somewhere inside the EU. */
export function isEuEeaCountry(code: string): boolean {
  return code === "EU" || (euEeaCountries as readonly string[]).includes(code);
}

export function countryName(code: string, locale: "en" | "nl"): string {
  return (Object.hasOwn(countryNames, code) ? countryNames[code][locale] : undefined) ?? code;
}
