import { describe, expect, it } from "vitest";
import { barChart } from "../../../src/lib/charts/barChart.ts";
import { basisCaveat, comparisonCaveats } from "../../../src/lib/charts/caveats.ts";
import { groupedBarChart } from "../../../src/lib/charts/groupedBarChart.ts";
import { BASES_DIFFER, MIXED, options, PLAIN } from "./fixtures.ts";

describe("comparisonCaveats", () => {
  it("says nothing for a like-for-like comparison", () => {
    expect(comparisonCaveats(PLAIN)).toEqual([]);
    expect(comparisonCaveats([])).toEqual([]);
  });

  it("names mixed levels in hierarchy order", () => {
    const [levels] = comparisonCaveats(MIXED);
    expect(levels).toBe("比较对象层级不同：市、区、县，规模不宜直接比较。");
  });

  it("names mixed periods in order", () => {
    expect(comparisonCaveats(MIXED)[1]).toBe(
      "年份不同：2016–2020年、2021年、2023年、2025年，各数字所指时段不一致。",
    );
  });

  it("explains only the qualifiers present", () => {
    const over = comparisonCaveats([{ ...PLAIN[0]!, qualifier: "over" }]);
    expect(over).toEqual(["带“+”的数值为下限（原文作余/多/超过/以上），实际数值更大。"]);
    const [, , qualifiers] = comparisonCaveats(MIXED);
    expect(qualifiers).toContain("带“约”的为约数");
    expect(qualifiers).toContain("带“近”的数值略低于所示");
  });

  it("ignores rows without a level", () => {
    const noLevel = { qualifier: "exact", period: "2024" } as const;
    expect(comparisonCaveats([noLevel, PLAIN[1]!])).toEqual([]);
  });

  it("names who counts on which basis when the bases differ", () => {
    expect(basisCaveat(BASES_DIFFER)).toBe(
      "口径不同：湖里区、集美区为现有总量，思明区为一次活动或活动月期间的数字，不宜直接比较。",
    );
    expect(comparisonCaveats(BASES_DIFFER)).toEqual([basisCaveat(BASES_DIFFER)]);
  });

  it("tells two programmes of one place apart by their clause", () => {
    const twins = [
      { ...PLAIN[0]!, basis: "campaign" as const, detail: "6个街道打造巡回养老大集" },
      { ...PLAIN[0]!, basis: "period" as const, detail: "培训29个街道文艺骨干" },
    ];
    expect(basisCaveat(twins)).toBe(
      "口径不同：思明区（培训29个街道文艺骨干）为年内新增或开展的数量，思明区（6个街道打造巡回养老大集）为一次活动或活动月期间的数字，不宜直接比较。",
    );
  });

  it("says nothing of the basis when all rows share one, or rows carry none", () => {
    expect(basisCaveat(PLAIN.map((r) => ({ ...r, basis: "stock" as const })))).toBeUndefined();
    expect(basisCaveat(PLAIN)).toBeUndefined();
    // A row without a basis is not a basis of its own.
    expect(basisCaveat([BASES_DIFFER[1]!, PLAIN[0]!])).toBeUndefined();
  });

  it("puts the basis after levels and periods and before qualifiers", () => {
    const rows = MIXED.map((r, i) => ({
      ...r,
      basis: i === 0 ? ("campaign" as const) : ("stock" as const),
    }));
    const caveats = comparisonCaveats(rows);
    expect(caveats).toHaveLength(4);
    expect(caveats[2]).toBe(
      "口径不同：厦门市、XX县、苏州市为现有总量，海淀区为一次活动或活动月期间的数字，不宜直接比较。",
    );
  });

  it("travels with the SVG of bar and panel charts", () => {
    expect(barChart(BASES_DIFFER, options("basis"))).toContain(
      "口径不同：湖里区、集美区为现有总量",
    );
    expect(barChart(PLAIN, options("plain"))).not.toContain("口径不同");
    const grouped = groupedBarChart(BASES_DIFFER, {
      ...options("basis-panels"),
      groups: [{ id: "", title: "志愿服务队", unit: "支" }],
    });
    expect(grouped).toContain("口径不同：湖里区、集美区为现有总量");
  });
});
