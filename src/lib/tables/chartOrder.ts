/**
 * A chart's facts in the order the chart draws them, so the table under a
 * chart reads in the same order as its bars: panel by panel (measure order),
 * each ranked largest first as `sortRows` ranks the bars.
 */
import { sortRows } from "../charts/marks.ts";
import { rowsOf, type ChartSpec } from "../charts/specs.ts";
import type { Dataset } from "../data/dataset.ts";
import type { Fact } from "../data/schema.ts";

/** `spec.facts` in drawing order. */
export function chartOrder(spec: ChartSpec, data: Dataset): Fact[] {
  const byId = new Map(spec.facts.map((f) => [f.id, f]));
  const ranked = sortRows(rowsOf(spec.facts, data, spec.labelBy)).flatMap(
    (r) => byId.get(r.key) ?? [],
  );
  if (spec.kind !== "panels") return ranked;
  const panel = new Map(spec.metrics.map((m, i) => [m.id, i]));
  const last = spec.metrics.length;
  // Array.prototype.sort is stable: within a panel the ranking stays.
  return ranked.sort((a, b) => (panel.get(a.metric) ?? last) - (panel.get(b.metric) ?? last));
}
