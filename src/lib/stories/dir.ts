/** Where stories live: STORIES_DIR (used by fixture tests) or src/content/stories. */
export function storiesDir(): string {
  return process.env["STORIES_DIR"] ?? "src/content/stories";
}
