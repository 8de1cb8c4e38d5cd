// The comparison's HTML: links to every quote, place and measure, the notes,
// an empty cell said in words, and data text escaped.
import { describe, expect, it } from "vitest";
import { compare, type PlaceFigures } from "../../../src/lib/compare/model.ts";
import { levelSuffix, placeList, renderComparison } from "../../../src/lib/compare/render.ts";

const HOSTILE: PlaceFigures = {
  place: { id: "evil", name: '<script>alert("x")</script>县', level: "county", ancestors: [] },
  facts: [
    {
      id: "evil-1",
      metric: "teams",
      value: 50,
      qualifier: "over",
      period: "2025",
      source: "speech",
      basis: "stock",
    },
  ],
};
const PLAIN: PlaceFigures = {
  place: { id: "suzhou", name: "苏州市", level: "city", ancestors: [] },
  facts: [
    {
      id: "s-1",
      metric: "teams",
      value: 147,
      qualifier: "exact",
      period: "2021",
      source: "report",
      basis: "stock",
    },
    {
      id: "s-2",
      metric: "branches",
      value: 693,
      qualifier: "exact",
      period: "2021",
      source: "report",
      basis: "stock",
    },
  ],
};
const METRICS = [
  { id: "teams", name: "志愿服务队", unit: "支", topic: "volunteer" as const },
  { id: "branches", name: "党支部 & <b>", unit: "个", topic: "party" as const },
];

describe("renderComparison", () => {
  const html = renderComparison(compare([HOSTILE, PLAIN], METRICS));

  it("links each figure to its quote, and each place and measure to its page", () => {
    expect(html).toContain('<a href="/sources/speech/#evil-1">50+ 支</a>');
    expect(html).toContain('<a href="/sources/report/#s-1">147 支</a>');
    expect(html).toContain('href="/regions/suzhou/"');
    expect(html).toContain('href="/metrics/teams/"');
    expect(html).toContain('<span class="compare-period">2021年</span>');
  });

  it("escapes text from the data", () => {
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<b>");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;县");
    expect(html).toContain("党支部 &amp; &lt;b&gt;");
  });

  it("says 未报告 where a place has no figure, and gives each topic a heading with an id", () => {
    expect(html).toContain("未报告");
    expect(html).toMatch(/<h2 id="compare-party">党建<\/h2>/);
    expect(html).toContain('href="#compare-volunteer"');
  });

  it("says so when there is nothing to compare", () => {
    expect(renderComparison(compare([], METRICS))).toContain("没有可以比较的数据");
  });
});

describe("names", () => {
  it("leaves out a level the name already says", () => {
    expect(levelSuffix({ name: "海淀区", level: "district" })).toBe("");
    expect(levelSuffix({ name: "福建省", level: "province" })).toBe("");
    expect(levelSuffix({ name: "苏州", level: "city" })).toBe("（市）");
    // 北京市 is a province-level place: its name does not say so.
    expect(levelSuffix({ name: "北京市", level: "province" })).toBe("（省级）");
  });
  it("joins places the Chinese way", () => {
    expect(placeList([{ name: "甲" }, { name: "乙" }, { name: "丙" }])).toBe("甲、乙和丙");
    expect(placeList([{ name: "甲" }])).toBe("甲");
  });
});

describe("row notes", () => {
  it("keep each year on one line", () => {
    const other: PlaceFigures = {
      place: { id: "xx", name: "XX县", level: "county", ancestors: [] },
      facts: [
        {
          id: "x-1",
          metric: "teams",
          value: 5,
          qualifier: "exact",
          period: "2016-2020",
          source: "r",
          basis: "stock",
        },
      ],
    };
    const html = renderComparison(compare([PLAIN, other], METRICS));
    expect(html).toContain(
      '年份不同：<span class="nowrap">2016–2020年</span>、<span class="nowrap">2021年</span>',
    );
  });
});
