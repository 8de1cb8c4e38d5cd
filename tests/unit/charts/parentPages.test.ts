// How a parent's sub-place comparisons are shared out among its embed pages.
import { describe, expect, it } from "vitest";
import { parentPages } from "../../../src/lib/charts/parentPages.ts";
import type { Fact, Metric } from "../../../src/lib/data/schema.ts";

/** A chart of `rows` rows of a measure of `topic`. */
const chart = (topic: Metric["topic"], rows: number) => ({
  facts: Array.from({ length: rows }, () => ({}) as Fact),
  metrics: [{ topic } as Metric],
});

describe("parentPages", () => {
  it("keeps every chart on one page while they fit, in any topic order", () => {
    expect(parentPages([chart("care", 5), chart("party", 5)], 10)).toEqual([1, 1]);
  });

  it("keeps a topic together on the next page when it does not fit in what is left", () => {
    const specs = [chart("party", 6), chart("volunteer", 3), chart("volunteer", 3)];
    expect(parentPages(specs, 10)).toEqual([1, 2, 2]);
  });

  it("orders pages by topic, whatever the order of the measures", () => {
    const specs = [chart("care", 4), chart("party", 4), chart("care", 4), chart("party", 4)];
    expect(parentPages(specs, 8)).toEqual([2, 1, 2, 1]);
  });

  it("splits a topic larger than a page, and gives a chart larger than a page one of its own", () => {
    const specs = [chart("party", 6), chart("party", 6), chart("party", 6), chart("care", 12)];
    expect(parentPages(specs, 10)).toEqual([1, 2, 3, 4]);
    const pages = parentPages(
      Array.from({ length: 60 }, () => chart("care", 25)),
      450,
    );
    expect(Math.max(...pages)).toBe(4);
    for (let p = 1; p <= 4; p++)
      expect(pages.filter((x) => x === p).length * 25).toBeLessThanOrEqual(450);
  });
});
