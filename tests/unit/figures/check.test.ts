import { describe, expect, it } from "vitest";
import { figureProblem, statesValue } from "../../../src/lib/figures/check.ts";

describe("figureProblem", () => {
  const quote = "636支队伍、1.6万余名队员";

  it("accepts the figure the quote states, with its multiplier and qualifier", () => {
    expect(figureProblem(quote, 16000, "over")).toBeUndefined();
    expect(figureProblem(quote, 636, "exact")).toBeUndefined();
    expect(figureProblem("受众上万人次", 10000, "over")).toBeUndefined();
    expect(figureProblem("覆盖第一和服务量居全市首位", 1, "exact")).toBeUndefined();
  });

  it("refuses a value typed without its multiplier", () => {
    expect(figureProblem(quote, 1.6, "over")).toBe(
      "value 1.6, but the quote states 636 (exact), 1.6万余 = 16000 (over)",
    );
    expect(figureProblem("团结凝聚全市4.2万名老党员", 4200, "exact")).toBe(
      "value 4200, but the quote states 4.2万 = 42000 (exact)",
    );
  });

  it("refuses a qualifier that the figure's words contradict", () => {
    expect(figureProblem(quote, 16000, "exact")).toBe(
      "qualifier exact, but the quote states 1.6万余 = 16000 (over)",
    );
    expect(figureProblem("建成180支、近5000人", 5000, "over")).toBe(
      "qualifier over, but the quote states 近5000 = 5000 (nearly)",
    );
    expect(figureProblem("组织约2000名老干部", 2000, "exact")).toBe(
      "qualifier exact, but the quote states 约2000 = 2000 (about)",
    );
    expect(figureProblem("建成180支队伍", 180, "over")).toBe(
      "qualifier over, but the quote states 180 (exact)",
    );
  });

  it("never takes a year for a value, and says when a quote states no figure", () => {
    expect(figureProblem("2024年主导制定国家标准23项", 2024, "exact")).toBe(
      "value 2024, but the quote states 23 (exact)",
    );
    expect(figureProblem("2024年召开会议", 2024, "exact")).toBe(
      "value 2024, but the quote states no figure",
    );
  });
});

describe("statesValue", () => {
  it("is true only for values the quote states in base units", () => {
    expect(statesValue("组织专题宣讲10余场", 10)).toBe(true);
    expect(statesValue("4.2万名老党员", 4.2)).toBe(false);
    expect(statesValue("4.2万名老党员", 10000)).toBe(false);
  });
});
