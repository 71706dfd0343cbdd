// Formatting commands for the clause notation (lib/agreements/markup.ts), as pure functions on the
// text and the selection of a textarea: the editor's toolbar and Ctrl/Cmd+B, Ctrl/Cmd+I use them.

export type TextEdit = { text: string; start: number; end: number };

const bulletPrefix = /^(\s*)[-*•]\s+/;
const numberedPrefix = /^(\s*)(?:\d+[.)]|[a-z][.)])\s+/i;
const anyPrefix = /^(\s*)(?:[-*•]|\d+[.)]|[a-z][.)])\s+/i;

/** Wraps the selection in a marker ("**" bold, "_" italic), or removes it when the selection is wrapped already. */
export function toggleInline(text: string, start: number, end: number, marker: "**" | "_"): TextEdit {
  const m = marker.length;
  // Already wrapped: markers just outside or just inside the selection.
  if (text.slice(start - m, start) === marker && text.slice(end, end + m) === marker && !(marker === "_" && start === end)) {
    return { text: text.slice(0, start - m) + text.slice(start, end) + text.slice(end + m), start: start - m, end: end - m };
  }
  const selected = text.slice(start, end);
  if (selected.length > 2 * m && selected.startsWith(marker) && selected.endsWith(marker)) {
    const inner = selected.slice(m, -m);
    return { text: text.slice(0, start) + inner + text.slice(end), start, end: start + inner.length };
  }
  // Nothing selected: take the word at the cursor, or insert an empty pair to type in.
  if (start === end) {
    const before = /[\p{L}\p{N}'’-]*$/u.exec(text.slice(0, start))![0];
    const after = /^[\p{L}\p{N}'’-]*/u.exec(text.slice(end))![0];
    if (!before && !after) {
      return { text: text.slice(0, start) + marker + marker + text.slice(end), start: start + m, end: start + m };
    }
    return toggleInline(text, start - before.length, end + after.length, marker);
  }
  // Markers go around each line's text (inside any list prefix), never around spaces at the edges.
  let result = "";
  const lines = selected.split("\n");
  lines.forEach((line, index) => {
    if (index > 0) result += "\n";
    const isLineStart = index > 0 || start === 0 || text[start - 1] === "\n";
    const prefix = isLineStart ? (anyPrefix.exec(line)?.[0] ?? "") : "";
    const body = line.slice(prefix.length);
    const lead = /^\s*/.exec(body)![0];
    const trail = /\s*$/.exec(body)![0];
    const core = body.slice(lead.length, body.length - trail.length);
    result += core ? `${prefix}${lead}${marker}${core}${marker}${trail}` : line;
  });
  return { text: text.slice(0, start) + result + text.slice(end), start, end: start + result.length };
}

/**
 * Makes the lines touched by the selection a bullet list ("- ") or a numbered list ("1. ", "2. ", ...),
 * or plain lines again when they all are that kind of list already. Empty lines stay empty.
 */
export function toggleList(text: string, start: number, end: number, kind: "bullet" | "numbered"): TextEdit {
  const from = text.lastIndexOf("\n", start - 1) + 1;
  const endLine = text.indexOf("\n", end > start && text[end - 1] === "\n" ? end - 1 : end);
  const to = endLine === -1 ? text.length : endLine;
  const lines = text.slice(from, to).split("\n");
  const own = kind === "bullet" ? bulletPrefix : numberedPrefix;
  const filled = lines.filter((line) => line.trim());
  const isApplied = filled.length > 0 && filled.every((line) => own.test(line));
  let n = 0;
  const changed = lines.map((line) => {
    if (!line.trim()) return line;
    const indent = /^\s*/.exec(line)![0];
    const body = line.replace(anyPrefix, "").trimStart();
    if (isApplied) return `${indent}${body}`;
    n += 1;
    return `${indent}${kind === "bullet" ? "-" : `${n}.`} ${body}`;
  });
  const block = changed.join("\n");
  return { text: text.slice(0, from) + block + text.slice(to), start: from, end: from + block.length };
}
