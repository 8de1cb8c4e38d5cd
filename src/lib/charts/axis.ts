/**
 * A static x axis for one panel: vertical grid lines at d3 ticks, a stronger
 * zero line (bars start there, so their lengths can be compared), tick labels
 * below. Replaces d3-axis, which needs a DOM. Positions are fractions of the
 * chart's width (percentages), so the axis stretches with the column.
 */
import type { ScaleLinear } from "d3";
import { formatTicks } from "../format/number.ts";
import { FONT, pct, scaleTicks, textWidth } from "./layout.ts";
import { el, type Markup } from "./svg.ts";

/**
 * Grid lines from `top` to `bottom` and tick labels under `bottom`. `scale` maps values to
 * fractions of the width; `width` is the narrowest width laid out for (tick density, end labels).
 */
export function xAxis(
  scale: ScaleLinear<number, number>,
  unit: string,
  top: number,
  bottom: number,
  width: number,
): Markup {
  const values = scaleTicks(scale, width);
  const labels = formatTicks(values, unit);
  const parts = values.map((v, i) => {
    const x = scale(v);
    const label = labels[i] ?? "";
    // Keep end labels inside the chart at its narrowest rather than centred past its edge.
    const half = textWidth(label, FONT.small) / 2 / width;
    // "middle" is the tick labels' default in the style sheet (theme.ts).
    const anchor = x + half > 1 ? "end" : x - half < 0 ? "start" : undefined;
    return [
      el("line", {
        class: v === 0 ? "zero" : "grid",
        x1: pct(x),
        x2: pct(x),
        y1: top,
        y2: bottom,
      }),
      el("text", { class: "tick", x: pct(x), y: bottom + 15, "text-anchor": anchor }, label),
    ];
  });
  return el("g", { class: "axis" }, parts);
}

/** Vertical space the axis needs below `bottom`. */
export const AXIS_HEIGHT = 22;
