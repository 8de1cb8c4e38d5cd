/**
 * Search records for the snapshot of a long report, cut into passages of a few
 * thousand characters at the quotes' anchors: each passage is its own small
 * result that opens the source page at its first figure. Indexing the whole
 * snapshot as one page made every search that hit a report download the report
 * (a source page's search fragment holds its full text); passages keep every
 * quote findable through its source page for a few kilobytes a result.
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

/**
 * The passages of the snapshot a built source page marks with `data-snapshot-records`
 * (none when it has no such snapshot). `pagePath` is the page's path in the build.
 */
export function snapshotRecords(
  html: string,
  pagePath: string,
  passageChars = PASSAGE_CHARS,
): SnapshotRecord[] {
  const start = html.search(/<div class="snapshot"[^>]*data-snapshot-records/u);
  if (start < 0) return [];
  const end = html.indexOf("</div>", start);
  const body = html.slice(html.indexOf(">", start) + 1, end < 0 ? undefined : end);
  const title = textOf(/<h1[^>]*>([\s\S]*?)<\/h1>/u.exec(html)?.[1] ?? "").trim();
  // split with a capture group alternates text and anchor ids: [text, id, text, id, text…]
  const parts = body.split(/<span class="fact-anchor" id="([^"]+)"[^>]*>(?:<\/span>)?/u);
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
