import { describe, expect, it } from "vitest";
import { arabicNumeral, chineseNumeral, scale } from "../../../src/lib/figures/numerals.ts";

describe("chineseNumeral", () => {
  it.each([
    ["七", 7],
    ["两", 2],
    ["十", 10],
    ["十二", 12],
    ["四十", 40],
    ["二十", 20],
    ["六百", 600],
    ["三百零五", 305],
    ["三千", 3000],
    ["两万", 20000],
    ["十万", 100000],
    ["十二万三千", 123000],
    ["万", 10000],
    ["百万", 1000000],
    ["三亿", 300000000],
  ])("%s is %d", (run, value) => {
    expect(chineseNumeral(run)).toBe(value);
  });

  it("refuses runs that are not one number (七一 is 1 July, 一一 is one by one)", () => {
    expect(chineseNumeral("七一")).toBeUndefined();
    expect(chineseNumeral("一一")).toBeUndefined();
    expect(chineseNumeral("十百")).toBeUndefined();
  });
});

describe("arabicNumeral and scale", () => {
  it("drops thousands separators and multiplies in decimal", () => {
    expect(arabicNumeral("12,513")).toBe(12513);
    expect(arabicNumeral("12，513")).toBe(12513);
    expect(arabicNumeral("44.62")).toBe(44.62);
    expect(scale(39.03, 1e4)).toBe(390300);
    expect(scale(221.9, 1e4)).toBe(2219000);
  });
});
