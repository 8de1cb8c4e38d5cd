import { describe, expect, it } from "vitest";
import { comparisonCaveats } from "../../../src/lib/charts/caveats.ts";
import { MIXED, PLAIN } from "./fixtures.ts";

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
});
