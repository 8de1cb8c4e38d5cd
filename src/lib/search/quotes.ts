/**
 * The report-text search index: where the long reports' passages live and which
 * reports have them. The main index (pagefind/) holds what people search for —
 * places, measures, stories, source pages; the passages of long reports go to
 * bundles under pagefind/quotes/ that the search page merges only when the reader
 * asks to search report text, so a first search never downloads them.
 */

/** Folder of the report passages' bundles, inside the build (the main index is `pagefind/`). */
export const QUOTES_DIR = "pagefind/quotes";

/** The list of the quotes bundles (`["0/", "1/"]`, relative to QUOTES_DIR), written with them. */
export const QUOTES_MANIFEST = `${QUOTES_DIR}/bundles.json`;

/** Most facts a source page lists in a table; a longer report is indexed as passages. */
export const TABLE_MAX = 200;

/** True when a report with `factCount` facts is "long": no fact table, passages in the quotes index. */
export function isLongReport(factCount: number): boolean {
  return factCount > TABLE_MAX;
}

/**
 * Splits the reports' passages into bundles of about `size` passages, each report whole
 * and in order (a report's passages then share fragment files). Pagefind's memory and time
 * grow faster than the passages of one index (9,110 took 3 GB and 100 s, 911 took 0.5 GB and
 * 5 s), so the build writes one bundle at a time and the browser merges them all.
 */
export function bundlesOf<T>(reports: readonly (readonly T[])[], size: number): T[][] {
  const bundles: T[][] = [];
  let current: T[] = [];
  for (const passages of reports) {
    if (passages.length === 0) continue;
    current.push(...passages);
    if (current.length >= size) {
      bundles.push(current);
      current = [];
    }
  }
  if (current.length > 0) bundles.push(current);
  return bundles;
}
