/**
 * The highlighted snapshot of a source page as one HTML string: each quote in a
 * `<mark>`, the fact's id on the mark where its quote starts (an empty
 * `fact-anchor` span for each further fact starting there), and the
 * 〔place · measure〕 links where it ends. Built as a string because a long report
 * has 12,000 runs: as Astro components they took most of a source page's 93 ms.
 */
import { escapeHtml } from "../html.ts";
import type { Link } from "./figureLinks.ts";
import type { Segment } from "./highlight.ts";

/** The links after a quote: its figure on the place page and on the measure page. */
export interface QuoteLinks {
  place: Link;
  metric: Link;
}

/**
 * The snapshot markup for `segments` (from `segmentSnapshot`), with the links of
 * `links` after each quote that has them. Whitespace is kept as it is: the
 * snapshot is shown with `white-space: pre-wrap`.
 */
export function snapshotHtml(
  segments: readonly Segment[],
  links: ReadonlyMap<string, QuoteLinks>,
): string {
  const out: string[] = [];
  for (const seg of segments) {
    const text = escapeHtml(seg.text);
    if (seg.facts.length === 0) {
      // A quote starts on a run it covers, so plain text has no anchors; spans if it ever had.
      out.push(...seg.anchors.map(anchorSpan), text);
    } else {
      // The first fact's id on the mark itself: a span per fact cost ~34 B, 31 MB at 3,000
      // places. Further facts starting here get spans inside it, in order, so the passage
      // cutter (src/lib/search/snapshotRecords.ts) meets the ids as it did.
      const [first, ...more] = seg.anchors;
      out.push(first === undefined ? "<mark>" : `<mark id="${escapeHtml(first)}">`);
      out.push(...more.map(anchorSpan), text, "</mark>");
    }
    for (const id of seg.ends) {
      const link = links.get(id);
      if (!link) continue;
      out.push(
        `<span class="quote-links">〔${anchor(link.place)} · ${anchor(link.metric)}〕</span>`,
      );
    }
  }
  return out.join("");
}

const anchorSpan = (id: string) => `<span class="fact-anchor" id="${escapeHtml(id)}"></span>`;

const anchor = (link: Link) => `<a href="${escapeHtml(link.href)}">${escapeHtml(link.text)}</a>`;
