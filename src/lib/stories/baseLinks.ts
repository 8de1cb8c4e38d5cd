/**
 * Markdown plugin for stories: a link an editor writes from the site root,
 * `[数据说明](/data/)`, gets the site's base path in front (`/atlas/data/`), so
 * stories keep working when the site is published under a subpath. Links to
 * other sites, fragments and relative paths are left as written.
 * The base is passed in from astro.config.mjs, where it is known before Vite runs.
 */
import type { MdastPluginDefinition } from "satteri";

/**
 * `href` with `base` ("/" or "/atlas/") in front when it is a path from the site root
 * (one leading slash, not `//host`); anything else unchanged.
 */
export function withBase(href: string, base: string): string {
  if (!href.startsWith("/") || href.startsWith("//")) return href;
  return `${base}${href.slice(1)}`;
}

/** The plugin, for `satteri({ mdastPlugins: [baseLinks(base)] })` in astro.config.mjs. */
export function baseLinks(base: string): MdastPluginDefinition {
  return {
    name: "base-links",
    link(node, ctx) {
      const href = withBase(node.url, base);
      if (href !== node.url) ctx.setProperty(node, "url", href);
    },
    // Reference-style links: `[数据说明][data]` with `[data]: /data/` below.
    definition(node, ctx) {
      const href = withBase(node.url, base);
      if (href !== node.url) ctx.setProperty(node, "url", href);
    },
  };
}
