/**
 * Quotes for candidate facts: the clause of the report that holds a figure,
 * whitespace removed (the validator compares quotes without whitespace), at
 * most MAX_QUOTE_LENGTH characters and always containing the figure as written.
 */
import type { CompactText } from "../data/quote.ts";
import { MAX_QUOTE_LENGTH } from "../data/schema.ts";

/** Punctuation that ends a clause. Commas inside “quotation marks” do too: names rarely hold them. */
const CLAUSE_END = /[，。；！？,;!?]/u;
/** A clause shorter than this (`完工181部`) says too little alone: the clause before is added. */
const SHORT = 10;

/** Whether the character at `i` ends a clause; the comma of `1,560` does not. */
function endsClause(compact: string, i: number): boolean {
  const ch = compact[i] ?? "";
  if (!CLAUSE_END.test(ch)) return false;
  return !(
    /[,，]/u.test(ch) &&
    /\d/u.test(compact[i - 1] ?? "") &&
    /\d/u.test(compact[i + 1] ?? "")
  );
}

/** `[from, to)` in compact text → offsets in the compact text of the clause around it. */
function clauseAround(compact: string, from: number, to: number): { start: number; end: number } {
  let start = from;
  while (start > 0 && !endsClause(compact, start - 1)) start--;
  let end = to;
  while (end < compact.length && !endsClause(compact, end)) end++;
  return { start, end };
}

/** Index in `compact` of the original offset `at` (the first kept character at or after it). */
export function compactIndex(view: CompactText, at: number): number {
  let lo = 0;
  let hi = view.origin.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((view.origin[mid] ?? 0) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A quote for the figure at original offsets `[start, end)`: its clause, with
 * the clause before when it is very short, cut to MAX_QUOTE_LENGTH around the
 * figure when long.
 */
export function excerpt(view: CompactText, start: number, end: number, wider = false): string {
  const { compact } = view;
  const from = compactIndex(view, start);
  const to = compactIndex(view, end - 1) + 1;
  let clause = clauseAround(compact, from, to);
  if ((wider || clause.end - clause.start < SHORT) && clause.start > 1) {
    const before = clauseAround(compact, clause.start - 2, clause.start - 1);
    if (clause.end - before.start <= MAX_QUOTE_LENGTH)
      clause = { start: before.start, end: clause.end };
  }
  if (clause.end - clause.start <= MAX_QUOTE_LENGTH) return compact.slice(clause.start, clause.end);
  // Long clause: keep what leads up to the figure, which usually says what it counts.
  const lead = Math.max(clause.start, Math.min(from - 40, to - MAX_QUOTE_LENGTH));
  return compact.slice(lead, Math.min(clause.end, lead + MAX_QUOTE_LENGTH));
}

/** Where a list item ends: `养老机构68家、区级养老指导中心1家` is two items. */
const ITEM_END = /[、，。；！？,;!?]/u;

/**
 * The words that go with one figure: from the end of the number before it (or
 * the last comma or 、) to the start of the number after it (or the next one).
 * `养老机构68家、区级养老指导中心1家` gives `养老机构68家` for 68.
 */
export function figureWords(
  view: CompactText,
  start: number,
  end: number,
  previousEnd: number,
  nextStart: number,
): string {
  const { compact } = view;
  const lower = previousEnd > 0 ? compactIndex(view, previousEnd - 1) + 1 : 0;
  const upper = nextStart < Infinity ? compactIndex(view, nextStart) : compact.length;
  let from = compactIndex(view, start);
  while (from > lower && !ITEM_END.test(compact[from - 1] ?? "")) from--;
  let to = compactIndex(view, end - 1) + 1;
  while (to < upper && !ITEM_END.test(compact[to] ?? "")) to++;
  return compact.slice(from, to);
}
