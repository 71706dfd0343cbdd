import type { Block, Run } from "./types";

// The editor's plain-text notation for clause text, turned into structured Blocks (never HTML):
//   a blank line separates paragraphs; lines starting with "- " or "* " are bullet items;
//   lines starting with "1. " or "a) " are numbered items; **bold** and _italic_ inside a line.

const bullet = /^\s*[-*•]\s+(.*)$/;
const numbered = /^\s*(?:\d+[.)]|[a-z][.)])\s+(.*)$/i;

export function parseRuns(text: string): Run[] {
  const runs: Run[] = [];
  const pattern = /\*\*(.+?)\*\*|_(.+?)_/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) runs.push({ text: text.slice(last, match.index) });
    if (match[1] !== undefined) runs.push({ text: match[1], bold: true });
    else runs.push({ text: match[2], italic: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last) });
  return runs.filter((run) => run.text.length > 0);
}

export function parseMarkup(source: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) blocks.push({ type: "paragraph", runs: parseRuns(paragraph.join(" ")) });
    paragraph = [];
  };
  for (const rawLine of source.replace(/\r\n?/g, "\n").split("\n")) {
    const line = rawLine.trim();
    const bulletMatch = bullet.exec(rawLine);
    const numberedMatch = bulletMatch ? null : numbered.exec(rawLine);
    if (!line) {
      flush();
    } else if (bulletMatch || numberedMatch) {
      flush();
      const ordered = Boolean(numberedMatch);
      const item = parseRuns((bulletMatch ?? numberedMatch)![1].trim());
      const previous = blocks[blocks.length - 1];
      if (previous?.type === "list" && previous.ordered === ordered) previous.items.push(item);
      else blocks.push({ type: "list", ordered, items: [item] });
    } else {
      paragraph.push(line);
    }
  }
  flush();
  return blocks.filter((block) => (block.type === "paragraph" ? block.runs.length > 0 : block.items.length > 0));
}

function runsToMarkup(runs: Run[]): string {
  return runs.map((run) => (run.bold ? `**${run.text}**` : run.italic ? `_${run.text}_` : run.text)).join("");
}

export function toMarkup(blocks: Block[]): string {
  return blocks
    .map((block) =>
      block.type === "paragraph"
        ? runsToMarkup(block.runs)
        : block.items.map((item, i) => `${block.ordered ? `${i + 1}.` : "-"} ${runsToMarkup(item)}`).join("\n"),
    )
    .join("\n\n");
}

export function plainText(blocks: Block[]): string {
  return blocks
    .map((block) =>
      block.type === "paragraph"
        ? block.runs.map((run) => run.text).join("")
        : block.items.map((item) => item.map((run) => run.text).join("")).join("\n"),
    )
    .join("\n");
}
