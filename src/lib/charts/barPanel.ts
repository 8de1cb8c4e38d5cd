/**
 * One panel of ranked horizontal bars with its own scale and axis: the shared
 * core of `barChart` (one panel) and `groupedBarChart` (one panel per measure).
 * Each row is a text line (place, level, period, value) over a bar starting at 0;
 * bar lengths are percentages of the width, text and heights are pixels.
 */
import { AXIS_HEIGHT, xAxis } from "./axis.ts";
import type { Panel } from "./frame.ts";
import { linearScale, pct } from "./layout.ts";
import type { LegendSample } from "./legend.ts";
import { markGroup, qualifierClass, rowHeader, sortRows } from "./marks.ts";
import { el, num, raw, type Markup } from "./svg.ts";
import type { ChartRow, Qualifier } from "./types.ts";

/** Height of a row with a one-line label: its text line and its bar. */
export const ROW_HEIGHT = 50;
const BAR_HEIGHT = 16;
const BAR_OFFSET = 25;
// Room right of the longest bar for the arrow of an "over" value.
const ARROW = 10;

/** An arrowhead after the fraction `x`: the value is a lower bound, the true bar runs on. */
function arrow(x: number, top: number, height: number): Markup {
  // A nested <svg> places the shape at a percentage; its points stay in pixels.
  const points = `0,-3 ${ARROW - 1},${num(height / 2)} 0,${num(height + 3)}`;
  return el("svg", { x: pct(x), y: top, overflow: "visible" }, [
    el("polygon", { class: "arrow", points }),
  ]);
}

/** A bar from fraction `x0` to `x1` of the width in the style of `qualifier` (solid, solid + arrow, or dashed). */
function bar(qualifier: Qualifier, x0: number, x1: number, top: number, height: number): Markup {
  const left = Math.min(x0, x1);
  const rect = el("rect", {
    class: `bar ${qualifierClass({ qualifier })}`,
    // x defaults to 0, where every bar of positive values starts.
    x: left === 0 ? undefined : pct(left),
    y: top,
    width: pct(Math.abs(x1 - x0)),
    height,
  });
  return qualifier === "over"
    ? raw(`${rect.html}${arrow(Math.max(x0, x1), top, height).html}`)
    : rect;
}

/** Legend sample in the bar style, 16 px wide at pixel `x` (legend geometry is in pixels). */
export const barSample: LegendSample = (q, x, y) => {
  const rect = el("rect", {
    class: `bar ${qualifierClass({ qualifier: q })}`,
    x,
    y: y - 6,
    width: 16,
    height: 12,
  });
  if (q !== "over") return rect;
  const points = `${num(x + 16)},${num(y - 9)} ${num(x + 16 + ARROW - 1)},${num(y)} ${num(x + 16)},${num(y + 9)}`;
  return el("g", {}, [rect, el("polygon", { class: "arrow", points })]);
};

/**
 * Ranked bars of `rows` (largest first) from `y` down, each bar's length proportional to its
 * value; text laid out for a `width`-px column, bars stretching with the real one.
 */
export function barPanel(rows: readonly ChartRow[], unit: string, y: number, width: number): Panel {
  const sorted = sortRows(rows);
  const values = sorted.map((r) => r.value);
  const scale = linearScale(
    [Math.min(0, ...values), Math.max(0, ...values)],
    [0, 1 - ARROW / width],
  );
  let top = y;
  const marks = sorted.map((row) => {
    const header = rowHeader(row, unit, width, top + 17);
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
