/**
 * Where an address from before charts shared embed pages now lives. Pure: the
 * not-found page's script (src/scripts/legacyEmbed.ts) applies it, and tests call it.
 * - `/embed/region-<place>-<topic>/` → `/embed/place/<place>/#region-<place>-<topic>`
 * - `/embed/metric-<measure>-in-<parent>/` and the chart's old SVG sheet
 *   `/charts/metric-<measure>-in-<parent>.svg` → `/embed/in/<parent>/#metric-<measure>-in-<parent>`
 * - `/charts/metric-<measure>-in-<parent>.csv` → `/charts/in-<parent>.csv`
 */

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
