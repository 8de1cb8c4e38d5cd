// The snapshot markup of a source page: one <mark> per quoted run, carrying the id of the
// quote that starts there (a span for each further one), links where quotes end, and the
// report's own text escaped.
import { describe, expect, it } from "vitest";
import { segmentSnapshot } from "../../../src/lib/data/highlight.ts";
import { snapshotHtml } from "../../../src/lib/data/snapshotHtml.ts";
import { escapeHtml } from "../../../src/lib/html.ts";

describe("snapshotHtml", () => {
  const text = "<报告> 建成180支、近5000人的队伍 & 更多。";
  const segments = segmentSnapshot(text, [
    { id: "teams", quote: "建成180支" },
    { id: "people", quote: "180支、近5000人" },
  ]);
  const links = new Map([
    [
      "teams",
      {
        place: { href: "/regions/a/#fact-teams", text: "甲市" },
        metric: { href: "/metrics/m/#fact-teams", text: "队伍 \"数\"" },
      },
    ],
  ]);

  it("anchors, highlights and links every quote, escaping the text", () => {
    expect(snapshotHtml(segments, links)).toBe(
      "&lt;报告&gt; " +
        '<mark id="teams">建成</mark>' +
        '<mark id="people">180支</mark>' +
        '<span class="quote-links">〔<a href="/regions/a/#fact-teams">甲市</a> · <a href="/metrics/m/#fact-teams">队伍 &quot;数&quot;</a>〕</span>' +
        "<mark>、近5000人</mark>的队伍 &amp; 更多。",
    );
  });

  it("anchors further quotes starting at the same point with spans inside the mark, in order", () => {
    const same = segmentSnapshot("建成180支队伍", [
      { id: "teams", quote: "建成180支" },
      { id: "built", quote: "建成" },
      { id: "x\"y", quote: "建成1" },
    ]);
    expect(snapshotHtml(same, new Map())).toBe(
      '<mark id="teams"><span class="fact-anchor" id="built"></span>' +
        '<span class="fact-anchor" id="x&quot;y"></span>建成</mark>' +
        "<mark>1</mark><mark>80支</mark>队伍",
    );
  });

  it("puts an anchor on a plain run as a span, should a segment ever have one", () => {
    expect(snapshotHtml([{ text: "原文", facts: [], anchors: ["a"], ends: [] }], new Map())).toBe(
      '<span class="fact-anchor" id="a"></span>原文',
    );
  });

  it("leaves the links out when there are none", () => {
    expect(snapshotHtml(segments, new Map())).not.toContain("quote-links");
  });

  it("escapes as Astro does", () => {
    expect(escapeHtml(`a&b<c>"d'`)).toBe("a&amp;b&lt;c&gt;&quot;d&#39;");
    expect(escapeHtml("plain")).toBe("plain");
  });
});
