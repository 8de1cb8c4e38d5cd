/**
 * A chart as it travels on its own (the SVG download and the PNG for WeChat or
 * Weibo posts, where neither the page nor its captions come along): the title,
 * the chart with its legend and caveat notes drawn in, the source line and the
 * citation with the chart's URL, on one fixed-width sheet.
 */
import { FONT, wrap } from "./layout.ts";
import { el, raw, type Markup } from "./svg.ts";
import { EXPORT_STACK, type Palette } from "./theme.ts";

/** Width of the sheet in px; the PNG is drawn at 2× (1,200 px). */
export const POSTER_WIDTH = 600;
/** Smallest sheet height, so the 2× PNG is at least 630 px tall (a social card's minimum). */
export const POSTER_MIN_HEIGHT = 315;
const PAD = 20;
const TITLE = 20;
const TITLE_LINE = 28;
const SMALL_LINE = 18;

/** What a poster shows around the chart. */
export interface PosterInput {
  /** The chart's markup, drawn for `POSTER_WIDTH - 2 × 20` px with captions in. */
  chart: string;
  title: string;
  /** "来源：《…》" */
  source: string;
  /** "引用：银龄图谱 Silver Atlas，《…》，…，<URL>" */
  citation: string;
  /** Literal colours (the chart inside must be drawn with the same palette). */
  palette: Palette;
}

/** Height the chart svg declares (charts are `<svg width="100%" height="<px>">`). */
function chartHeight(chart: string): number {
  const open = /^<svg[^>]*>/u.exec(chart)?.[0] ?? "";
  return Number(/\sheight="([\d.]+)"/u.exec(open)?.[1] ?? 0);
}

/** Wrapped lines as `<text>` elements of `cls` from `y`, `line` px apart. */
function lines(text: string, cls: string, y: number, size: number, line: number): Markup[] {
  return wrap(text, POSTER_WIDTH - 2 * PAD, size).map((t, i) =>
    el("text", { class: cls, x: PAD, y: y + i * line }, t),
  );
}

/** The standalone SVG document (XML declaration, namespace) of a chart with its captions. */
export function posterSvg(input: PosterInput): string {
  const p = input.palette;
  const style = raw(
    `<style>.poster{font-family:${EXPORT_STACK}}.poster-title{font-size:${TITLE}px;font-weight:700;fill:${p.text}}.poster-small{font-size:${FONT.small}px;fill:${p.muted}}.poster-bg{fill:${p.bg}}</style>`,
  );
  let y = PAD + TITLE;
  const title = lines(input.title, "poster-title", y, TITLE, TITLE_LINE);
  y += (title.length - 1) * TITLE_LINE + 12;
  const height = chartHeight(input.chart);
  const chart = el("svg", { x: PAD, y, width: POSTER_WIDTH - 2 * PAD, height }, raw(input.chart));
  y += height + 8 + FONT.small;
  const source = lines(input.source, "poster-small", y, FONT.small, SMALL_LINE);
  y += source.length * SMALL_LINE;
  const citation = lines(input.citation, "poster-small", y, FONT.small, SMALL_LINE);
  y += (citation.length - 1) * SMALL_LINE + PAD;
  const total = Math.max(POSTER_MIN_HEIGHT, Math.ceil(y));
  const svg = el(
    "svg",
    {
      xmlns: "http://www.w3.org/2000/svg",
      class: "poster",
      width: POSTER_WIDTH,
      height: total,
      viewBox: `0 0 ${POSTER_WIDTH} ${total}`,
    },
    [
      style,
      el("rect", { class: "poster-bg", width: "100%", height: "100%" }),
      title,
      chart,
      source,
      citation,
    ],
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg.html}`;
}
