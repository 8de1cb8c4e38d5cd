import { describe, expect, it } from "vitest";
import { segmentSnapshot } from "../../../src/lib/data/highlight.ts";
import {
  chineseNumeral,
  compactText,
  locateQuote,
  numbersInText,
  quoteShowsValue,
} from "../../../src/lib/data/quote.ts";

describe("numbersInText", () => {
  it("reads Arabic figures, 万 and 亿 multiples, and separators", () => {
    expect(numbersInText("1.6万余名")).toEqual([1.6, 16000]);
    expect(numbersInText("20余万人次")).toEqual([20, 200000]);
    expect(numbersInText("39.03万人")).toEqual([39.03, 390300]);
    expect(numbersInText("投入2.5亿元")).toEqual([2.5, 250000000]);
    expect(numbersInText("12,513户")).toEqual([12513]);
    expect(numbersInText("占比8.72%")).toEqual([8.72]);
  });

  it("reads Chinese numerals", () => {
    expect(chineseNumeral("七")).toBe(7);
    expect(chineseNumeral("十二")).toBe(12);
    expect(chineseNumeral("三百零五")).toBe(305);
    expect(chineseNumeral("两万")).toBe(20000);
    expect(numbersInText("从七个维度")).toEqual([7]);
    expect(numbersInText("连续举办两期")).toEqual([2]);
  });

  it("reads 上万 as ten thousand but not a bare unit 万", () => {
    expect(quoteShowsValue("受众上万人次", 10000)).toBe(true);
    expect(quoteShowsValue("4.2万名老党员", 10000)).toBe(false);
  });
});

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
