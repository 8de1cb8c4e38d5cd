/**
 * The CSV download of a chart: exactly the rows the chart shows, one per fact,
 * with place, measure, value as the source qualifies it, what it counts on,
 * source id, quote and the note in Chinese and English. A place's CSV also holds
 * the place's figures its charts do not draw (earlier years, measures no other
 * place reports), with an empty `chart` column: a large place's page lists only
 * each measure's latest figure and sends readers here for the rest. A sibling-compared
 * place's CSV (its charts are on its parent's page, whose CSV has the siblings' rows) holds
 * its own figures only, in lean columns (`PLACE_FIGURES_COLUMNS`).
 */
import Papa from "papaparse";
import type { Dataset } from "../data/dataset.ts";
import { withBom } from "../data/downloads.ts";
import type { Fact } from "../data/schema.ts";
import type { ChartSpec } from "./specs.ts";

/** Column order of every chart CSV. */
export const CHART_CSV_COLUMNS = [
  "chart",
  "fact",
  "region",
  "region_name_zh",
  "region_name_en",
  "level",
  "metric",
  "metric_name_zh",
  "value",
  "unit_zh",
  "qualifier",
  "period",
  "basis",
  "source",
  "source_title_zh",
  "quote",
  "note",
  "note_en",
] as const;

type Column = (typeof CHART_CSV_COLUMNS)[number];

/**
 * Columns of a sibling-compared place's own figures, in the charts' order: what identifies and
 * qualifies each one and its quote; names of sources and places and English notes are in the
 * data downloads.
 */
const LEFT_OUT: ReadonlySet<Column> = new Set([
  "chart",
  "region",
  "region_name_zh",
  "region_name_en",
  "level",
  "source_title_zh",
  "note_en",
]);
export const PLACE_FIGURES_COLUMNS = CHART_CSV_COLUMNS.filter((c) => !LEFT_OUT.has(c));

/** Every column's cell for `fact`, drawn in `chart` ("" for none). */
function record(chart: string, f: Fact, data: Dataset): Record<Column, string> {
  const region = data.regionById.get(f.region);
  const metric = data.metricById.get(f.metric);
  return {
    chart,
    fact: f.id,
    region: f.region,
    region_name_zh: region?.name_zh ?? "",
    region_name_en: region?.name_en ?? "",
    level: region?.level ?? "",
    metric: f.metric,
    metric_name_zh: metric?.name_zh ?? "",
    value: String(f.value),
    unit_zh: metric?.unit_zh ?? "",
    qualifier: f.qualifier,
    period: f.period,
    basis: f.basis,
    source: f.source,
    source_title_zh: data.sourceById.get(f.source)?.title_zh ?? "",
    quote: f.quote,
    note: f.note,
    note_en: f.note_en,
  };
}

/** CSV text (byte-order mark so Excel reads UTF-8, header row, LF line ends) of `rows`. */
function csvOf(columns: readonly Column[], rows: Record<Column, string>[]): string {
  const data = rows.map((r) => columns.map((c) => r[c]));
  return withBom(Papa.unparse({ fields: [...columns], data }, { newline: "\n" }) + "\n");
}

/** CSV text of every figure of `place`, in data order, in `PLACE_FIGURES_COLUMNS`. */
export function placeFiguresCsv(place: string, data: Dataset): string {
  const facts = data.factsByRegion.get(place) ?? [];
  return csvOf(
    PLACE_FIGURES_COLUMNS,
    facts.map((f) => record("", f, data)),
  );
}

/** CSV text (byte-order mark, RFC 4180, header row, LF line ends) of the rows behind `spec`. */
export function chartCsv(spec: ChartSpec, data: Dataset): string {
  return chartsCsv([spec], data);
}

/** The figures of the place of `specs` (a place's topic charts) that none of them draws. */
function undrawn(specs: readonly ChartSpec[], data: Dataset): Fact[] {
  const place = specs[0]?.place;
  if (place === undefined) return [];
  const drawn = new Set(specs.flatMap((s) => s.facts.map((f) => f.id)));
  return (data.factsByRegion.get(place) ?? []).filter((f) => !drawn.has(f.id));
}

/**
 * One CSV of several charts' rows, each row naming its chart in the first column:
 * a place's topic charts download together (`/charts/place-<id>.csv`), followed by
 * the place's other figures with an empty `chart`.
 */
export function chartsCsv(specs: readonly ChartSpec[], data: Dataset): string {
  const charted = specs.flatMap((spec) => spec.facts.map((f) => [spec.id, f] as const));
  const rest = undrawn(specs, data).map((f) => ["", f] as const);
  // The byte-order mark makes Excel read the file as UTF-8 (data/downloads.ts).
  return csvOf(
    CHART_CSV_COLUMNS,
    [...charted, ...rest].map(([chart, f]) => record(chart, f, data)),
  );
}
