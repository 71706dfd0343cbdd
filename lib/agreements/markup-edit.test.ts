import { describe, expect, it } from "vitest";
import { parseMarkup } from "./markup";
import { toggleInline, toggleList } from "./markup-edit";

describe("inline formatting of clause text", () => {
  it("wraps the selection in ** for bold and _ for italic, keeping it selected", () => {
    const text = "De Verwerker meldt het lek.";
    const bold = toggleInline(text, 3, 12, "**");
    expect(bold.text).toBe("De **Verwerker** meldt het lek.");
    expect(bold.text.slice(bold.start, bold.end)).toBe("**Verwerker**");
    expect(parseMarkup(bold.text)[0]).toEqual({ type: "paragraph", runs: [{ text: "De " }, { text: "Verwerker", bold: true }, { text: " meldt het lek." }] });
    expect(toggleInline(text, 3, 12, "_").text).toBe("De _Verwerker_ meldt het lek.");
  });

  it("toggles off when the selection is wrapped already, with the markers inside or just outside it", () => {
    expect(toggleInline("De **Verwerker** meldt", 3, 16, "**").text).toBe("De Verwerker meldt");
    expect(toggleInline("De **Verwerker** meldt", 5, 14, "**")).toEqual({ text: "De Verwerker meldt", start: 3, end: 12 });
    expect(toggleInline("het _lek_", 5, 8, "_").text).toBe("het lek");
  });

  it("takes the word at the cursor, or inserts an empty pair", () => {
    expect(toggleInline("De Verwerker meldt", 6, 6, "**").text).toBe("De **Verwerker** meldt");
    expect(toggleInline("De ", 3, 3, "**")).toEqual({ text: "De ****", start: 5, end: 5 });
  });

  it("keeps spaces and list prefixes outside the markers, line by line", () => {
    expect(toggleInline("De Verwerker ", 0, 13, "**").text).toBe("**De Verwerker** ");
    const edit = toggleInline("- eerst\n- dan", 0, 13, "**");
    expect(edit.text).toBe("- **eerst**\n- **dan**");
    expect(parseMarkup(edit.text)).toEqual([{ type: "list", ordered: false, items: [[{ text: "eerst", bold: true }], [{ text: "dan", bold: true }]] }]);
  });
});

describe("lists in clause text", () => {
  const text = "Inleiding:\neerst\ndan\n\nSlot.";

  it("makes the selected lines a bullet list, and plain lines again", () => {
    const on = toggleList(text, 12, 19, "bullet");
    expect(on.text).toBe("Inleiding:\n- eerst\n- dan\n\nSlot.");
    expect(parseMarkup(on.text)[1]).toEqual({ type: "list", ordered: false, items: [[{ text: "eerst" }], [{ text: "dan" }]] });
    const off = toggleList(on.text, on.start, on.end, "bullet");
    expect(off.text).toBe(text);
  });

  it("numbers the selected lines, replacing bullets, and toggles off", () => {
    const bullets = "- eerst\n- dan";
    const numbered = toggleList(bullets, 0, bullets.length, "numbered");
    expect(numbered.text).toBe("1. eerst\n2. dan");
    expect(toggleList(numbered.text, 3, 3, "numbered").text).toBe("eerst\n2. dan");
  });

  it("works on the line of the cursor when nothing is selected, and leaves empty lines alone", () => {
    expect(toggleList("a\nb\nc", 2, 2, "bullet").text).toBe("a\n- b\nc");
    expect(toggleList("a\n\nb", 0, 4, "numbered").text).toBe("1. a\n\n2. b");
  });
});
