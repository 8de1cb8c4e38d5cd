import { describe, expect, it } from "vitest";
import {
  formatNumber,
  formatPeriod,
  formatTicks,
  formatValue,
  qualifierLabel,
} from "../../../src/lib/format/number.ts";

describe("formatNumber", () => {
  it("writes numbers below 10,000 in plain digits, as Chinese text does", () => {
    expect(formatNumber(180, "支")).toBe("180 支");
    expect(formatNumber(5000, "人")).toBe("5000 人");
    expect(formatNumber(9999)).toBe("9999");
    expect(formatNumber(-42)).toBe("-42");
  });

  it("uses 万 from 10,000 and 亿 from 100,000,000", () => {
    expect(formatNumber(10000)).toBe("1万");
    expect(formatNumber(16000, "人")).toBe("1.6万 人");
    expect(formatNumber(390300, "人")).toBe("39.03万 人");
    expect(formatNumber(100000)).toBe("10万");
    expect(formatNumber(1200000)).toBe("120万");
    expect(formatNumber(350000000)).toBe("3.5亿");
    expect(formatNumber(12345000000)).toBe("123.45亿");
  });

  it("keeps every digit instead of rounding into 万", () => {
    expect(formatNumber(123456)).toBe("12.3456万");
    expect(formatNumber(390350)).toBe("39.035万");
    expect(formatNumber(99999)).toBe("9.9999万");
    expect(formatNumber(10000.5)).toBe("1.00005万");
  });

  it("glues percent to the number and keeps its decimals", () => {
    expect(formatNumber(8.72, "%")).toBe("8.72%");
    expect(formatNumber(100, "%")).toBe("100%");
    expect(formatNumber(0.5, "%")).toBe("0.5%");
  });

  it("is lossless: the digits shown equal the value", () => {
    // Undo 万/亿 by moving the decimal point in the string, so no float arithmetic hides a loss.
    const unshift = (digits: string, places: number) => {
      const [int = "", frac = ""] = digits.split(".");
      const padded = frac.padEnd(places, "0");
      return `${int}${padded.slice(0, places)}.${padded.slice(places) || "0"}`;
    };
    for (const v of [
      0, 1, 7.5, 8.72, 1234.5678, 16000, 390300, 123456, 10000.5, 1e9, 12345000000, 0.000123,
    ]) {
      const shown = formatNumber(v).replaceAll(",", "");
      const back = shown.endsWith("亿")
        ? unshift(shown.slice(0, -1), 8)
        : shown.endsWith("万")
          ? unshift(shown.slice(0, -1), 4)
          : shown;
      expect(Number(back), shown).toBe(v);
    }
  });
});

describe("formatValue", () => {
  it("renders exact values plainly", () => {
    expect(formatValue(180, "exact", "支")).toBe("180 支");
  });

  it("marks lower bounds with a visible +", () => {
    expect(formatValue(240, "over", "场")).toBe("240+ 场");
    expect(formatValue(16000, "over", "名")).toBe("1.6万+ 名");
    expect(formatValue(390300, "over", "人")).toBe("39.03万+ 人");
    expect(formatValue(8.72, "over", "%")).toBe("8.72%+");
    expect(formatValue(240, "over", "")).toBe("240+");
  });

  it("prefixes approximations with 约 and 近", () => {
    expect(formatValue(23000, "about", "人次")).toBe("约 2.3万 人次");
    expect(formatValue(5000, "nearly", "人")).toBe("近 5000 人");
    expect(formatValue(390300, "about", "人次")).toBe("约 39.03万 人次");
    expect(formatValue(8.72, "nearly", "%")).toBe("近 8.72%");
  });
});

describe("formatTicks", () => {
  it("uses one style for a whole axis", () => {
    expect(formatTicks([0, 50000, 100000, 150000])).toEqual(["0", "5万", "10万", "15万"]);
    expect(formatTicks([0, 5000, 10000])).toEqual(["0", "0.5万", "1万"]);
    expect(formatTicks([0, 2000, 4000])).toEqual(["0", "2000", "4000"]);
    expect(formatTicks([0, 50, 100], "%")).toEqual(["0%", "50%", "100%"]);
  });
});

describe("formatPeriod and qualifierLabel", () => {
  it("formats years and spans", () => {
    expect(formatPeriod("2025")).toBe("2025年");
    expect(formatPeriod("2016-2020")).toBe("2016–2020年");
    expect(formatPeriod("近年")).toBe("近年");
  });

  it("names qualifiers in Chinese", () => {
    expect(qualifierLabel("over")).toBe("余");
    expect(qualifierLabel("about")).toBe("约");
    expect(qualifierLabel("nearly")).toBe("近");
    expect(qualifierLabel("exact")).toBe("精确");
  });
});
