/**
 * Explains a quote that is not in its snapshot: the closest passage of the
 * snapshot and the first character where the two differ, so an editor sees
 * `181` against `180` instead of re-reading the whole report.
 */

/** How a quote differs from the snapshot passage most like it. */
export interface Difference {
  /** The snapshot passage (whitespace removed) aligned with the quote. */
  passage: string;
  /** 1-based character of the quote where it first differs. */
  character: number;
  /** That character in the quote, and what the snapshot has there ("" at an end). */
  inQuote: string;
  inSnapshot: string;
}

/** Length of the longest prefix (or, with `fromEnd`, suffix) of `needle` in `text`, and where it is. */
function longestPart(text: string, needle: string, fromEnd: boolean): { length: number; at: number } {
  const part = (k: number) => (fromEnd ? needle.slice(needle.length - k) : needle.slice(0, k));
  // If a part of length k occurs, so does every shorter one: binary search on k.
  let lo = 0;
  let hi = needle.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (text.includes(part(mid))) lo = mid;
    else hi = mid - 1;
  }
  return { length: lo, at: lo === 0 ? -1 : text.indexOf(part(lo)) };
}

/**
 * The passage of `snapshot` most like `quote` (both with whitespace removed),
 * found by the longest matching start or end, or undefined when less than
 * three characters match either way.
 */
export function closestPassage(snapshot: string, quote: string): Difference | undefined {
  const head = longestPart(snapshot, quote, false);
  const tail = longestPart(snapshot, quote, true);
  if (Math.max(head.length, tail.length) < 3 || head.length === quote.length) return undefined;
  if (head.length >= tail.length) {
    return {
      passage: snapshot.slice(head.at, head.at + quote.length),
      character: [...quote.slice(0, head.length)].length + 1,
      inQuote: String.fromCodePoint(quote.codePointAt(head.length) ?? 0),
      inSnapshot: head.at + head.length < snapshot.length ? String.fromCodePoint(snapshot.codePointAt(head.at + head.length) ?? 0) : "",
    };
  }
  const end = tail.at + tail.length;
  const differs = quote.length - tail.length - 1;
  return {
    passage: snapshot.slice(Math.max(0, end - quote.length), end),
    character: [...quote.slice(0, differs)].length + 1,
    inQuote: quote.charAt(differs),
    inSnapshot: tail.at > 0 ? snapshot.charAt(tail.at - 1) : "",
  };
}

/** The `quote not found` message for `quote` of `source`, with the closest passage when there is one. */
export function quoteNotFoundMessage(source: string, quote: string, compactSnapshot: string): string {
  const base = `quote not found in the snapshot of "${source}" (whitespace ignored): "${quote}"`;
  const d = closestPassage(compactSnapshot, quote.replace(/\s+/gu, ""));
  if (!d) return `${base}; no passage of the snapshot starts or ends like it: copy it again from the snapshot`;
  const snapshotHas = d.inSnapshot === "" ? "the snapshot ends there" : `the snapshot has "${d.inSnapshot}"`;
  return `${base}; closest passage "${d.passage}" differs at character ${d.character}: the quote has "${d.inQuote}", ${snapshotHas}`;
}
