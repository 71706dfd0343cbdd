import { describe, expect, it } from "vitest";
import { demoDpaNl } from "@/prisma/demo/dpa-nl";
import { canonicalJson, contentHash } from "./canonical";
import { parseMarkup, toMarkup } from "./markup";
import { clauseNumber } from "./numbering";

const clone = <T,>(value: T): T => structuredClone(value);
const reverseKeys = (value: unknown): unknown =>
  Array.isArray(value) ? value.map(reverseKeys)
  : value && typeof value === "object" ? Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reverseKeys(v)]))
  : value;

describe("content hash", () => {
  it("is the same for the same content, whatever the key order or ids", () => {
    const reordered = reverseKeys(demoDpaNl) as typeof demoDpaNl;
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(demoDpaNl));
    const withIds = clone(demoDpaNl);
    withIds.articles[0].id = "some-database-id";
    expect(contentHash(reordered)).toBe(contentHash(demoDpaNl));
    expect(contentHash(withIds)).toBe(contentHash(demoDpaNl));
    expect(contentHash(demoDpaNl)).toMatch(/^[0-9a-f]{64}$/);
  });

  it("changes with any change to the text, the order, the annexes or the processor", () => {
    const base = contentHash(demoDpaNl);
    const changes: ((doc: typeof demoDpaNl) => void)[] = [
      (doc) => { doc.title += "."; },
      (doc) => { (doc.articles[6].clauses[0].content[0] as { runs: { text: string }[] }).runs[0].text += " "; },
      (doc) => { doc.articles.reverse(); },
      (doc) => { doc.dataCategories[0].items[0].isSpecialCategory = !doc.dataCategories[0].items[0].isSpecialCategory; },
      (doc) => { doc.subProcessors[0].country = "BE"; },
      (doc) => { doc.processor.registrationNumber = "00000000"; },
      (doc) => { doc.effectiveDate = "2030-01-01"; },
    ];
    const hashes = changes.map((change) => {
      const doc = clone(demoDpaNl);
      change(doc);
      return contentHash(doc);
    });
    for (const hash of hashes) expect(hash).not.toBe(base);
    expect(new Set(hashes).size).toBe(hashes.length);
  });

  it("writes canonical JSON with sorted keys and no whitespace", () => {
    expect(canonicalJson({ b: 1, a: [2, { d: null, c: "x" }] })).toBe('{"a":[2,{"c":"x","d":null}],"b":1}');
  });
});

describe("clause numbering and notation", () => {
  it("numbers clauses from positions", () => {
    expect(clauseNumber(0, 0)).toBe("1.1");
    expect(clauseNumber(6, 2)).toBe("7.3");
    expect(clauseNumber(6, 2, 0)).toBe("7.3.1");
  });

  it("parses paragraphs, bullets, numbered items, bold and italic, and writes them back", () => {
    const source = "De **Verwerker** meldt:\n\n- de aard van het _lek_;\n- de gevolgen.\n\n1. eerst\n2. dan";
    const blocks = parseMarkup(source);
    expect(blocks).toEqual([
      { type: "paragraph", runs: [{ text: "De " }, { text: "Verwerker", bold: true }, { text: " meldt:" }] },
      { type: "list", ordered: false, items: [[{ text: "de aard van het " }, { text: "lek", italic: true }, { text: ";" }], [{ text: "de gevolgen." }]] },
      { type: "list", ordered: true, items: [[{ text: "eerst" }], [{ text: "dan" }]] },
    ]);
    expect(parseMarkup(toMarkup(blocks))).toEqual(blocks);
  });

  it("keeps markup-looking text as text", () => {
    const blocks = parseMarkup("<script>alert(1)</script>");
    expect(blocks).toEqual([{ type: "paragraph", runs: [{ text: "<script>alert(1)</script>" }] }]);
  });
});
