// The fallback colours are what an exported SVG shows on its own: text must reach
// WCAG AA (4.5:1) and marks 3:1 against the chart background, in both schemes.
import { describe, expect, it } from "vitest";
import { CHART_STYLE, DARK, LIGHT, type Palette } from "../../../src/lib/charts/theme.ts";

function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

describe.each([
  ["light", LIGHT],
  ["dark", DARK],
] as [string, Palette][])("%s palette", (_, p) => {
  it("gives text at least 4.5:1", () => {
    expect(contrast(p.text, p.bg)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(p.muted, p.bg)).toBeGreaterThanOrEqual(4.5);
  });

  it("gives marks and focus rings at least 3:1", () => {
    expect(contrast(p.bar, p.bg)).toBeGreaterThanOrEqual(3);
    expect(contrast(p.accent, p.bg)).toBeGreaterThanOrEqual(3);
  });
});

describe("chart style sheet", () => {
  it("reads colours from custom properties with both schemes' fallbacks", () => {
    const css = CHART_STYLE.html;
    expect(css).toContain(`var(--chart-bar,${LIGHT.bar})`);
    expect(css).toContain(`@media (prefers-color-scheme:dark){`);
    expect(css).toContain(`var(--chart-bar,${DARK.bar})`);
  });

  it("scopes every rule to svg.chart, since inline SVG styles apply page-wide", () => {
    const selectors = CHART_STYLE.html
      .replace(/^<style>|<\/style>$/g, "")
      .replace(/@media[^{]*\{/, "")
      .split("}")
      .map((rule) => rule.split("{")[0]?.trim() ?? "")
      .filter((s) => s !== "");
    for (const group of selectors) {
      for (const selector of group.split(",")) expect(selector).toMatch(/^svg\.chart\b/);
    }
  });
});
