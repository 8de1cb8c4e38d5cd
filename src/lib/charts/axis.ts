/**
 * A static x axis for one panel: vertical grid lines at d3 ticks, a stronger
 * zero line (bars start there, so their lengths can be compared), tick labels
 * below. Replaces d3-axis, which needs a DOM.
 */
import type { ScaleLinear } from "d3";
import { formatTicks } from "../format/number.ts";
import { FONT, scaleTicks, textWidth } from "./layout.ts";
import { el, type Markup } from "./svg.ts";

/** Grid lines from `top` to `bottom` and tick labels under `bottom`, within [0, width]. */
export function xAxis(
  scale: ScaleLinear<number, number>,
  unit: string,
  top: number,
  bottom: number,
  width: number,
): Markup {
  const values = scaleTicks(scale);
  const labels = formatTicks(values, unit);
  const parts = values.map((v, i) => {
    const x = scale(v);
    const label = labels[i] ?? "";
    const half = textWidth(label, FONT.small) / 2;
    // Keep end labels inside the viewBox rather than centred past its edge.
    const anchor = x + half > width - 2 ? "end" : x - half < 2 ? "start" : "middle";
    return el("g", { class: "tick" }, [
      el("line", { class: v === 0 ? "zero" : "grid", x1: x, x2: x, y1: top, y2: bottom }),
      el("text", { class: "tick", x, y: bottom + 15, "text-anchor": anchor }, label),
    ]);
  });
  return el("g", { class: "axis" }, parts);
}

/** Vertical space the axis needs below `bottom`. */
export const AXIS_HEIGHT = 22;
