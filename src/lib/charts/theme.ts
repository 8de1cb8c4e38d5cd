/**
 * The style sheet every chart carries inside its SVG. Colours come only from
 * the site's CSS custom properties (src/styles/tokens.css), with fallbacks so an
 * exported SVG opened on its own is still styled, in light and in dark mode.
 */
import { raw, type Markup } from "./svg.ts";

/** System CJK font stack declared in every SVG (no web fonts: nothing to download). */
export const FONT_STACK = `"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif`;

/** Fallback colours of one colour scheme (mirrors tokens.css; text ≥ 4.5:1 on `bg`). */
export interface Palette {
  bg: string;
  text: string;
  muted: string;
  bar: string;
  grid: string;
  accent: string;
}

/** Light-scheme fallbacks. */
export const LIGHT: Palette = {
  bg: "#ffffff",
  text: "#1b1d21",
  muted: "#575d66",
  bar: "#1f5f99",
  grid: "#d6d9de",
  accent: "#0b5cad",
};

/** Dark-scheme fallbacks. */
export const DARK: Palette = {
  bg: "#121417",
  text: "#e8eaed",
  muted: "#a9afb8",
  bar: "#6aaef0",
  grid: "#3a3f46",
  accent: "#8cc4ff",
};

// Selectors are scoped to svg.chart because an inline SVG's <style> applies to the
// whole HTML page. The colour rules are repeated per scheme only to switch fallbacks:
// on the site the custom properties win in both schemes.
const colours = (p: Palette, s = "svg.chart") =>
  [
    `${s} .bg{fill:var(--bg,${p.bg})}`,
    `${s} text{fill:var(--chart-text,${p.text})}`,
    `${s} .period,${s} .tick,${s} .note,${s} .empty{fill:var(--chart-muted,${p.muted})}`,
    `${s} .grid{stroke:var(--chart-grid,${p.grid})}`,
    `${s} .zero{stroke:var(--chart-muted,${p.muted})}`,
    `${s} .bar,${s} .dot{fill:var(--chart-bar,${p.bar})}`,
    `${s} .stem{stroke:var(--chart-bar,${p.bar})}`,
    `${s} .arrow{fill:var(--chart-bar-qualified,var(--chart-bar,${p.bar}))}`,
    `${s} .approx{stroke:var(--chart-bar-qualified,var(--chart-bar,${p.bar}))}`,
    `${s} a:focus-visible{outline:2px solid var(--accent,${p.accent})}`,
  ].join("");

const shapes = (s = "svg.chart", font = FONT_STACK) =>
  [
    // No overflow:visible here: the SVG's default clipping is what tells axe that zero-size
    // <title> elements are not visible text (label-content-name-mismatch).
    `${s}{font-family:${font};font-size:13px}`,
    `${s} .label,${s} .value,${s} .panel-title{font-size:16px}`,
    `${s} .period{font-size:13px}`,
    `${s} .value,${s} .panel-title{font-weight:600}`,
    // Defaults the marks and axes no longer repeat as attributes (a value's right edge, a tick's centre).
    `${s} .value{text-anchor:end}`,
    `${s} .tick{text-anchor:middle}`,
    `${s} .grid,${s} .zero{stroke-width:1}`,
    `${s} .stem{stroke-width:2}`,
    // Approximate values: a pale fill inside a dashed outline, so they differ by shape, not hue.
    `${s} .approx{fill-opacity:0.22;stroke-width:1.5;stroke-dasharray:4 3}`,
    `${s} a:hover .label{text-decoration:underline}`,
    `${s} a:focus-visible{outline-offset:2px}`,
  ].join("");

/** The font of the PNG export: the subset shipped in src/fonts (see scripts/subset-font.py). */
export const EXPORT_FONT = "Noto Sans CJK SC";

/** The name the browser's PNG renderer gives the rest of GB2312 (`…-Extra.otf`). */
export const EXPORT_FONT_EXTRA = "Noto Sans CJK SC Extra";

/** Font stack of exported files: the shipped font first (PNG renderers load it), then the system's. */
export const EXPORT_STACK = `"${EXPORT_FONT}","${EXPORT_FONT_EXTRA}",${FONT_STACK}`;

/**
 * A chart `<style>` with literal colours and the shipped font first, for files that travel
 * alone (SVG download, PNG): resvg reads neither custom properties nor media queries, and a
 * downloaded chart should look the same wherever it is opened.
 */
export function chartStyle(palette: Palette): Markup {
  const literal = colours(palette).replace(
    /var\(--[\w-]+,(var\(--[\w-]+,)?(#[0-9a-f]+)\)?\)/gu,
    "$2",
  );
  return raw(`<style>${shapes("svg.chart", EXPORT_STACK)}${literal}</style>`);
}

/** The `<style>` element of every chart (constant, so repeated charts gzip to almost nothing). */
export const CHART_STYLE: Markup = raw(
  `<style>${shapes()}${colours(LIGHT)}@media (prefers-color-scheme:dark){${colours(DARK)}}</style>`,
);
