/**
 * The legend and caveat notes of a chart as HTML, for pages: set under the SVG
 * they wrap to the column at body-text size, where drawn inside the SVG they
 * would have to be wrapped for the narrowest column. Downloads (SVG, PNG) draw
 * them into the picture instead (`captions: true`, the default).
 */
import { legendQualifiers, MEANING, type LegendSample } from "./legend.ts";
import { el, type Markup } from "./svg.ts";
import type { ChartRow } from "./types.ts";

/** `<ul class="chart-key">` of the qualifier styles in `rows` (nothing when all are exact), then the notes. */
export function captionsHtml(
  rows: readonly ChartRow[],
  notes: readonly string[],
  sample: LegendSample,
): string {
  const shown = legendQualifiers(rows);
  const items = shown.map((q) =>
    el("li", {}, [
      // class "chart" picks up the chart style sheet the SVG above carries.
      el("svg", { class: "chart", width: 26, height: 18, "aria-hidden": "true" }, sample(q, 0, 9)),
      MEANING[q],
    ]),
  );
  const parts: Markup[] = [];
  if (items.length > 0) parts.push(el("ul", { class: "chart-key" }, items));
  if (notes.length > 0) {
    const lines = notes.map((n, i) => el("p", { class: "note" }, i === 0 ? `注：${n}` : n));
    parts.push(el("div", { class: "chart-notes" }, lines));
  }
  return parts.map(String).join("");
}
