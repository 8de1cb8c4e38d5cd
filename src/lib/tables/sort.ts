/**
 * The order of a table's rows sorted by one column: the pure half of the
 * `<table-sort>` element (after Starlight's split of markup, element and logic).
 */

/** A cell's sort key: its number when it has one, else its text ("" = empty). */
export type SortKey = number | string;

/** Which way a column is sorted, as `aria-sort` says it. */
export type SortDirection = "ascending" | "descending";

const collator = new Intl.Collator("zh-CN", { numeric: true });

/** The sort key of a cell: `data-sort` read as a number when it is one, else the trimmed text. */
export function sortKey(dataSort: string | undefined, text: string): SortKey {
  const value = dataSort?.trim() ?? "";
  if (value !== "" && Number.isFinite(Number(value))) return Number(value);
  return text.trim();
}

/** Numbers before text; numbers by value, text in Chinese collation with digits read as numbers. */
function compareKeys(a: SortKey, b: SortKey): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "number") return -1;
  if (typeof b === "number") return 1;
  return collator.compare(a, b);
}

/**
 * Row indexes in sorted order. Stable (equal keys keep their order), and
 * empty cells go last whichever way the column is sorted.
 */
export function sortOrder(keys: readonly SortKey[], direction: SortDirection): number[] {
  const sign = direction === "ascending" ? 1 : -1;
  return keys
    .map((key, index) => ({ key, index }))
    .sort((a, b) => {
      const emptyA = a.key === "";
      const emptyB = b.key === "";
      if (emptyA || emptyB) return Number(emptyA) - Number(emptyB) || a.index - b.index;
      return sign * compareKeys(a.key, b.key) || a.index - b.index;
    })
    .map(({ index }) => index);
}

/** The direction a first click sorts in: largest first for numbers, A→Z for text. */
export const firstDirection = (keys: readonly SortKey[]): SortDirection =>
  keys.some((k) => typeof k === "number") ? "descending" : "ascending";
