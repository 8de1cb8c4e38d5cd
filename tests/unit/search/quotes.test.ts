// The long reports' passages are indexed in bundles of about a thousand, each report whole,
// so no Pagefind run holds all of them; reports are "long" beyond the fact table's 200 rows.
import { describe, expect, it } from "vitest";
import { bundlesOf, isLongReport } from "../../../src/lib/search/quotes.ts";

describe("bundlesOf", () => {
  it("closes a bundle once it has enough passages, never splitting a report", () => {
    const reports = [["a1", "a2"], ["b1"], [], ["c1", "c2", "c3"], ["d1"]];
    expect(bundlesOf(reports, 3)).toEqual([["a1", "a2", "b1"], ["c1", "c2", "c3"], ["d1"]]);
  });

  it("gives no bundle for no passages, and one for a few", () => {
    expect(bundlesOf([[], []], 3)).toEqual([]);
    expect(bundlesOf([["a1"], ["b1"]], 1000)).toEqual([["a1", "b1"]]);
  });
});

describe("isLongReport", () => {
  it("is true beyond 200 facts", () => {
    expect(isLongReport(200)).toBe(false);
    expect(isLongReport(201)).toBe(true);
  });
});
