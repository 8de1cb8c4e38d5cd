import { describe, expect, it } from "vitest";
import { barChart } from "../../../src/lib/charts/barChart.ts";
import {
  basisCaveat,
  comparisonCaveats,
  containmentCaveat,
} from "../../../src/lib/charts/caveats.ts";
import { groupedBarChart } from "../../../src/lib/charts/groupedBarChart.ts";
import { renderChart } from "../../../src/lib/charts/render.ts";
import { regionTopicChart, rowsOf } from "../../../src/lib/charts/specs.ts";
import { loadDataset } from "../../../src/lib/data/index.ts";
import { BASES_DIFFER, MIXED, NESTED, options, PLAIN } from "./fixtures.ts";

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

describe("containmentCaveat", () => {
  const [xiamen, xiangan, siming, haidian] = NESTED;

  it("says when a place is shown beside the place that contains it", () => {
    expect(containmentCaveat([xiamen!, xiangan!])).toBe(
      "翔安区是厦门市的下辖地区，厦门市的数字可能已包含其中的部分，不宜并列比较。",
    );
  });

  it("names every contained place once, in row order, and sits after the level note", () => {
    expect(comparisonCaveats(NESTED).slice(0, 2)).toEqual([
      "比较对象层级不同：市、区，规模不宜直接比较。",
      "翔安区、思明区是厦门市的下辖地区，厦门市的数字可能已包含其中的部分，不宜并列比较。",
    ]);
  });

  it("says nothing for siblings, unrelated places or rows without a place", () => {
    expect(containmentCaveat([xiangan!, siming!, haidian!])).toBeUndefined();
    expect(containmentCaveat([xiamen!, haidian!])).toBeUndefined();
    expect(containmentCaveat(MIXED)).toBeUndefined();
  });

  it("compares rows of the same measure only (panels of a grouped chart)", () => {
    const apart = [
      { ...xiamen!, group: "talks" },
      { ...xiangan!, group: "teams" },
    ];
    expect(containmentCaveat(apart)).toBeUndefined();
    expect(containmentCaveat(apart.map((r) => ({ ...r, group: "talks" })))).toContain(
      "翔安区是厦门市的下辖地区",
    );
  });
});

describe("containment in the charts of a data set", () => {
  // The valid fixture: 厦门市 and its 思明区 both report volunteer teams.
  const data = loadDataset("tests/fixtures/data/valid").dataset;
  const xiamen = data?.regionById.get("xiamen");
  const spec = data && xiamen && regionTopicChart(data, xiamen, "volunteer");

  it("gives each row its place and the places containing it", () => {
    const rows = rowsOf(spec?.facts ?? [], data!);
    expect(rows.map((r) => r.place)).toEqual(
      expect.arrayContaining([
        { id: "xiamen", name: "厦门市", within: ["fujian"] },
        { id: "siming", name: "思明区", within: ["xiamen", "fujian"] },
      ]),
    );
  });

  it("marks the contained place's bar with the place containing it", () => {
    const rows = rowsOf(spec?.facts ?? [], data!);
    const siming = rows.find((r) => r.place?.id === "siming");
    expect(siming?.partOf).toBe("厦门市");
    expect(rows.find((r) => r.place?.id === "xiamen")?.partOf).toBeUndefined();
    expect(renderChart(spec!, data!)).toContain("思明区（属厦门市）");
    // Alone, or beside a sibling, a district is no one's part.
    const alone = rowsOf(
      (spec?.facts ?? []).filter((f) => f.region === "siming"),
      data!,
    );
    expect(alone.map((r) => r.partOf)).toEqual([undefined]);
  });

  it("draws the containment note into the chart and its description", () => {
    const svg = renderChart(spec!, data!);
    const note = "思明区是厦门市的下辖地区，厦门市的数字可能已包含其中的部分，不宜并列比较。";
    expect(svg).toContain(note.slice(0, 12));
    expect(svg).toMatch(
      /<desc[^>]*>[^<]*思明区是厦门市的下辖地区，厦门市的数字可能已包含其中的部分/u,
    );
  });
});
