/**
 * Ranked horizontal bar chart of one measure across places: bars sorted
 * largest first, each with its place, level, period and qualified value, and
 * the comparison's caveats drawn underneath so they travel with the SVG.
 */
import { barPanel, barSample } from "./barPanel.ts";
import { comparisonCaveats } from "./caveats.ts";
import { chartFrame } from "./frame.ts";
import type { ChartOptions, ChartRow } from "./types.ts";

/** SVG markup (`<svg class="chart chart-bar">`) of `rows` as ranked bars; "暂无数据" when empty. */
export function barChart(rows: readonly ChartRow[], options: ChartOptions): string {
  return chartFrame({
    options,
    kind: "bar",
    rows,
    body: (y, width) => barPanel(rows, options.unit, y, width),
    notes: comparisonCaveats(rows),
    sample: barSample,
  });
}
