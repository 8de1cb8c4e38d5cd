/**
 * One panel of ranked horizontal bars with its own scale and axis: the shared
 * core of `barChart` (one panel) and `groupedBarChart` (one panel per measure).
 * Each row is a text line (place, level, period, value) over a bar starting at 0.
 */
import { AXIS_HEIGHT, xAxis } from "./axis.ts";
import type { Panel } from "./frame.ts";
import { MARGIN, linearScale } from "./layout.ts";
import type { LegendSample } from "./legend.ts";
import { markGroup, qualifierClass, rowHeader, sortRows } from "./marks.ts";
import { el, num, type Markup } from "./svg.ts";
import type { ChartRow, Qualifier } from "./types.ts";

/** Height of a row with a one-line label: its text line and its bar. */
export const ROW_HEIGHT = 50;
const BAR_HEIGHT = 16;
const BAR_OFFSET = 25;
// Room right of the longest bar for the arrow of an "over" value.
const ARROW = 10;

/** An arrowhead after `x`: the value is a lower bound, the true bar runs on. */
function arrow(x: number, top: number, height: number): Markup {
  const points = [
    [x, top - 3],
    [x + ARROW - 1, top + height / 2],
    [x, top + height + 3],
  ];
  return el("polygon", {
    class: "arrow",
    points: points.map((p) => p.map(num).join(",")).join(" "),
  });
}

/** A bar from `x0` to `x1` in the style of `qualifier` (solid, solid + arrow, or dashed). */
function bar(qualifier: Qualifier, x0: number, x1: number, top: number, height: number): Markup {
  const rect = el("rect", {
    class: `bar ${qualifierClass({ qualifier })}`,
    x: Math.min(x0, x1),
    y: top,
    width: Math.abs(x1 - x0),
    height,
  });
  return qualifier === "over" ? el("g", {}, [rect, arrow(Math.max(x0, x1), top, height)]) : rect;
}

/** Legend sample in the bar style. */
export const barSample: LegendSample = (q, x, y) => bar(q, x, x + 16, y - 6, 12);

/** Ranked bars of `rows` (largest first) from `y` down, each bar's length proportional to its value. */
export function barPanel(rows: readonly ChartRow[], unit: string, y: number, width: number): Panel {
  const sorted = sortRows(rows);
  const x0 = MARGIN.left;
  const x1 = width - MARGIN.right;
  const values = sorted.map((r) => r.value);
  const scale = linearScale([Math.min(0, ...values), Math.max(0, ...values)], [x0, x1 - ARROW]);
  let top = y;
  const marks = sorted.map((row) => {
    const header = rowHeader(row, unit, x0, x1, top + 17);
    const barTop = top + header.extra + BAR_OFFSET;
    top += ROW_HEIGHT + header.extra;
    return markGroup(row, unit, [
      header.markup,
      bar(row.qualifier, scale(0), scale(row.value), barTop, BAR_HEIGHT),
    ]);
  });
  return {
    backdrop: xAxis(scale, unit, y, top, width),
    marks: el("g", {}, marks),
    height: top - y + AXIS_HEIGHT,
  };
}
