/**
 * The CSV downloads of the data contract: which files `/data/` serves as they are,
 * which of them also get an Excel copy under `/data/excel/`, and the byte-order
 * mark that makes those copies and the chart CSVs open right in Excel.
 */
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";

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

/** `csv` as bytes with one byte-order mark in front: no decoding and re-encoding of a large file. */
export function withBomBytes(csv: Buffer<ArrayBuffer>): Buffer<ArrayBuffer> {
  const mark = Buffer.from(BOM, "utf8");
  return csv.subarray(0, mark.length).equals(mark) ? csv : Buffer.concat([mark, csv]);
}

/**
 * Largest data file that gets an Excel copy (20 MiB). Every file of the real
 * site is far below it; a national data set's facts.csv (148 MB at 3,000
 * places) is not copied, which would double the site's largest file: its Excel
 * readers take the per-place CSVs (`/charts/place-<id>.csv`), which carry the mark.
 */
export const EXCEL_COPY_MAX_BYTES = 20 * 1024 * 1024;

/** The data contract's file names. */
export type CsvFile = (typeof CSV_FILES)[number];

/** The files of `dir` that get an Excel copy: those of at most `maxBytes` (a missing file gets none). */
export function excelCopies(dir: string, maxBytes = EXCEL_COPY_MAX_BYTES): CsvFile[] {
  return CSV_FILES.filter((name) => {
    try {
      return statSync(join(dir, name)).size <= maxBytes;
    } catch {
      return false;
    }
  });
}

/**
 * The files of `dir` larger than `maxBytes` (facts.csv at national scale, 155 MB): a build
 * copies them into `/data/` on disk (src/integrations/dataFiles.ts) instead of rendering them
 * through an endpoint, whose response Astro holds and copies in memory several times over
 * (1.3 GB of a 3,000-place build's peak). The dev server still serves every file.
 */
export function copiedFiles(dir: string, maxBytes = EXCEL_COPY_MAX_BYTES): CsvFile[] {
  const copied = new Set(excelCopies(dir, maxBytes));
  return CSV_FILES.filter((name) => !copied.has(name) && existsSync(join(dir, name)));
}
