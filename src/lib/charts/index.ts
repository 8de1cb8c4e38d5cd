/**
 * Public API of the chart layer: pure functions from chart rows to SVG markup,
 * plus the caveats and helpers pages share with them.
 */
export { barChart } from "./barChart.ts";
export { dotChart } from "./dotChart.ts";
export { groupedBarChart, type ChartGroup, type GroupedChartOptions } from "./groupedBarChart.ts";
export {
  basisCaveat,
  comparisonCaveats,
  containmentCaveat,
  levelCaveat,
  periodCaveat,
  qualifierCaveat,
  type CaveatRow,
} from "./caveats.ts";
export { rowLabel, rowText, sortRows } from "./marks.ts";
export { escapeXml, el, raw, Markup } from "./svg.ts";
export { FONT_STACK, LIGHT, DARK, type Palette } from "./theme.ts";
export type { Basis, ChartOptions, ChartRow, Level, Qualifier } from "./types.ts";
