/**
 * Keeps a national data set's strings small: one shared copy of each repeated
 * short value (place, measure, source, period…), and copies that do not keep
 * the whole CSV text alive. A field parsed out of a 148 MB file is a slice of
 * that file's text in V8; a single surviving slice keeps all of it in memory.
 */

/**
 * `text` as a string of its own, not a slice of the text it was parsed from.
 * A JSON round trip is exact for every string and makes V8 build a new flat
 * string (one byte per character when it can): 50 bytes a string smaller than
 * ` ${text}`.slice(1), which is a slice of a copy, for about a third more time.
 */
export function detach(text: string): string {
  return text.length === 0 ? "" : (JSON.parse(JSON.stringify(text)) as string);
}

/**
 * A function returning one shared, detached copy of each distinct string it
 * is given: 900,000 fact rows then hold a few hundred strings for their
 * places, measures and periods instead of 900,000 each. Drop it after loading.
 */
export function interner(): (text: string) => string {
  const seen = new Map<string, string>();
  return (text) => {
    // Most notes are empty: no lookup for them.
    if (text.length === 0) return "";
    let shared = seen.get(text);
    if (shared === undefined) seen.set(text, (shared = detach(text)));
    return shared;
  };
}
