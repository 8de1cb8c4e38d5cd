/**
 * The qualifier legend: drawn whenever a chart holds a value the source only
 * bounds or approximates, showing each mark style next to its meaning so the
 * difference never rests on colour.
 */
import { FONT, SMALL_LINE, textWidth } from "./layout.ts";
import { el, type Markup } from "./svg.ts";
import type { ChartRow, Qualifier } from "./types.ts";

/** Draws a sample mark for `qualifier` in the box [x, x + SAMPLE_WIDTH], vertically centred on `y`. */
export type LegendSample = (qualifier: Qualifier, x: number, y: number) => Markup;

/** Width of a sample mark in the legend. */
export const SAMPLE_WIDTH = 26;

/** What each mark style means, as the legend says it. */
export const MEANING: Record<Qualifier, string> = {
  exact: "确数",
  over: "下限（+，原文作余/多/超过，实际更多）",
  about: "约数（约）",
  nearly: "接近（近，略低于所示）",
};
const ORDER: readonly Qualifier[] = ["exact", "over", "about", "nearly"];

/** The qualifiers the legend shows for `rows`, in order; none when every value is exact. */
export function legendQualifiers(rows: readonly Pick<ChartRow, "qualifier">[]): Qualifier[] {
  const present = new Set(rows.map((r) => r.qualifier));
  if ([...present].every((q) => q === "exact")) return [];
  return ORDER.filter((o) => present.has(o));
}

/** A drawn block of the chart and its height, in user units. */
export interface Block {
  markup: Markup;
  height: number;
}

/** Legend items for the qualifiers in `rows`, flowing left to right; empty when all are exact. */
export function legend(
  rows: readonly ChartRow[],
  sample: LegendSample,
  x0: number,
  y0: number,
  width: number,
): Block {
  const shown = legendQualifiers(rows);
  if (shown.length === 0) return { markup: el("g"), height: 0 };
  const items: Markup[] = [];
  let x = x0;
  let y = y0 + SMALL_LINE / 2;
  for (const q of shown) {
    const itemWidth = SAMPLE_WIDTH + 6 + textWidth(MEANING[q], FONT.small);
    if (x > x0 && x + itemWidth > x0 + width) {
      x = x0;
      y += SMALL_LINE;
    }
    items.push(
      el("g", { class: `legend-item q-${q}` }, [
        sample(q, x, y),
        el("text", { class: "note", x: x + SAMPLE_WIDTH + 6, y: y + 4.5 }, MEANING[q]),
      ]),
    );
    x += itemWidth + 18;
  }
  return { markup: el("g", { class: "legend" }, items), height: y - y0 + SMALL_LINE / 2 };
}
