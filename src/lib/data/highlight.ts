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

/**
 * `locateQuote` for many quotes in one text. A report with thousands of quotes
 * (the national-scale benchmark) made the plain search quadratic; here every
 * 4-character run of the compact text is indexed once, and a quote is checked
 * only where its rarest 4-character run occurs. Positions are ascending, so the
 * first match is the same first occurrence `locateQuote` returns.
 */
function quoteLocator(
  source: CompactText,
  quotes: number,
): (quote: string) => { start: number; end: number } | undefined {
  if (quotes < INDEX_FROM) return (quote) => locateQuote(source, quote);
  const text = source.compact;
  const index = new Map<string, number[]>();
  for (let i = 0; i + GRAM <= text.length; i++) {
    const key = text.slice(i, i + GRAM);
    const list = index.get(key);
    if (list) list.push(i);
    else index.set(key, [i]);
  }
  return (quote) => {
    const needle = stripWhitespace(quote);
    if (needle.length < GRAM) return locateQuote(source, quote);
    let offset = 0;
    let candidates: number[] | undefined;
    for (let j = 0; j + GRAM <= needle.length; j++) {
      const list = index.get(needle.slice(j, j + GRAM));
      if (!list) return undefined;
      if (!candidates || list.length < candidates.length) {
        candidates = list;
        offset = j;
      }
    }
    for (const at of candidates ?? []) {
      const from = at - offset;
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
  const ranges: Range[] = facts.flatMap((f, order) => {
    const at = locate(f.quote);
    return at ? [{ id: f.id, order, ...at }] : [];
  });
  const cuts = [...new Set([0, text.length, ...ranges.flatMap((r) => [r.start, r.end])])].sort((a, b) => a - b);
  // A sweep over the cuts: the quotes covering a run are those started and not yet ended.
  const byStart = [...ranges].sort((a, b) => a.start - b.start || a.order - b.order);
  const inOrder = (a: Range, b: Range) => a.order - b.order;
  let next = 0;
  let open: Range[] = [];
  const segments: Segment[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const start = cuts[i] ?? 0;
    const end = cuts[i + 1] ?? text.length;
    for (let r = byStart[next]; r !== undefined && r.start <= start; r = byStart[++next]) open.push(r);
    // Every quote ends on a cut, so one still open past `start` covers the whole run.
    open = open.filter((r) => r.end > start);
    const covering = [...open].sort(inOrder);
    segments.push({
      text: text.slice(start, end),
      facts: covering.map((r) => r.id),
      anchors: covering.filter((r) => r.start === start).map((r) => r.id),
      ends: covering.filter((r) => r.end === end).map((r) => r.id),
    });
  }
  return segments;
}
