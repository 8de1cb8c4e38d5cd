// A long report's snapshot becomes search passages cut at the quotes' anchors (a quote's
// <mark id>, or a span for a further quote at the same point), each opening the source page at
// its first figure, with the text (not the markup) of the passage.
import { describe, expect, it } from "vitest";
import { snapshotRecords, withoutSnapshot } from "../../../src/lib/search/snapshotRecords.ts";

const page = (snapshot: string, marked = true) =>
  `<h1>合成省01 报告 &amp; 讲话</h1><div class="snapshot" data-pagefind-ignore${marked ? " data-snapshot-records" : ""}>${snapshot}</div><footer>页脚</footer>`;
const anchor = (id: string) => `<span class="fact-anchor" id="${id}"></span>`;
const links = `<span class="quote-links">〔<a href="/regions/a/">合成县0001</a> · <a href="/metrics/m/">志愿服务队</a>〕</span>`;

describe("snapshotRecords", () => {
  const html = page(
    `开头。<mark id="f1">建成志愿服务队12支</mark>${links}，` +
      `<mark id="f2">老年大学3所</mark>；<mark id="f3">助餐点&lt;5&gt;个</mark>。`,
  );

  it("cuts passages at anchors once a passage has enough text, each linking to its first anchor", () => {
    const records = snapshotRecords(html, "/sources/s1/", 5);
    expect(records.map((r) => r.url)).toEqual([
      "/sources/s1/#snapshot",
      "/sources/s1/#f2",
      "/sources/s1/#f3",
    ]);
    expect(records[0]?.content).toBe("开头。建成志愿服务队12支〔合成县0001 · 志愿服务队〕，");
    expect(records[2]?.content).toBe("助餐点<5>个。");
    expect(records[1]?.title).toBe("合成省01 报告 & 讲话（原文第 2 段）");
  });

  it("cuts the same passages as from the spans that anchored every quote before", () => {
    const spans = page(
      `开头。${anchor("f1")}<mark>建成志愿服务队12支</mark>${links}，` +
        `${anchor("f2")}${anchor("f4")}<mark>老年大学3所</mark>；${anchor("f3")}<mark>助餐点&lt;5&gt;个</mark>。`,
    );
    const marks = page(
      `开头。<mark id="f1">建成志愿服务队12支</mark>${links}，` +
        `<mark id="f2">${anchor("f4")}老年大学3所</mark>；<mark id="f3">助餐点&lt;5&gt;个</mark>。`,
    );
    for (const chars of [1, 5, 12, 3000]) {
      expect(snapshotRecords(marks, "/sources/s1/", chars)).toEqual(
        snapshotRecords(spans, "/sources/s1/", chars),
      );
    }
    expect(snapshotRecords(marks, "/sources/s1/", 1).map((r) => r.url)).toEqual([
      "/sources/s1/#snapshot",
      "/sources/s1/#f1",
      "/sources/s1/#f2",
      "/sources/s1/#f3",
    ]);
  });

  it("keeps a short snapshot in one passage and reads nothing outside it", () => {
    const records = snapshotRecords(html, "/sources/s1/");
    expect(records).toHaveLength(1);
    expect(records[0]?.content).toContain("老年大学3所");
    expect(records[0]?.content).not.toContain("页脚");
  });

  it("gives no passages for a page whose snapshot is not marked", () => {
    expect(snapshotRecords(page("原文", false), "/sources/s1/")).toEqual([]);
  });
});

describe("withoutSnapshot", () => {
  it("empties the marked snapshot and keeps the rest of the page", () => {
    const html = page(`开头。<mark id="f1">建成志愿服务队12支</mark>`);
    expect(withoutSnapshot(html)).toBe(
      `<h1>合成省01 报告 &amp; 讲话</h1><div class="snapshot" data-pagefind-ignore data-snapshot-records></div><footer>页脚</footer>`,
    );
    expect(snapshotRecords(withoutSnapshot(html), "/sources/s1/")).toEqual([]);
  });

  it("leaves a page whose snapshot is not marked as it is", () => {
    const html = page("原文", false);
    expect(withoutSnapshot(html)).toBe(html);
  });
});
