/**
 * The report-text search index: where the long reports' passages live and which
 * reports have them. The main index (pagefind/) holds what people search for —
 * places, measures, stories, source pages; the passages of long reports go to a
 * second bundle (pagefind/quotes/) that the search page merges only when the reader
 * asks to search report text, so a first search never downloads it.
 */

/** Bundle of the report passages, inside the build (the main index is `pagefind/`). */
export const QUOTES_DIR = "pagefind/quotes";

/** Most facts a source page lists in a table; a longer report is indexed as passages. */
export const TABLE_MAX = 200;

/** True when a report with `factCount` facts is "long": no fact table, passages in the quotes index. */
export function isLongReport(factCount: number): boolean {
  return factCount > TABLE_MAX;
}
