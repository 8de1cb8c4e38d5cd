import { describe, expect, it } from "vitest";
import { segmentSnapshot } from "../../../src/lib/data/highlight.ts";
import { compactText, hasWhitespace, locateQuote } from "../../../src/lib/data/quote.ts";

describe("quotes in snapshots", () => {
  const text = "全市 147 支\n队伍完\n\n工181部。";
  it("matches quotes regardless of stray whitespace", () => {
    const at = locateQuote(compactText(text), "完工181部");
    expect(at).toBeDefined();
    expect(text.slice(at?.start, at?.end)).toBe("完\n\n工181部");
    expect(locateQuote(compactText(text), "全市147支")).toEqual({ start: 0, end: 8 });
    expect(locateQuote(compactText(text), "全市148支")).toBeUndefined();
  });

  it("segments overlapping quotes and anchors each fact where its quote starts", () => {
    const segments = segmentSnapshot("建成180支、近5000人的队伍。", [
      { id: "teams", quote: "建成180支" },
      { id: "people", quote: "180支、近5000人" },
      { id: "absent", quote: "没有的句子" },
    ]);
    expect(segments.map((s) => [s.text, s.facts, s.anchors])).toEqual([
      ["建成", ["teams"], ["teams"]],
      ["180支", ["teams", "people"], ["people"]],
      ["、近5000人", ["people"], []],
      ["的队伍。", [], []],
    ]);
    expect(segments.map((s) => s.text).join("")).toBe("建成180支、近5000人的队伍。");
    // Where each quote ends, the source page links back to its figure.
    expect(segments.map((s) => s.ends)).toEqual([[], ["teams"], ["people"], []]);
  });
});

describe("hasWhitespace", () => {
  it("answers as /\\s/ does for every UTF-16 code unit", () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (hasWhitespace(`a${ch}b`) !== /\s/u.test(ch)) expect.fail(`U+${c.toString(16)}`);
    }
    expect(hasWhitespace("全市建成147支")).toBe(false);
    expect(hasWhitespace("")).toBe(false);
  });
});
