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

/**
 * Columns of a sibling-compared place's own figures: what identifies and qualifies each one
 * and its quote; names of sources and places and English notes are in the data downloads.
 */
export const PLACE_FIGURES_COLUMNS = [
  "fact",
  "metric",
  "metric_name_zh",
  "value",
  "unit_zh",
  "qualifier",
  "period",
  "basis",
  "source",
  "quote",
  "note",
] as const;

/** CSV text (byte-order mark, header row, LF line ends) of every figure of `place`, in data order. */
export function placeFiguresCsv(place: string, data: Dataset): string {
  const rows = (data.factsByRegion.get(place) ?? []).map((f) => {
    const metric = data.metricById.get(f.metric);
    return [
      f.id,
      f.metric,
      metric?.name_zh ?? "",
      String(f.value),
      metric?.unit_zh ?? "",
      f.qualifier,
      f.period,
      f.basis,
      f.source,
      f.quote,
      f.note,
    ];
  });
  return withBom(
    Papa.unparse({ fields: [...PLACE_FIGURES_COLUMNS], data: rows }, { newline: "\n" }) + "\n",
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
  const rows = [...charted, ...rest].map(([chart, f]) => {
    const region = data.regionById.get(f.region);
    const metric = data.metricById.get(f.metric);
    return [
      chart,
      f.id,
      f.region,
      region?.name_zh ?? "",
      region?.name_en ?? "",
      region?.level ?? "",
      f.metric,
      metric?.name_zh ?? "",
      String(f.value),
      metric?.unit_zh ?? "",
      f.qualifier,
      f.period,
      f.basis,
      f.source,
      data.sourceById.get(f.source)?.title_zh ?? "",
      f.quote,
      f.note,
      f.note_en,
    ];
  });
  // The byte-order mark makes Excel read the file as UTF-8 (data/downloads.ts).
  return withBom(
    Papa.unparse({ fields: [...CHART_CSV_COLUMNS], data: rows }, { newline: "\n" }) + "\n",
  );
}
