import { describe, expect, it } from "vitest";
import { linearScale, scaleTicks, textWidth, wrap } from "../../../src/lib/charts/layout.ts";

describe("text measurement", () => {
  it("counts CJK as 1em and ASCII as 0.55em", () => {
    expect(textWidth("海淀区", 16)).toBe(48);
    expect(textWidth("ab", 10)).toBeCloseTo(11);
    expect(textWidth("（区）", 10)).toBe(30);
    // Curly quotes and dashes are full width in Chinese fonts; measured narrow, notes overflowed.
    expect(textWidth("“约”—", 10)).toBe(40);
  });

  it("wraps Chinese text without starting a line with punctuation", () => {
    const lines = wrap("年份不同：2021年、2023年，各数字所指时段不一致。", 130, 13);
    expect(lines.join("")).toBe("年份不同：2021年、2023年，各数字所指时段不一致。");
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines.slice(1)) expect("，。、；：").not.toContain(line[0]);
  });
});

describe("scales", () => {
  it("maps 0 to the range start and niced maxima to its end", () => {
    const x = linearScale([0, 390300], [0, 400]);
    expect(x(0)).toBe(0);
    expect(x.domain()).toEqual([0, 400000]);
    expect(x(200000)).toBe(200);
  });

  it("does not put all-zero data mid-range", () => {
    expect(linearScale([0, 0], [10, 110])(0)).toBe(10);
  });

  it("makes round ticks across the domain", () => {
    // The range is a fraction of the width: about one tick per 90 px of a 600 px chart.
    expect(scaleTicks(linearScale([0, 100], [0, 1]), 600)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(scaleTicks(linearScale([0, 100], [0, 1]), 280)).toEqual([0, 50, 100]);
  });
});
