// Fields of the standard template that the processor must complete are marked in the text itself:
// "[[Vul in: ...]]" (Dutch) or "[[Fill in: ...]]" (English). The editor highlights them and
// publishing is refused while one remains (publish-problems.ts).

/** A marked field: "[[", at most 300 characters without brackets, "]]". Linear: no nested quantifiers. */
const placeholderPattern = /\[\[[^[\]]{0,300}\]\]/g;

export function findPlaceholders(text: string): string[] {
  return text.match(placeholderPattern) ?? [];
}

export function hasPlaceholder(text: string): boolean {
  return findPlaceholders(text).length > 0;
}

/** Splits text into plain parts and placeholders, in order (for highlighting). */
export function splitPlaceholders(text: string): { text: string; isPlaceholder: boolean }[] {
  const parts: { text: string; isPlaceholder: boolean }[] = [];
  let last = 0;
  for (const match of text.matchAll(placeholderPattern)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index), isPlaceholder: false });
    parts.push({ text: match[0], isPlaceholder: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), isPlaceholder: false });
  return parts;
}
