/**
 * Geometry shared by every chart: sizes, text measurement for mixed CJK/Latin
 * labels (there is no DOM at build time to measure with), line wrapping,
 * the linear scale and its ticks.
 *
 * Charts are laid out for their width, not scaled: the SVG has no viewBox, so one
 * unit is one CSS pixel and text stays at its font size at any width. Across the
 * chart, positions are fractions of the width written as percentages (bars, dots,
 * grid lines, right-aligned values stretch with the column); down the chart,
 * everything is in pixels, so the height follows the content. Text is wrapped for
 * the narrowest column a chart must fit (`DESIGN_WIDTH`), so it never overruns.
 */
import { scaleLinear, ticks, type ScaleLinear } from "d3";
import { num } from "./svg.ts";

/**
 * The narrowest width (px) a chart is laid out for: a 320 px phone less the page's
 * padding. Labels, notes and the legend are wrapped to fit it; wider columns give
 * the bars more room and leave the text as it is.
 */
export const DESIGN_WIDTH = 280;

/** Space above and below the drawing, in px (sides: none; the page's column has padding). */
export const MARGIN = { top: 8, bottom: 10 } as const;

/** A fraction of the chart's width as an SVG length: 0.5 → "50%". */
export function pct(fraction: number): string {
  return `${num(fraction * 100)}%`;
}

/** Font sizes (px): labels and values; small print (periods, ticks, legend, notes). */
export const FONT = { label: 16, small: 13 } as const;

/** Line height of small print (legend and notes). */
export const SMALL_LINE = 19;

/** True for code points that CJK fonts draw full width (Han, kana, Hangul, full-width forms). */
function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    cp === 0x2026 || // "…" is full width in CJK fonts
    (cp >= 0x2014 && cp <= 0x2015) || // dashes "—"
    (cp >= 0x2018 && cp <= 0x201f) || // curly quotes “ ” ‘ ’, full width in Chinese fonts
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    cp >= 0x1f300
  );
}

/** Estimated rendered width: full-width characters ≈ 1em, others ≈ 0.55em (errs wide). */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const ch of text) ems += isWide(ch.codePointAt(0) ?? 0) ? 1 : 0.55;
  return ems * fontSize;
}

// Chinese line-breaking rule (禁则): these never start a line.
const NO_LINE_START = new Set([..."，。、；：？！）》」』”’%·…,.;:?!)"]);

/** Breaks `text` into lines no wider than `maxWidth` (any character may break, as in Chinese). */
export function wrap(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = "";
  // The line's width in ems, summed as textWidth sums it (so the same lines come out), one
  // character at a time rather than remeasuring the line for each: labels are wrapped by the
  // thousand on a place's embed page.
  let ems = 0;
  for (const ch of text) {
    const em = isWide(ch.codePointAt(0) ?? 0) ? 1 : 0.55;
    const fits = (ems + em) * fontSize <= maxWidth;
    if (fits || line === "" || NO_LINE_START.has(ch)) {
      line += ch;
      ems += em;
    } else {
      lines.push(line);
      line = ch;
      ems = em;
    }
  }
  if (line !== "") lines.push(line);
  return lines;
}

/**
 * A linear scale from `domain` to `range`, extended to round ends (`.nice()`).
 * A zero-width domain (all values 0) becomes [0, 1]: d3 would put every mark mid-range.
 */
export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
): ScaleLinear<number, number> {
  const [lo, hi] = domain;
  const safe: [number, number] = lo === hi ? [Math.min(lo, 0), Math.max(hi, 0) || 1] : [lo, hi];
  return scaleLinear().domain(safe).range(range).nice();
}

/**
 * Tick values of a scale (d3-array `ticks`): about one per `spacing` px of a `width`-px
 * chart, so the labels never collide in the narrowest column.
 */
export function scaleTicks(
  scale: ScaleLinear<number, number>,
  width = DESIGN_WIDTH,
  spacing = 90,
): number[] {
  const [d0 = 0, d1 = 1] = scale.domain();
  const [r0 = 0, r1 = 1] = scale.range();
  return ticks(d0, d1, Math.max(2, Math.floor((Math.abs(r1 - r0) * width) / spacing)));
}
