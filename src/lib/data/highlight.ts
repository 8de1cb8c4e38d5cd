/**
 * Splits a source snapshot into runs of plain and quoted text so the source
 * page can highlight every extracted figure and anchor each fact at its quote
 * (`/sources/<id>/#<fact-id>`). Quotes may overlap; a run lists every fact covering it.
 */
import { compactText, locateQuote } from "./quote.ts";

/** A run of snapshot text. */
export interface Segment {
  /** The text, verbatim (including the snapshot's own whitespace). */
  text: string;
  /** Ids of the facts whose quote covers this run (empty for plain text). */
  facts: string[];
  /** Ids of the facts whose quote starts at this run (where their anchors go). */
  anchors: string[];
}

/** Segments `text` by the quotes of `facts`; facts whose quote is absent are skipped. */
export function segmentSnapshot(text: string, facts: readonly { id: string; quote: string }[]): Segment[] {
  const compact = compactText(text);
  const ranges = facts.flatMap((f) => {
    const at = locateQuote(compact, f.quote);
    return at ? [{ id: f.id, ...at }] : [];
  });
  const cuts = [...new Set([0, text.length, ...ranges.flatMap((r) => [r.start, r.end])])].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const start = cuts[i] ?? 0;
    const end = cuts[i + 1] ?? text.length;
    segments.push({
      text: text.slice(start, end),
      facts: ranges.filter((r) => r.start <= start && r.end >= end).map((r) => r.id),
      anchors: ranges.filter((r) => r.start === start).map((r) => r.id),
    });
  }
  return segments;
}
