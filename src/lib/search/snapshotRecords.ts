/**
 * Search records for the snapshot of a long report, cut into passages of a few
 * thousand characters at the quotes' anchors: each passage is its own small
 * result that opens the source page at its first figure. Indexing the whole
 * snapshot as one page made every search that hit a report download the report
 * (a source page's search fragment holds its full text); passages keep every
 * quote findable through its source page for a few kilobytes a result. The passages
 * form their own index (src/lib/search/quotes.ts), merged only when a reader asks.
 */

/** A record for Pagefind's `addCustomRecord`. */
export interface SnapshotRecord {
  /** Path of the source page with the passage's first anchor, e.g. `/sources/x/#f1`. */
  url: string;
  content: string;
  title: string;
}

/** Characters a passage collects before the next anchor starts a new one. */
export const PASSAGE_CHARS = 3000;

const ENTITIES: Record<string, string> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
  "&#x27;": "'",
};

/** Text of an HTML fragment: tags dropped, the entities Astro writes decoded, spaces collapsed. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/gu, "")
    .replace(/&(?:amp|lt|gt|quot|#39|#x27);/gu, (e) => ENTITIES[e] ?? e)
    .replace(/\s+/gu, " ");
}

/** Where the marked snapshot's contents start and end in a page (it holds no nested div). */
function snapshotBounds(html: string): { start: number; end: number } | undefined {
  const open = html.search(/<div class="snapshot"[^>]*data-snapshot-records/u);
  if (open < 0) return undefined;
  const start = html.indexOf(">", open) + 1;
  const end = html.indexOf("</div>", start);
  return { start, end: end < 0 ? html.length : end };
}

/**
 * The page with its marked snapshot emptied: what the main index reads of a long
 * report's page. The snapshot is `data-pagefind-ignore` (its text goes to the quotes
 * index as passages), so Pagefind finds the same words without parsing a megabyte of it.
 */
export function withoutSnapshot(html: string): string {
  const bounds = snapshotBounds(html);
  return bounds ? html.slice(0, bounds.start) + html.slice(bounds.end) : html;
}

/**
 * The passages of the snapshot a built source page marks with `data-snapshot-records`
 * (none when it has no such snapshot). `pagePath` is the page's path in the build.
 */
export function snapshotRecords(
  html: string,
  pagePath: string,
  passageChars = PASSAGE_CHARS,
): SnapshotRecord[] {
  const bounds = snapshotBounds(html);
  if (!bounds) return [];
  const body = html.slice(bounds.start, bounds.end);
  const title = textOf(/<h1[^>]*>([\s\S]*?)<\/h1>/u.exec(html)?.[1] ?? "").trim();
  // split with a capture group alternates text and anchor ids: [text, id, text, id, text…].
  // An anchor is a quote's <mark id> or, for a further fact starting at the same point, an
  // empty span (src/lib/data/snapshotHtml.ts).
  const parts = body.split(/<(?:mark|span class="fact-anchor") id="([^"]+)"[^>]*>(?:<\/span>)?/u);
  const records: SnapshotRecord[] = [];
  let anchor = "snapshot";
  let text = textOf(parts[0] ?? "");
  const flush = () => {
    if (text.trim() === "") return;
    records.push({
      url: `${pagePath}#${anchor}`,
      content: text.trim(),
      title: `${title}（原文第 ${records.length + 1} 段）`,
    });
  };
  for (let i = 1; i < parts.length; i += 2) {
    if (text.length >= passageChars) {
      flush();
      anchor = parts[i] ?? anchor;
      text = "";
    }
    text += textOf(parts[i + 1] ?? "");
  }
  flush();
  return records;
}
