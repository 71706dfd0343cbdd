import { countryNames } from "@/lib/validation/countries";

// A sub-processor's location as written in a DPA ("Duitsland", "Ierland (Dublin)", "EU", "USA")
// to the code the editor stores: ISO 3166-1 alpha-2, or "EU".

const aliases: Record<string, string> = {
  eu: "EU", "europese unie": "EU", "european union": "EU", eer: "EU", eea: "EU", europa: "EU", europe: "EU",
  "eu/eer": "EU", "eu/eea": "EU",
  usa: "US", vs: "US", "v.s.": "US", "u.s.": "US", "verenigde staten van amerika": "US", "united states of america": "US",
  uk: "GB", "groot-brittannië": "GB", "great britain": "GB", engeland: "GB", england: "GB",
  "the netherlands": "NL", holland: "NL",
};

const byName = new Map<string, string>();
for (const [code, names] of Object.entries(countryNames)) {
  byName.set(names.en.toLowerCase(), code);
  byName.set(names.nl.toLowerCase(), code);
  byName.set(code.toLowerCase(), code);
}

function lookup(text: string): string | null {
  const key = text.trim().toLowerCase().replace(/\.$/, "");
  return aliases[key] ?? byName.get(key) ?? null;
}

/** The code for a location, or null when it is not recognised. */
export function countryCode(location: string): string | null {
  const whole = lookup(location);
  if (whole) return whole;
  // "Ierland (Dublin)", "Frankfurt, Duitsland", "EU (Frankfurt)"
  for (const part of location.split(/[(),/;–-]/)) {
    const code = lookup(part);
    if (code) return code;
  }
  return null;
}
