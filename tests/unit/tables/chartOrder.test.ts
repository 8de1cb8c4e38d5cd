// Tables under charts list facts in the order the chart draws them.
import { describe, expect, it } from "vitest";
import { metricChart, regionTopicChart } from "../../../src/lib/charts/specs.ts";
import { loadDataset } from "../../../src/lib/data/index.ts";
import { chartOrder } from "../../../src/lib/tables/chartOrder.ts";

const { dataset } = loadDataset("data");
if (!dataset) throw new Error("the real data set does not load");
const data = dataset;

describe("chartOrder", () => {
  it("ranks one measure's rows largest first, like its bars", () => {
    const metric = data.metricById.get("volunteer-teams");
    if (!metric) throw new Error("volunteer-teams");
    const values = chartOrder(metricChart(data, metric), data).map((f) => f.value);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(values.length).toBe(data.factsByMetric.get("volunteer-teams")?.length);
  });

  it("keeps panels in measure order, each ranked, and drops no row", () => {
    const haidian = data.regionById.get("haidian");
    const spec = haidian && regionTopicChart(data, haidian, "volunteer");
    if (!spec) throw new Error("Haidian has a volunteer chart");
    const ordered = chartOrder(spec, data);
    expect(ordered.map((f) => f.id).sort()).toEqual(spec.facts.map((f) => f.id).sort());
    const panels = [...new Set(ordered.map((f) => f.metric))];
    expect(panels).toEqual(spec.metrics.map((m) => m.id).filter((id) => panels.includes(id)));
    for (const id of panels) {
      const values = ordered.filter((f) => f.metric === id).map((f) => f.value);
      expect(values).toEqual([...values].sort((a, b) => b - a));
    }
  });
});
