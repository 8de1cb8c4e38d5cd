/**
 * Draws a chart spec with the chart function its kind calls for. The one
 * place that maps specs (site data) onto the pure chart functions.
 */
import type { Dataset } from "../data/dataset.ts";
import { barChart } from "./barChart.ts";
import { barSample } from "./barPanel.ts";
import { captionsHtml } from "./captions.ts";
import { comparisonCaveats, qualifierCaveat } from "./caveats.ts";
import { dotChart, dotSample } from "./dotChart.ts";
import { groupedBarChart } from "./groupedBarChart.ts";
import { rowsOf, type ChartSpec } from "./specs.ts";
import type { ChartOptions, ChartRow } from "./types.ts";

/** Options the caller may set: layout width, literal palette, captions in or out of the SVG, style sheet or not. */
export type RenderOptions = Pick<ChartOptions, "width" | "palette" | "captions" | "style">;

/**
 * The rows of the spec drawn last: a page asks for a chart's rows twice in a row (chart, then
 * captions). One entry, not one per spec: the catalog keeps every spec for the whole build, so a
 * cache keyed by spec would keep every chart's rows too (hundreds of MB at national scale).
 */
let lastRows: { spec: ChartSpec; data: Dataset; rows: ChartRow[] } | undefined;

/** The rows of `spec`, built once for its chart and its captions. */
function specRows(spec: ChartSpec, data: Dataset): ChartRow[] {
  if (lastRows?.spec === spec && lastRows.data === data) return lastRows.rows;
  const rows = rowsOf(spec.facts, data, spec.labelBy);
  lastRows = { spec, data, rows };
  return rows;
}

/** SVG markup of `spec` (legend and notes drawn in unless `captions: false`). */
export function renderChart(spec: ChartSpec, data: Dataset, extra: RenderOptions = {}): string {
  const rows = specRows(spec, data);
  const [first] = spec.metrics;
  const options = {
    id: spec.id,
    title: spec.title,
    description: spec.description,
    unit: first?.unit_zh ?? "",
    ...extra,
  };
  if (spec.kind === "panels") {
    const groups = spec.metrics.map((m) => ({ id: m.id, title: m.name_zh, unit: m.unit_zh }));
    return groupedBarChart(rows, { ...options, groups });
  }
  return spec.kind === "dot" ? dotChart(rows, options) : barChart(rows, options);
}

/**
 * The legend and bottom notes of `spec` as HTML, for a page that drew the chart with
 * `captions: false` (panel notes stay inside their panels).
 */
export function renderCaptions(spec: ChartSpec, data: Dataset): string {
  const rows = specRows(spec, data);
  const notes =
    spec.kind === "panels"
      ? [qualifierCaveat(rows)].filter((c): c is string => c !== undefined)
      : comparisonCaveats(rows);
  return captionsHtml(rows, notes, spec.kind === "dot" ? dotSample : barSample);
}
