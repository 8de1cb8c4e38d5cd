/**
 * The highlighted snapshot of a source page as one HTML string: each quote in a
 * `<mark>`, an empty `fact-anchor` span with the fact's id where its quote
 * starts, and the 〔place · measure〕 links where it ends. Built as a string
 * because a long report has 12,000 runs: as Astro components they took most of
 * a source page's 93 ms.
 */
import type { Link } from "./figureLinks.ts";
import type { Segment } from "./highlight.ts";

/** The links after a quote: its figure on the place page and on the measure page. */
export interface QuoteLinks {
  place: Link;
  metric: Link;
}

const ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Text safe inside an element or a quoted attribute, escaped as Astro escapes it. */
export function escapeHtml(text: string): string {
  return /[&<>"']/u.test(text) ? text.replace(/[&<>"']/gu, (c) => ESCAPES[c] ?? c) : text;
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
    for (const id of seg.anchors) out.push(`<span class="fact-anchor" id="${escapeHtml(id)}"></span>`);
    const text = escapeHtml(seg.text);
    out.push(seg.facts.length > 0 ? `<mark>${text}</mark>` : text);
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

const anchor = (link: Link) => `<a href="${escapeHtml(link.href)}">${escapeHtml(link.text)}</a>`;
