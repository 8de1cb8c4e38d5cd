/**
 * Input shapes shared by every chart function. Charts never see CSV rows:
 * pages map typed facts (src/lib/data) to these plain rows first.
 */
import type { Palette } from "./theme.ts";

/** How the source qualifies a figure: 余/多/超过 → over, 约 → about, 近 → nearly. */
export type Qualifier = "exact" | "over" | "about" | "nearly";

/** Administrative level of a place, shown next to each bar so unlike places are not silently compared. */
export type Level = "province" | "city" | "district" | "county";

/**
 * What a figure counts on: a standing total, a year's flow, a multi-year total,
 * one campaign, a frequency, or a time frame the source does not give.
 */
export type Basis = "stock" | "period" | "cumulative" | "campaign" | "frequency" | "unstated";

/** One mark of a chart: one figure for one place (or one measure) in one period. */
export interface ChartRow {
  /** Stable key, normally the fact id; used for ids, anchors and the CSV of the chart's rows. */
  key: string;
  /** Visible label, e.g. a place's Chinese name (may be long; never trusted as HTML). */
  label: string;
  /** Tells apart rows that would otherwise read the same, e.g. the clause of the quote. */
  detail?: string;
  /** Plain number in base units. */
  value: number;
  /** Qualifier from the source; non-exact values get a visibly different mark and label. */
  qualifier: Qualifier;
  /** Year or span the figure describes, `YYYY` or `YYYY-YYYY`. */
  period: string;
  /** Level of the place the figure describes. */
  level?: Level;
  /**
   * The place the figure describes and the ids of every place containing it (翔安区 within
   * 厦门市, 福建省), so a chart can say when one bar is part of another instead of its peer.
   */
  place?: { id: string; name: string; within: readonly string[] };
  /**
   * Name of another place in the same chart and measure that contains this row's place; the
   * label then says so, "翔安区（属厦门市）", so the bar is not read as the city's peer.
   */
  partOf?: string;
  /** What the figure counts on; rows of one chart that differ get a caveat naming them. */
  basis?: Basis;
  /** Series / group the row belongs to in multi-series charts (e.g. a measure id). */
  group?: string;
  /** Link to the quote behind the figure (e.g. `/sources/<id>/#<fact-id>`). */
  href?: string;
}

/** Options every chart accepts. */
export interface ChartOptions {
  /** Stable chart id, used for element ids (must be a slug). */
  id: string;
  /** Title shown in `<title>` and as the accessible name. */
  title: string;
  /** Text description of the takeaway, used as `<desc>`. */
  description: string;
  /** Unit of the values in Chinese, e.g. `个`, `人`, `%`. */
  unit: string;
  /**
   * The narrowest width (px) the text is laid out for (default `DESIGN_WIDTH`, 280): labels,
   * notes and legend wrap to fit it. The chart itself always takes its column's full width.
   */
  width?: number;
  /**
   * Literal colours instead of the site's custom properties, for renderers without CSS
   * variables or media queries (the PNG export, resvg).
   */
  palette?: Palette;
  /**
   * Draw the qualifier legend and the caveat notes into the SVG (default). Pages pass
   * false and set them as HTML under the chart (`captionsHtml`), where they wrap to the
   * column; `<desc>` carries the notes either way.
   */
  captions?: boolean;
  /**
   * Carry the chart style sheet (default). A page with several charts passes false for all
   * but the first: the sheet is scoped to `svg.chart` and applies to the whole page, and
   * nine copies of it cost a place's embed page 5 KB gzip (each lies beyond gzip's 32 KB window).
   */
  style?: boolean;
}
