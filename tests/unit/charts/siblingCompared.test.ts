// Which places' topic charts are sibling comparisons (shown on their parent's comparison
// page, with no embed page of their own and a CSV of their own figures only): every place
// of a synthetic data set where measures have more figures than a chart draws, no real place.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generateSynthetic } from "../../../scripts/synth.ts";
import { comparedInParent, parentCharts, placeCharts } from "../../../src/lib/charts/catalog.ts";
import { PLACE_FIGURES_COLUMNS, placeFiguresCsv } from "../../../src/lib/charts/chartCsv.ts";
import {
  comparesSiblings,
  isSiblingCompared,
  MAX_BARS,
  type ChartSpec,
} from "../../../src/lib/charts/specs.ts";
import type { Dataset } from "../../../src/lib/data/dataset.ts";
import { loadDataset } from "../../../src/lib/data/index.ts";
import type { Fact, Metric } from "../../../src/lib/data/schema.ts";

/** A data set of which the predicate reads only how many figures each measure has. */
function counts(figures: Record<string, number>): Dataset {
  const byMetric = new Map(Object.entries(figures).map(([id, n]) => [id, new Array<Fact>(n)]));
  return { factsByMetric: byMetric } as unknown as Dataset;
}
const chart = (...ids: string[]): Pick<ChartSpec, "metrics"> => ({
  metrics: ids.map((id) => ({ id }) as Metric),
});

describe("isSiblingCompared", () => {
  const data = counts({ many: MAX_BARS + 1, more: 200, few: MAX_BARS });

  it("holds when every panel of every topic chart compares with the siblings", () => {
    expect(comparesSiblings(data, { id: "many" })).toBe(true);
    expect(comparesSiblings(data, { id: "few" })).toBe(false);
    expect(isSiblingCompared(data, { parent: "p" }, [chart("many"), chart("more", "many")])).toBe(
      true,
    );
  });

  it("fails for one panel compared with every reporting place, no parent, or no chart", () => {
    expect(isSiblingCompared(data, { parent: "p" }, [chart("many"), chart("more", "few")])).toBe(
      false,
    );
    expect(isSiblingCompared(data, { parent: null }, [chart("many")])).toBe(false);
    expect(isSiblingCompared(data, { parent: "p" }, [])).toBe(false);
  });
});

describe("the catalog's sibling-compared places", () => {
  const scratch = mkdtempSync(join(tmpdir(), "silver-atlas-siblings-"));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  generateSynthetic({ places: 12, metrics: 4, years: 5, seed: 1 }, scratch);
  const synthetic = loadDataset(scratch).dataset;
  const real = loadDataset("data").dataset;
  if (!synthetic || !real) throw new Error("a data set does not load");

  it("are no real place: each keeps its embed page", () => {
    const charts = [...placeCharts(real).values()].flat();
    expect(charts.length).toBeGreaterThan(0);
    expect(charts.filter((c) => c.comparedIn !== undefined)).toEqual([]);
    for (const specs of placeCharts(real).values()) expect(comparedInParent(specs)).toBeUndefined();
  });

  it("are every synthetic place with charts, shown on the parent's page holding each measure", () => {
    const places = [...placeCharts(synthetic)];
    expect(places.length).toBeGreaterThan(0);
    for (const [place, specs] of places) {
      const parent = synthetic.regionById.get(place)?.parent;
      expect(comparedInParent(specs), place).toBe(parent);
      for (const spec of specs) {
        expect(spec.comparedIn, spec.id).toBe(parent);
        const comparisons = parentCharts(synthetic).get(parent ?? "") ?? [];
        const measures = new Set(comparisons.map((c) => c.metrics[0]?.id));
        expect(spec.metrics.every((m) => measures.has(m.id))).toBe(true);
        const first = comparisons.find((c) => c.metrics[0]?.id === spec.metrics[0]?.id);
        expect(spec.parentPage).toBe(first?.parentPage ?? 1);
      }
    }
  });

  it("download their own figures only, every year, in lean columns", () => {
    const [place = ""] = placeCharts(synthetic).keys();
    const csv = placeFiguresCsv(place, synthetic);
    expect(csv.startsWith("\uFEFF")).toBe(true); // Excel reads it as UTF-8
    const lines = csv.trim().split("\n");
    expect(lines[0]).toBe(PLACE_FIGURES_COLUMNS.join(","));
    const own = synthetic.factsByRegion.get(place) ?? [];
    expect(own.length).toBeGreaterThan(0);
    expect(lines.slice(1).map((l) => l.split(",")[0])).toEqual(own.map((f) => f.id));
    expect(new Set(own.map((f) => f.period)).size).toBe(5);
  });
});
