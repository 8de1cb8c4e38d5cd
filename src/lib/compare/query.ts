/**
 * The compare page's state in its URL: `?places=haidian,xiamen,suzhou`, the
 * chosen place ids in order. Pure, shared by the page script and tests.
 */

/** Most places one comparison shows: beyond this the table no longer reads on a phone. */
export const MAX_PLACES = 6;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Place ids from a query string: slugs only, each once, at most MAX_PLACES. */
export function readPlaces(search: string): string[] {
  const raw = new URLSearchParams(search).get("places") ?? "";
  const ids = raw
    .split(",")
    .map((s) => s.trim().toLowerCase())
    .filter((s) => SLUG.test(s));
  return [...new Set(ids)].slice(0, MAX_PLACES);
}

/** The query string for `ids` (commas kept readable): `?places=a,b`, or "" for none. */
export function writePlaces(ids: readonly string[]): string {
  return ids.length === 0 ? "" : `?places=${ids.map(encodeURIComponent).join(",")}`;
}
