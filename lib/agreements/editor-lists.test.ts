import { describe, expect, it } from "vitest";
import { dropTarget, editorReducer, movedTo, pastedInto, stateFromDoc } from "@/components/editor/editor-state";
import { emptyDoc } from "./editor-lists.fixture";

// The editor's list changes (components/editor/editor-state.ts): drag and drop, and rows pasted from a spreadsheet.

describe("reordering by drag and drop", () => {
  it("moves an item from one position to another", () => {
    expect(movedTo(["a", "b", "c", "d"], 3, 0)).toEqual(["d", "a", "b", "c"]);
    expect(movedTo(["a", "b", "c", "d"], 0, 2)).toEqual(["b", "c", "a", "d"]);
    expect(movedTo(["a", "b"], 0, 5)).toEqual(["a", "b"]);
  });

  it("turns a drop before or after an item into the new position", () => {
    expect(dropTarget(2, 0, "before")).toBe(0);
    expect(dropTarget(0, 2, "after")).toBe(2);
    expect(dropTarget(0, 2, "before")).toBe(1);
    expect(dropTarget(1, 1, "after")).toBe(1);
    expect(dropTarget(1, 0, "after")).toBe(1);
  });

  it("renumbers by position: the moved article keeps its clauses", () => {
    const state = stateFromDoc({
      ...emptyDoc,
      articles: [
        { title: "Een", clauses: [{ content: [{ type: "paragraph", runs: [{ text: "1" }] }], children: [] }] },
        { title: "Twee", clauses: [] },
      ],
    });
    const next = editorReducer(state, { type: "moveArticleTo", from: 1, to: 0 });
    expect(next.articles.map((a) => a.title)).toEqual(["Twee", "Een"]);
    expect(next.articles[1].clauses[0].text).toBe("1");
  });
});

describe("pasted rows", () => {
  const isEmpty = (value: string) => value === "";

  it("replace the row pasted into when it is empty, and follow it otherwise", () => {
    expect(pastedInto(["a", "", "c"], 1, ["x", "y"], isEmpty)).toEqual(["a", "x", "y", "c"]);
    expect(pastedInto(["a", "b", "c"], 1, ["x", "y"], isEmpty)).toEqual(["a", "b", "x", "y", "c"]);
    expect(pastedInto([], 0, ["x"], isEmpty)).toEqual(["x"]);
  });

  it("add sub-processors through the reducer", () => {
    const state = stateFromDoc({
      ...emptyDoc,
      subProcessors: [{ name: "Hetzner", serviceArea: "App", purposes: "Hosting", dataConcerned: "Alles", country: "DE", transferBasis: "NONE_NEEDED" }],
    });
    const row = { name: "Mailgun", serviceArea: "", purposes: "", dataConcerned: "", country: "US", transferBasis: "NONE_NEEDED" as const, key: "k1" };
    const next = editorReducer(state, { type: "pasteSubProcessors", at: 0, rows: [row, { ...row, name: "Sentry", key: "k2" }] });
    expect(next.subProcessors.map((r) => r.name)).toEqual(["Hetzner", "Mailgun", "Sentry"]);
  });
});
