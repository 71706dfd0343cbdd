// ISO 3166-1 alpha-2 codes with English and Dutch names. EU/EEA membership decides whether a
// sub-processor needs a transfer basis (GDPR chapter V).
export const euEeaCountries = [
  "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU",
  "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO",
] as const;

export const countryNames: Record<string, { en: string; nl: string }> = {
  EU: { en: "European Union", nl: "Europese Unie" },
  AT: { en: "Austria", nl: "Oostenrijk" },
  BE: { en: "Belgium", nl: "België" },
  BG: { en: "Bulgaria", nl: "Bulgarije" },
  HR: { en: "Croatia", nl: "Kroatië" },
  CY: { en: "Cyprus", nl: "Cyprus" },
  CZ: { en: "Czechia", nl: "Tsjechië" },
  DK: { en: "Denmark", nl: "Denemarken" },
  EE: { en: "Estonia", nl: "Estland" },
  FI: { en: "Finland", nl: "Finland" },
  FR: { en: "France", nl: "Frankrijk" },
  DE: { en: "Germany", nl: "Duitsland" },
  GR: { en: "Greece", nl: "Griekenland" },
  HU: { en: "Hungary", nl: "Hongarije" },
  IE: { en: "Ireland", nl: "Ierland" },
  IT: { en: "Italy", nl: "Italië" },
  LV: { en: "Latvia", nl: "Letland" },
  LT: { en: "Lithuania", nl: "Litouwen" },
  LU: { en: "Luxembourg", nl: "Luxemburg" },
  MT: { en: "Malta", nl: "Malta" },
  NL: { en: "Netherlands", nl: "Nederland" },
  PL: { en: "Poland", nl: "Polen" },
  PT: { en: "Portugal", nl: "Portugal" },
  RO: { en: "Romania", nl: "Roemenië" },
  SK: { en: "Slovakia", nl: "Slowakije" },
  SI: { en: "Slovenia", nl: "Slovenië" },
  ES: { en: "Spain", nl: "Spanje" },
  SE: { en: "Sweden", nl: "Zweden" },
  IS: { en: "Iceland", nl: "IJsland" },
  LI: { en: "Liechtenstein", nl: "Liechtenstein" },
  NO: { en: "Norway", nl: "Noorwegen" },
  CH: { en: "Switzerland", nl: "Zwitserland" },
  GB: { en: "United Kingdom", nl: "Verenigd Koninkrijk" },
  US: { en: "United States", nl: "Verenigde Staten" },
  CA: { en: "Canada", nl: "Canada" },
  AU: { en: "Australia", nl: "Australië" },
  NZ: { en: "New Zealand", nl: "Nieuw-Zeeland" },
  JP: { en: "Japan", nl: "Japan" },
  KR: { en: "South Korea", nl: "Zuid-Korea" },
  IL: { en: "Israel", nl: "Israël" },
  IN: { en: "India", nl: "India" },
  SG: { en: "Singapore", nl: "Singapore" },
  BR: { en: "Brazil", nl: "Brazilië" },
  UA: { en: "Ukraine", nl: "Oekraïne" },
  TR: { en: "Turkey", nl: "Turkije" },
  ZA: { en: "South Africa", nl: "Zuid-Afrika" },
  AR: { en: "Argentina", nl: "Argentinië" },
  UY: { en: "Uruguay", nl: "Uruguay" },
  CN: { en: "China", nl: "China" },
  RS: { en: "Serbia", nl: "Servië" },
  PH: { en: "Philippines", nl: "Filipijnen" },
};

export function isKnownCountry(code: string): boolean {
  return code !== "EU" && code in countryNames;
}

/** "EU" is accepted as a location of a sub-processor, meaning somewhere inside the EU. */
export function isEuEeaCountry(code: string): boolean {
  return code === "EU" || (euEeaCountries as readonly string[]).includes(code);
}

export function countryName(code: string, locale: "en" | "nl"): string {
  return countryNames[code]?.[locale] ?? code;
}
