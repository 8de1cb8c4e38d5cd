/**
 * Dot (lollipop) chart for shares and rates: a stem from 0 to a dot at the
 * value, ranked largest first. For percentages the axis always spans 0–100 %,
 * so a 9 % share never looks like most of the whole.
 */
import { AXIS_HEIGHT, xAxis } from "./axis.ts";
import { comparisonCaveats } from "./caveats.ts";
import { chartFrame, type Panel } from "./frame.ts";
import { linearScale, pct } from "./layout.ts";
import type { LegendSample } from "./legend.ts";
import { markGroup, qualifierClass, rowHeader, sortRows } from "./marks.ts";
import { el, type Markup } from "./svg.ts";
import type { ChartOptions, ChartRow, Qualifier } from "./types.ts";

// Height of a row with a one-line label.
const ROW_HEIGHT = 50;
const RADIUS = 6;
// Room right of the largest dot for the arrow of an "over" value.
const ARROW = 16;

/** A dot at (cx, cy) in the style of `qualifier`: filled, filled + arrow, or dashed and pale. */
function dot(qualifier: Qualifier, cx: number | string, cy: number): Markup {
  const circle = el("circle", { class: `dot ${qualifierClass({ qualifier })}`, cx, cy, r: RADIUS });
  if (qualifier !== "over") return circle;
  const [base, tip] = [RADIUS + 3, RADIUS + 10];
  const points = `${base},-5 ${tip},0 ${base},5`;
  // A nested <svg> at the dot's centre places the arrow in pixels next to a percentage.
  return el("g", {}, [
    circle,
    el("svg", { x: cx, y: cy, overflow: "visible" }, [el("polygon", { class: "arrow", points })]),
  ]);
}

/** Legend sample in the dot style (pixels). */
export const dotSample: LegendSample = (q, x, y) => dot(q, x + RADIUS, y);

/** Scale domain: 0–100 for percentages (wider only if a value exceeds 100), else 0 to the max. */
function domainOf(rows: readonly ChartRow[], unit: string): [number, number] {
  const values = rows.map((r) => r.value);
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  return unit === "%" ? [lo, Math.max(100, hi)] : [lo, hi];
}

/** SVG markup (`<svg class="chart chart-dot">`) of `rows` as ranked dots; "暂无数据" when empty. */
export function dotChart(rows: readonly ChartRow[], options: ChartOptions): string {
  const body = (y: number, width: number): Panel => {
    const scale = linearScale(domainOf(rows, options.unit), [RADIUS / width, 1 - ARROW / width]);
    const sorted = sortRows(rows);
    let top = y;
    const marks = sorted.map((row) => {
      const header = rowHeader(row, options.unit, width, top + 17);
      const cy = top + header.extra + 33;
      top += ROW_HEIGHT + header.extra;
      return markGroup(row, options.unit, [
        header.markup,
        el("line", {
          class: "stem",
          x1: pct(scale(0)),
          x2: pct(scale(row.value)),
          y1: cy,
          y2: cy,
        }),
        dot(row.qualifier, pct(scale(row.value)), cy),
      ]);
    });
    return {
      backdrop: xAxis(scale, options.unit, y, top, width),
      marks: el("g", {}, marks),
      height: top - y + AXIS_HEIGHT,
    };
  };
  return chartFrame({
    options,
    kind: "dot",
    rows,
    body,
    notes: comparisonCaveats(rows),
    sample: dotSample,
  });
}
