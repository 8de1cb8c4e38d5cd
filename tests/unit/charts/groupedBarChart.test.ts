import { describe, expect, it } from "vitest";
import { groupedBarChart } from "../../../src/lib/charts/groupedBarChart.ts";
import { barWidth, HOSTILE, markOf, marksOf, MIXED, options, PLAIN } from "./fixtures.ts";
import { findAll, hasClass, parseXml, textOf } from "./xml.ts";

const ROWS = [
  ...MIXED.map((r) => ({ ...r, group: "volunteers" })),
  ...PLAIN.map((r) => ({ ...r, group: "teams" })),
];
const GROUPS = [
  { id: "volunteers", title: "老年志愿者", unit: "人" },
  { id: "teams", title: "志愿服务队", unit: "支" },
];
const draw = (rows = ROWS, groups = GROUPS) =>
  parseXml(groupedBarChart(rows, { ...options("panels"), groups }));
const titles = (root = draw()) => findAll(root, (e) => hasClass(e, "panel-title")).map(textOf);

describe("groupedBarChart", () => {
  it("draws one mark per row and one panel per group, in the given order", () => {
    const root = draw();
    expect(root.attrs["class"]).toBe("chart chart-grouped");
    expect(marksOf(root)).toHaveLength(ROWS.length);
    expect(titles(root)).toEqual(["老年志愿者（人）", "志愿服务队（支）"]);
  });

  it("gives each panel its own scale", () => {
    const root = draw();
    // 200 支 fills its panel as 39.03万 人 fills the other: no shared axis for unlike units.
    expect(barWidth(markOf(root, "huli"))).toBeGreaterThan(80);
    expect(barWidth(markOf(root, "xiamen-vol"))).toBeGreaterThan(80);
    expect(barWidth(markOf(root, "huli"))).toBeCloseTo(2 * barWidth(markOf(root, "siming")), 1);
  });

  it("ranks within each panel and formats values with the panel's unit", () => {
    const keys = marksOf(draw()).map((m) => m.attrs["data-key"]);
    expect(keys).toEqual([
      "xiamen-vol",
      "suzhou-vol",
      "haidian-vol",
      "xx-vol",
      "huli",
      "siming",
      "jimei",
    ]);
    expect(textOf(markOf(draw(), "huli"))).toContain("200 支");
    expect(textOf(markOf(draw(), "haidian-vol"))).toContain("1.6万+ 人");
  });

  it("draws caveats only under the panel that mixes levels and periods", () => {
    const notes = findAll(draw(), (e) => hasClass(e, "notes")).map(textOf);
    expect(notes[0]).toContain("层级不同");
    expect(notes[1]).toBe("");
    expect(notes.at(-1)).toContain("下限");
  });

  it("keeps rows of groups the options do not list", () => {
    const root = draw([...ROWS, { ...PLAIN[0]!, key: "stray", group: "other" }]);
    expect(marksOf(root)).toHaveLength(ROWS.length + 1);
    expect(titles(root)).toContain("other（人）");
  });

  it("says 暂无数据 for an empty panel and an empty chart", () => {
    expect(textOf(draw(PLAIN.map((r) => ({ ...r, group: "teams" }))))).toContain("暂无数据");
    expect(textOf(draw([]))).toContain("暂无数据");
  });

  it("escapes group titles and units", () => {
    const svg = groupedBarChart(ROWS, {
      ...options("evil"),
      groups: [{ id: "teams", title: HOSTILE[0]!, unit: HOSTILE[2]! }],
    });
    expect(svg).not.toMatch(/<script|<img/i);
    expect(titles(parseXml(svg))[0]).toContain(HOSTILE[0]);
  });
});
