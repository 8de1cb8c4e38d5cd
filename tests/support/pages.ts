/**
 * The built pages browser tests visit: one page of every page type found in
 * the build (so a new route is covered without editing a test), plus pages a
 * test names because they are the richest of their type.
 */
import { readdirSync } from "node:fs";
import { SITE_DIR } from "./site.ts";

/** URL path of every built page, e.g. `/regions/xiamen/`. */
export function builtPages(): string[] {
  return readdirSync(SITE_DIR, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".html"))
    .map((file) => `/${file.replace(/\\/g, "/")}`.replace(/(^|\/)index\.html$/, "$1"))
    .sort();
}

/**
 * One page per page type: `/`, each section index (`/regions/`), each kind of
 * detail page (`/regions/<id>/`), plus every `preferred` page that exists.
 */
export function pagesToCheck(preferred: readonly string[] = []): string[] {
  const pages = builtPages();
  const typeOf = (path: string) => path.replace(/^(\/[^/]+\/)[^/]+.*$/, "$1*");
  const chosen = new Map<string, string>();
  for (const path of pages) if (!chosen.has(typeOf(path))) chosen.set(typeOf(path), path);
  for (const path of preferred) if (pages.includes(path)) chosen.set(typeOf(path), path);
  return [...new Set([...chosen.values(), ...preferred.filter((p) => pages.includes(p))])].sort();
}
