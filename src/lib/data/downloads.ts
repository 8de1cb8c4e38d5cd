/**
 * The CSV downloads of the data contract: which files `/data/` serves as they are,
 * which are too large for that and are published gzip-compressed instead, which
 * get an Excel copy under `/data/excel/`, and the byte-order mark that makes those
 * copies and the chart CSVs open right in Excel.
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
 * Largest data file published as it is and with an Excel copy (20 MiB). Every file of the
 * real site is far below it. A national data set's facts.csv (155 MB at 3,000 places) is
 * over it: Cloudflare Pages refuses files over 25 MiB, and it would weigh 14 % of the site,
 * so it is published gzip-compressed (`compressedFiles`), and its Excel readers take the
 * per-place CSVs (`/charts/place-<id>.csv`), which carry the mark.
 */
export const EXCEL_COPY_MAX_BYTES = 20 * 1024 * 1024;

/**
 * Environment variable that lowers the limit of `largeFileLimit`, so that tests and
 * benchmarks take the national-scale path (a compressed facts.csv) on a small data set.
 */
export const LARGE_FILE_ENV = "LARGE_DATA_FILE_BYTES";

/** The size limit in force: `LARGE_DATA_FILE_BYTES` from the environment if set, else 20 MiB. */
export function largeFileLimit(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env[LARGE_FILE_ENV];
  if (raw === undefined || raw === "") return EXCEL_COPY_MAX_BYTES;
  const bytes = Number(raw);
  if (!Number.isInteger(bytes) || bytes < 0) {
    throw new Error(`${LARGE_FILE_ENV}=${raw}: expected a whole number of bytes`);
  }
  return bytes;
}

/** The data contract's file names. */
export type CsvFile = (typeof CSV_FILES)[number];

/** The files of `dir` that get an Excel copy: those of at most `maxBytes` (a missing file gets none). */
export function excelCopies(dir: string, maxBytes = largeFileLimit()): CsvFile[] {
  return CSV_FILES.filter((name) => {
    try {
      return statSync(join(dir, name)).size <= maxBytes;
    } catch {
      return false;
    }
  });
}

/** What a compressed file is published as: `<name>.gz`. */
export const GZIP_SUFFIX = ".gz";

/**
 * The files of `dir` larger than `maxBytes` (facts.csv at national scale, 155 MB), which a
 * build publishes only as `/data/<name>.gz`, the gzip of their exact bytes, written on disk
 * by src/integrations/dataFiles.ts (an endpoint's response Astro holds and copies in memory
 * several times over: 1.3 GB of a 3,000-place build's peak). The dev server serves both.
 */
export function compressedFiles(dir: string, maxBytes = largeFileLimit()): CsvFile[] {
  const plain = new Set(excelCopies(dir, maxBytes));
  return CSV_FILES.filter((name) => !plain.has(name) && existsSync(join(dir, name)));
}

/** The name `file` is published under in `/data/`, given the `compressed` files. */
export const publishedName = (file: CsvFile, compressed: readonly CsvFile[]): string =>
  compressed.includes(file) ? file + GZIP_SUFFIX : file;
