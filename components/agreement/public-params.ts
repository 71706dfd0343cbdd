// Parsing of the public addresses (/{org}/{agreement}/v/{number}). Slugs are made by slugify
// (lower-case letters, digits, dashes); anything else cannot exist, so it is a 404 without asking
// the database, and odd input (a NUL byte, a huge number) never reaches a query.

const slugPattern = /^[a-z0-9][a-z0-9-]{0,79}$/;

export function parseSlug(value: string): string | null {
  return slugPattern.test(value) ? value : null;
}

/** "3" -> 3; "03", "3.0", "-1", "99999999999" -> null. */
export function parseVersionNumber(value: string | null | undefined): number | null {
  if (!value || !/^[1-9]\d{0,6}$/.test(value)) return null;
  return Number(value);
}
