import { describe, expect, it } from "vitest";
import { formatDateTime } from "./date-time";

describe("formatDateTime", () => {
  it("shows the moment in UTC and says so, in both languages", () => {
    const at = new Date("2026-12-04T14:03:27Z");
    expect(formatDateTime(at, "nl")).toBe("4 december 2026 14:03 UTC");
    expect(formatDateTime(at, "en")).toBe("4 December 2026 14:03 UTC");
    expect(formatDateTime("2026-03-02T07:05:09.120Z", "en", { style: "medium", withSeconds: true })).toBe("2 Mar 2026 07:05:09 UTC");
    // Just before midnight UTC is still that day, whatever zone the machine runs in.
    expect(formatDateTime("2026-06-30T23:59:00Z", "nl")).toBe("30 juni 2026 23:59 UTC");
  });
});
