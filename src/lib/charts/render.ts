/**
 * Draws a chart spec with the chart function its kind calls for. The one
 * place that maps specs (site data) onto the pure chart functions.
 */
import type { Dataset } from "../data/dataset.ts";
import { barChart } from "./barChart.ts";
import { dotChart } from "./dotChart.ts";
import { groupedBarChart } from "./groupedBarChart.ts";
import { rowsOf, type ChartSpec } from "./specs.ts";

/** SVG markup of `spec`. */
export function renderChart(spec: ChartSpec, data: Dataset): string {
  const rows = rowsOf(spec.facts, data, spec.labelBy);
  const [first] = spec.metrics;
  // 480 units wide: on a 375 px phone the labels still read at ~12 px, and the
  // page caps the width so desktop text does not balloon.
  const options = {
    id: spec.id,
    title: spec.title,
    description: spec.description,
    unit: first?.unit_zh ?? "",
    width: 480,
  };
  if (spec.kind === "panels") {
    const groups = spec.metrics.map((m) => ({ id: m.id, title: m.name_zh, unit: m.unit_zh }));
    return groupedBarChart(rows, { ...options, groups });
  }
  return spec.kind === "dot" ? dotChart(rows, options) : barChart(rows, options);
}
