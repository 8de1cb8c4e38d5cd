/**
 * Small multiples: one ranked bar panel per measure, stacked vertically, each
 * with its own scale and axis, because measures in unlike units (个, 人, %) must
 * never share one axis. Level and period caveats are drawn under the panel they
 * concern; the qualifier note once at the bottom.
 */
import { barPanel, barSample } from "./barPanel.ts";
import {
  basisCaveat,
  containmentCaveat,
  levelCaveat,
  periodCaveat,
  qualifierCaveat,
} from "./caveats.ts";
import { chartFrame, notesBlock, type Panel } from "./frame.ts";
import { el, type Markup } from "./svg.ts";
import type { ChartOptions, ChartRow } from "./types.ts";

/** One measure of a grouped chart: rows whose `group` equals `id` are drawn in its panel. */
export interface ChartGroup {
  id: string;
  /** Panel heading, e.g. the measure's Chinese name. */
  title: string;
  /** Unit of this measure's values. */
  unit: string;
}

/** Options of `groupedBarChart`: the panels, in order (`unit` is used for rows of unlisted groups). */
export interface GroupedChartOptions extends ChartOptions {
  groups: readonly ChartGroup[];
}

const PANEL_GAP = 18;

/** The listed groups, then any group the rows use but the options omit, so no row is dropped. */
function panelsOf(rows: readonly ChartRow[], options: GroupedChartOptions): ChartGroup[] {
  const listed = new Set(options.groups.map((g) => g.id));
  const extra = [...new Set(rows.map((r) => r.group ?? ""))].filter((id) => !listed.has(id));
  return [...options.groups, ...extra.map((id) => ({ id, title: id, unit: options.unit }))];
}

/** The caveats of one panel, each prefixed with its measure for the description. */
function panelCaveats(rows: readonly ChartRow[]): string[] {
  return [levelCaveat(rows), containmentCaveat(rows), periodCaveat(rows), basisCaveat(rows)].filter(
    (c): c is string => c !== undefined,
  );
}

/** SVG markup (`<svg class="chart chart-grouped">`) with one bar panel per group; "暂无数据" when empty. */
export function groupedBarChart(rows: readonly ChartRow[], options: GroupedChartOptions): string {
  const groups = panelsOf(rows, options).map((g) => {
    const own = rows.filter((r) => (r.group ?? "") === g.id);
    // Computed once: drawn under the panel and read out in <desc>.
    return { ...g, rows: own, caveats: panelCaveats(own) };
  });
  const body = (top: number, width: number): Panel => {
    const backdrop: Markup[] = [];
    const marks: Markup[] = [];
    let y = top;
    for (const g of groups) {
      const heading = g.unit === "" ? g.title : `${g.title}（${g.unit}）`;
      backdrop.push(el("text", { class: "panel-title", x: 0, y: y + 18 }, heading));
      y += 30;
      if (g.rows.length === 0) {
        backdrop.push(el("text", { class: "empty", x: 0, y: y + 14 }, "暂无数据"));
        y += 24;
      } else {
        const panel = barPanel(g.rows, g.unit, y, width);
        backdrop.push(panel.backdrop);
        marks.push(panel.marks);
        y += panel.height;
      }
      const notes = notesBlock(g.caveats, 0, y + 4, width);
      backdrop.push(notes.markup);
      y += (notes.height > 0 ? notes.height + 4 : 0) + PANEL_GAP;
    }
    const grouped = (m: Markup[]) => el("g", {}, m);
    return { backdrop: grouped(backdrop), marks: grouped(marks), height: y - top - PANEL_GAP };
  };
  return chartFrame({
    options,
    kind: "grouped",
    rows,
    body,
    notes: [qualifierCaveat(rows)].filter((c): c is string => c !== undefined),
    panelNotes: groups.flatMap((g) => g.caveats.map((c) => `${g.title}：${c}`)),
    sample: barSample,
  });
}
