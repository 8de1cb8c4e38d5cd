// Many quotes in one report go through the hashed quote index (32 quotes or more):
// it must find the same first occurrence as the plain search, for every quote.
import { describe, expect, it } from "vitest";
import { segmentSnapshot } from "../../../src/lib/data/highlight.ts";
import { compactText, locateQuote } from "../../../src/lib/data/quote.ts";

/** A report where phrases repeat, with stray whitespace, as long reports do. */
function report(): string {
  const lines: string[] = [];
  for (let i = 0; i < 300; i++) {
    lines.push(`第${i % 7}段：全市建成志愿服务队${i * 3}支，\n 服务老人${i % 11}万人次。`);
  }
  return lines.join("\n\n");
}

describe("segmentSnapshot with the quote index", () => {
  const text = report();
  const quotes = [
    ...Array.from({ length: 120 }, (_, i) => `志愿服务队${i * 3}支`),
    "服务老人3万人次", // repeats: the first occurrence counts
    "全市建成", // short and everywhere
    "队0", // shorter than a 4-character key
    "没有的句子，也不在原文里",
    "服务老人 9万\n人次", // whitespace inside the quote
    "第1段",
  ];
  const facts = quotes.map((quote, i) => ({ id: `f${i}`, quote }));

  it("anchors each quote where the plain search finds it first", () => {
    const segments = segmentSnapshot(text, facts);
    const view = compactText(text);
    let at = 0;
    const starts = new Map<string, number>();
    for (const s of segments) {
      for (const id of s.anchors) starts.set(id, at);
      at += s.text.length;
    }
    for (const f of facts) {
      expect(starts.get(f.id), f.quote).toBe(locateQuote(view, f.quote)?.start);
    }
    expect(starts.has("f123")).toBe(false);
    expect(segments.map((s) => s.text).join("")).toBe(text);
  });

  it("marks exactly the quoted characters", () => {
    const segments = segmentSnapshot(text, facts);
    const view = compactText(text);
    const quoted = new Set<number>();
    for (const f of facts) {
      const span = locateQuote(view, f.quote);
      for (let i = span?.start ?? 0; i < (span?.end ?? 0); i++) quoted.add(i);
    }
    let at = 0;
    for (const s of segments) {
      for (let i = at; i < at + s.text.length; i++) expect(quoted.has(i), `${i}`).toBe(s.facts.length > 0);
      at += s.text.length;
    }
  });
});
