/**
 * Where an address from before charts shared embed pages now lives. Pure: the
 * not-found page's script (src/scripts/legacyEmbed.ts) applies it, and tests call it.
 * - `/embed/region-<place>-<topic>/` → `/embed/place/<place>/#region-<place>-<topic>`
 * - `/embed/metric-<measure>-in-<parent>/` and the chart's old SVG sheet
 *   `/charts/metric-<measure>-in-<parent>.svg` → `/embed/in/<parent>/#metric-<measure>-in-<parent>`
 * - `/charts/metric-<measure>-in-<parent>.csv` → `/charts/in-<parent>.csv`
 * - `/embed/place/<place>/#region-<place>-<topic>` (or `?chart=<topic>`) of a sibling-compared
 *   place, which has no embed page → its parent's comparison page with that target
 *   (`movedPlaceAddress`, given the list `/embed/places.json`)
 */
import { parentEmbedPage } from "./snippet.ts";

/**
 * Sibling-compared places, whose topic charts are on their parent's comparison pages:
 * place id → [parent id, the page of each topic not on page 1]. Served as `/embed/places.json`.
 */
export type MovedPlaces = Record<string, [parent: string, pages: Record<string, number>]>;

/** The place id of a place embed page's address (`<base>embed/place/<id>/`), if it is one. */
export function placeEmbedId(pathname: string, base: string): string | undefined {
  if (!pathname.startsWith(`${base}embed/place/`)) return undefined;
  const id = /^([^/]+)\/?$/u.exec(pathname.slice(`${base}embed/place/`.length))?.[1];
  return id === undefined ? undefined : decodeURIComponent(id);
}

/**
 * Where the embed page address of sibling-compared place `id` (with `search` and `hash`) now
 * lives: its parent's page holding the topic the fragment or `?chart=<topic>` names, with the
 * target `#region-<id>-<topic>`; its parent's first page when it names none; undefined when
 * the place is not in `moved`.
 */
export function movedPlaceAddress(
  id: string,
  search: string,
  hash: string,
  base: string,
  moved: MovedPlaces,
  topics: readonly string[],
): string | undefined {
  const entry = Object.prototype.hasOwnProperty.call(moved, id) ? moved[id] : undefined;
  if (!entry) return undefined;
  const [parent, pages] = entry;
  const prefix = `#region-${id}-`;
  const named = hash.startsWith(prefix)
    ? hash.slice(prefix.length)
    : (new URLSearchParams(search).get("chart") ?? "");
  const topic = topics.includes(named) ? named : undefined;
  const page = parentEmbedPage(parent, topic === undefined ? 1 : (pages[topic] ?? 1));
  const fragment = topic === undefined ? hash : `${prefix}${topic}`;
  return `${base}${page.slice(1)}${search}${fragment}`;
}

/**
 * The new address (path, query, fragment) of the old address `pathname` + `search`, or
 * undefined when it is not one. `base` is the site's base path ending in `/` (`/`,
 * `/atlas/`); `topics` are the topic ids that end a place's old topic-chart id. A parent
 * id never holds `-in-`, so the last `-in-` splits a comparison id (measure ids may hold it).
 */
export function forwardedAddress(
  pathname: string,
  search: string,
  base: string,
  topics: readonly string[],
): string | undefined {
  const escaped = base.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
  const place = new RegExp(`^${escaped}embed/region-(.+)-(${topics.join("|")})/?$`, "u").exec(
    pathname,
  );
  if (place) {
    const [, id = "", topic = ""] = place;
    return `${base}embed/place/${id}/${search}#region-${id}-${topic}`;
  }
  const embed = new RegExp(`^${escaped}embed/(metric-.+-in-(.+?))/?$`, "u").exec(pathname);
  const sheet = new RegExp(`^${escaped}charts/(metric-.+-in-(.+?))\\.(svg|csv)$`, "u").exec(
    pathname,
  );
  const [, chart = "", parent = "", format] = embed ?? sheet ?? [];
  if (chart === "") return undefined;
  if (format === "csv") return `${base}charts/in-${parent}.csv`;
  return `${base}embed/in/${parent}/${format === "svg" ? "" : search}#${chart}`;
}
