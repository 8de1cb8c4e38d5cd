/**
 * Escaping text for HTML built as strings (source snapshots, compare tables, embed targets):
 * one escaper for the server and the browser, the entities Astro writes.
 */

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
