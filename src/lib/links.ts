/**
 * URLs of the site's pages, in one place so every link to a fact's quote,
 * a place or a measure is built the same way, and every one of them carries
 * the site's base path (the path of SITE_URL, e.g. `/atlas/` on a GitHub
 * Pages project site).
 */

/**
 * The base path with one leading and one trailing slash: "/" at a domain root.
 * Vite replaces `import.meta.env.BASE_URL` at build time; outside Vite (tsx
 * scripts) there is no env and the site lives at the root.
 */
function basePath(): string {
  const env = (import.meta as { env?: { BASE_URL?: string } }).env;
  const raw = env?.BASE_URL ?? "/";
  return `/${raw.replace(/^\/+|\/+$/gu, "")}/`.replace(/^\/\/$/u, "/");
}

/** The site's base path, "/" or "/atlas/". */
export const BASE = basePath();

/**
 * A site-internal path with the base path in front: `url("/data/")` →
 * `/atlas/data/`. Every internal href, src and fetch goes through this.
 */
export const url = (path: string): string => `${BASE}${path.replace(/^\/+/u, "")}`;

/** Absolute URL of a site path on `site` (Astro.site), base path included. */
export const absoluteUrl = (path: string, site: URL | string): string =>
  new URL(url(path), site).href;

/** Page of a place. */
export const regionUrl = (id: string): string => url(`/regions/${id}/`);
/** Page of a measure. */
export const metricUrl = (id: string): string => url(`/metrics/${id}/`);
/** Page of a source report. */
export const sourceUrl = (id: string): string => url(`/sources/${id}/`);
/** A fact's quote, highlighted in its source snapshot. */
export const quoteUrl = (fact: { id: string; source: string }): string =>
  `${sourceUrl(fact.source)}#${fact.id}`;
