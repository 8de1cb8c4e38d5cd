/**
 * Splits a source snapshot into runs of plain and quoted text so the source
 * page can highlight every extracted figure and anchor each fact at its quote
 * (`/sources/<id>/#<fact-id>`). Quotes may overlap; a run lists every fact covering it.
 */
import { compactText, locateQuote, stripWhitespace, type CompactText } from "./quote.ts";

/** A run of snapshot text. */
export interface Segment {
  /** The text, verbatim (including the snapshot's own whitespace). */
  text: string;
  /** Ids of the facts whose quote covers this run (empty for plain text). */
  facts: string[];
  /** Ids of the facts whose quote starts at this run (where their anchors go). */
  anchors: string[];
  /** Ids of the facts whose quote ends with this run (where the links to their figures go). */
  ends: string[];
}

interface Range {
  id: string;
  /** Position of the fact in the input, so runs list facts in input order. */
  order: number;
  start: number;
  end: number;
}

/** Characters per key of the quote index. */
const GRAM = 4;
/** Below this many quotes a plain search per quote is cheaper than building the index. */
const INDEX_FROM = 32;

/** Hash of the `GRAM` characters of `text` at `i`, in `bits` bits. */
function gramHash(text: string, i: number, bits: number): number {
  let h = 0;
  for (let k = 0; k < GRAM; k++) h = Math.imul(h ^ text.charCodeAt(i + k), 0x9e3779b1);
  return h >>> (32 - bits);
}

/**
 * `locateQuote` for many quotes in one text. A report with thousands of quotes
 * (the national-scale benchmark) made the plain search quadratic; here every
 * 4-character run of the compact text is indexed once, by a hash into buckets
 * of positions (typed arrays, built by counting: a Map of 100,000 string keys
 * took most of a source page's time), and a quote is checked only where its
 * rarest bucket points. A bucket may hold other runs with the same hash; the
 * check skips them. Positions are ascending, so the first match is the same
 * first occurrence `locateQuote` returns.
 */
function quoteLocator(
  source: CompactText,
  quotes: number,
): (quote: string) => { start: number; end: number } | undefined {
  if (quotes < INDEX_FROM) return (quote) => locateQuote(source, quote);
  const text = source.compact;
  const grams = Math.max(0, text.length - GRAM + 1);
  const bits = Math.min(24, Math.max(8, Math.ceil(Math.log2(grams + 1))));
  // starts[h]..starts[h + 1] is bucket h in `positions`.
  const starts = new Int32Array((1 << bits) + 1);
  const hashes = new Int32Array(grams);
  for (let i = 0; i < grams; i++) {
    const h = gramHash(text, i, bits);
    hashes[i] = h;
    starts[h + 1] = (starts[h + 1] ?? 0) + 1;
  }
  for (let h = 0; h < 1 << bits; h++) starts[h + 1] = (starts[h + 1] ?? 0) + (starts[h] ?? 0);
  const fill = starts.slice(0, 1 << bits);
  const positions = new Int32Array(grams);
  for (let i = 0; i < grams; i++) {
    const h = hashes[i] ?? 0;
    const slot = fill[h] ?? 0;
    positions[slot] = i;
    fill[h] = slot + 1;
  }
  return (quote) => {
    const needle = stripWhitespace(quote);
    if (needle.length < GRAM) return locateQuote(source, quote);
    let offset = 0;
    let best = -1;
    let size = Infinity;
    for (let j = 0; j + GRAM <= needle.length; j++) {
      const h = gramHash(needle, j, bits);
      const n = (starts[h + 1] ?? 0) - (starts[h] ?? 0);
      if (n === 0) return undefined;
      if (n < size) {
        size = n;
        best = h;
        offset = j;
      }
    }
    const bucketEnd = starts[best + 1] ?? 0;
    for (let k = starts[best] ?? 0; k < bucketEnd; k++) {
      const from = (positions[k] ?? 0) - offset;
      if (from >= 0 && text.startsWith(needle, from)) {
        const start = source.origin[from];
        const last = source.origin[from + needle.length - 1];
        return start === undefined || last === undefined ? undefined : { start, end: last + 1 };
      }
    }
    return undefined;
  };
}

/** Segments `text` by the quotes of `facts`; facts whose quote is absent are skipped. */
export function segmentSnapshot(text: string, facts: readonly { id: string; quote: string }[]): Segment[] {
  const locate = quoteLocator(compactText(text), facts.length);
  const ranges: Range[] = [];
  for (let order = 0; order < facts.length; order++) {
    const f = facts[order];
    const at = f && locate(f.quote);
    if (f && at) ranges.push({ id: f.id, order, start: at.start, end: at.end });
  }
  const cuts = uniqueSorted([0, text.length, ...ranges.flatMap((r) => [r.start, r.end])]);
  // A sweep over the cuts: the quotes covering a run are those started and not yet ended.
  const byStart = [...ranges].sort((a, b) => a.start - b.start || a.order - b.order);
  const inOrder = (a: Range, b: Range) => a.order - b.order;
  let next = 0;
  const open: Range[] = [];
  const segments: Segment[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const start = cuts[i] ?? 0;
    const end = cuts[i + 1] ?? text.length;
    for (let r = byStart[next]; r !== undefined && r.start <= start; r = byStart[++next]) open.push(r);
    // Every quote ends on a cut, so one still open past `start` covers the whole run.
    // Kept in place: most runs are plain text or one quote, and this runs 12,000 times a report.
    let kept = 0;
    for (const r of open) if (r.end > start) open[kept++] = r;
    open.length = kept;
    const segment: Segment = { text: text.slice(start, end), facts: [], anchors: [], ends: [] };
    for (const r of kept > 1 ? [...open].sort(inOrder) : open) {
      segment.facts.push(r.id);
      if (r.start === start) segment.anchors.push(r.id);
      if (r.end === end) segment.ends.push(r.id);
    }
    segments.push(segment);
  }
  return segments;
}

/** `numbers` sorted ascending without repeats. */
function uniqueSorted(numbers: number[]): number[] {
  const sorted = Float64Array.from(numbers).sort();
  const out: number[] = [];
  for (const n of sorted) if (out.length === 0 || out[out.length - 1] !== n) out.push(n);
  return out;
}
