/**
 * The CSV download of a chart: exactly the rows the chart shows, one per fact,
 * with place, measure, value as the source qualifies it, source id and quote.
 */
import Papa from "papaparse";
import type { Dataset } from "../data/dataset.ts";
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
  "source",
  "source_title_zh",
  "quote",
  "note",
] as const;

/**
 * Excel reads a CSV without a byte-order mark in the system's code page (GBK on a Chinese
 * Windows), which turns every Chinese character into mojibake; with the mark it reads UTF-8.
 */
const BOM = "\uFEFF";

/** CSV text (UTF-8 BOM, RFC 4180, header row, LF line ends) of the rows behind `spec`. */
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
      f.source,
      data.sourceById.get(f.source)?.title_zh ?? "",
      f.quote,
      f.note,
    ];
  });
  return (
    BOM + Papa.unparse({ fields: [...CHART_CSV_COLUMNS], data: rows }, { newline: "\n" }) + "\n"
  );
}
