/**
 * The CSV download of a chart: exactly the rows the chart shows, one per fact,
 * with place, measure, value as the source qualifies it, what it counts on,
 * source id, quote and the note in Chinese and English.
 */
import Papa from "papaparse";
import type { Dataset } from "../data/dataset.ts";
import { withBom } from "../data/downloads.ts";
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

/** CSV text (byte-order mark, RFC 4180, header row, LF line ends) of the rows behind `spec`. */
export function chartCsv(spec: ChartSpec, data: Dataset): string {
  const rows = spec.facts.map((f) => {
    const region = data.regionById.get(f.region);
    const metric = data.metricById.get(f.metric);
    return [
      spec.id,
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
