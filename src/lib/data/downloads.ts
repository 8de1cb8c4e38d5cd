/**
 * The CSV downloads of the data contract: which files `/data/` serves as they are,
 * and the byte-order mark that makes the `/data/excel/` copies and the chart CSVs
 * open right in Excel.
 */

/** The data contract's CSV files, served byte for byte under `/data/`. */
export const CSV_FILES = [
  "facts.csv",
  "regions.csv",
  "metrics.csv",
  "sources.csv",
  "population.csv",
] as const;

/**
 * The UTF-8 byte-order mark. Excel reads a CSV without it in the system's code page
 * (GBK on a Chinese Windows), which turns every Chinese character into mojibake.
 */
export const BOM = "\uFEFF";

/** `csv` with one byte-order mark in front (never two). */
export const withBom = (csv: string): string => (csv.startsWith(BOM) ? csv : BOM + csv);
