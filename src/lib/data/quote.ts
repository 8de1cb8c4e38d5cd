/**
 * Matching quotes against source snapshots. The reports carry stray spaces and
 * line breaks (`全市 147 支`, `完\n\n工181部`), so a quote is compared with all
 * whitespace removed from both sides, then mapped back to the original text
 * for highlighting.
 */

/** Removes every whitespace character (including full-width spaces). */
export function stripWhitespace(text: string): string {
  return hasWhitespace(text) ? text.replace(/\s+/gu, "") : text;
}

/** Whether a UTF-16 code unit is whitespace as `\s` means it. */
function isWhitespace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * Whether `text` holds any whitespace (`/\s/.test(text)`, without the regex: the
 * validator asks this of 900,000 quotes, and most have none).
 */
export function hasWhitespace(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isWhitespace(text.charCodeAt(i))) return true;
  return false;
}

/** Runs of whitespace, for `compactText`'s exec loop (one regex, not a copy per call). */
const SPACES = /\s+/gu;

/** A whitespace-free view of a text that remembers where each character came from. */
export interface CompactText {
  /** The text with all whitespace removed. */
  compact: string;
  /** For each UTF-16 index of `compact`, the index in the original text. */
  origin: Int32Array;
}

/** Builds the compact view of `text` used for quote lookups. */
export function compactText(text: string): CompactText {
  // Whole runs of non-whitespace are copied at once: per-character concatenation
  // took seconds on the 400 kB snapshots of the synthetic benchmark (scripts/bench.ts).
  // Offsets go to a typed array: a source page maps 100,000 characters.
  const parts: string[] = [];
  const origin = new Int32Array(text.length);
  let length = 0;
  let from = 0;
  SPACES.lastIndex = 0;
  for (let m = SPACES.exec(text); m !== null; m = SPACES.exec(text)) {
    if (m.index > from) {
      parts.push(text.slice(from, m.index));
      for (let i = from; i < m.index; i++) origin[length++] = i;
    }
    from = m.index + m[0].length;
  }
  if (text.length > from) {
    parts.push(text.slice(from));
    for (let i = from; i < text.length; i++) origin[length++] = i;
  }
  return { compact: parts.join(""), origin: origin.subarray(0, length) };
}

/** Where a quote sits in the original text: `[start, end)` offsets, or undefined if absent. */
export function locateQuote(source: CompactText, quote: string): { start: number; end: number } | undefined {
  const needle = stripWhitespace(quote);
  if (needle === "") return undefined;
  const at = source.compact.indexOf(needle);
  if (at === -1) return undefined;
  const start = source.origin[at];
  const last = source.origin[at + needle.length - 1];
  if (start === undefined || last === undefined) return undefined;
  return { start, end: last + 1 };
}

// Reading the figure in a quote (value, multiplier, qualifier) is src/lib/figures/: one reader
// for the validator and the extractor.
