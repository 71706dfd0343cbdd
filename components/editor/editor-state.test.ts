// The editor's state changes are pure functions: what a processor's clicks, drags and pastes do to
// the draft, without a browser.
import { describe, expect, it } from "vitest";
import { dropTarget, isEmptyItem, moved, movedTo, pastedInto } from "./editor-state";

describe("editor state", () => {
  it("moves an item one step, and not past either end", () => {
    expect(moved(["a", "b", "c"], 0, 1)).toEqual(["b", "a", "c"]);
    expect(moved(["a", "b", "c"], 2, -1)).toEqual(["a", "c", "b"]);
    const list = ["a", "b"];
    expect(moved(list, 0, -1)).toBe(list);
    expect(moved(list, 1, 1)).toBe(list);
  });

  it("drops a dragged item where the edge says, and ignores positions outside the list", () => {
    expect(movedTo(["a", "b", "c", "d"], 0, 2)).toEqual(["b", "c", "a", "d"]);
    expect(movedTo(["a", "b", "c", "d"], 3, 0)).toEqual(["d", "a", "b", "c"]);
    const list = ["a", "b"];
    expect(movedTo(list, 0, 5)).toBe(list);
    // Dragging the first of four below the third: it lands third (index 2), above the fourth.
    expect(dropTarget(0, 2, "after")).toBe(2);
    expect(dropTarget(3, 1, "before")).toBe(1);
  });

  it("puts pasted rows instead of an empty row, or after a filled one", () => {
    const empty = { name: "", retention: "", isSpecialCategory: false };
    const filled = { name: "IP-adres", retention: "28 dagen", isSpecialCategory: false };
    const pasted = [{ name: "E-mailadres", retention: "", isSpecialCategory: false }];
    expect(pastedInto([filled, empty], 1, pasted, isEmptyItem)).toEqual([filled, ...pasted]);
    expect(pastedInto([filled, empty], 0, pasted, isEmptyItem)).toEqual([filled, ...pasted, empty]);
    expect(pastedInto([filled], 0, [], isEmptyItem)).toEqual([filled]);
  });
});
