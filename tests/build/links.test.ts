// No broken internal link in the build: every href, src, srcset and form
// action in every page (including links inside inline SVG charts), in the
// standalone chart SVGs and in the RSS feed resolves to a file in the build,
// and every #fragment names an element id on the target page; social-card URLs
// (og:image) are checked too. Absolute URLs on the site's own origin (canonical
// links, citations, embed snippets, og:image) count as internal. The site's
// base path comes from its canonical links: a site built for
// https://example.org/atlas/ is checked as served under /atlas/, so a link to
// /regions/ there is broken. Both test builds are checked, at the root and under
// /atlas/. No network: external URLs are only listed, never fetched.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join, normalize } from "node:path";
import { describe, expect, it } from "vitest";
import { SITE_DIR, SUBPATH_SITE_DIR, SUBPATH_SITE_URL } from "../support/site.ts";

/** Attributes whose value is a URL (srcset is a list of them). */
const URL_ATTRIBUTES = new Set(["href", "xlink:href", "src", "action", "poster", "data", "srcset"]);

const decodeEntities = (s: string) =>
  s.replace(/&(?:#(\d+)|#x([\da-f]+)|(amp|lt|gt|quot|apos));/gi, (_, dec, hex, name) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(parseInt(hex as string, 16));
    return (
      { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[(name as string).toLowerCase()] ?? ""
    );
  });

/** Start tags of a document with their attributes; raw-text elements and comments are skipped. */
function* tags(markup: string): Generator<{ name: string; attributes: Map<string, string> }> {
  const text = markup.replace(
    /<!--[\s\S]*?-->|<(script|style|textarea|title)\b[^>]*>[\s\S]*?<\/\1\s*>/gi,
    (_match, element: string | undefined) => (element ? `<${element}>` : ""),
  );
  const tag =
    /<([a-zA-Z][\w:-]*)((?:\s+[^\s=>"'/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?)*)\s*\/?>/g;
  const attribute = /([^\s=>"'/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g;
  for (const [, name = "", list = ""] of text.matchAll(tag)) {
    const attributes = new Map<string, string>();
    for (const [, key = "", dq, sq, bare] of list.matchAll(attribute)) {
      attributes.set(key.toLowerCase(), decodeEntities(dq ?? sq ?? bare ?? ""));
    }
    yield { name: name.toLowerCase(), attributes };
  }
}

/** `<meta>` whose content is a URL: social cards and the page's own address for link previews. */
const URL_METAS = new Set(["og:image", "og:url", "twitter:image"]);

/** Every URL a page links to or loads. */
function urlsIn(markup: string): string[] {
  const urls: string[] = [];
  for (const { name, attributes } of tags(markup)) {
    const meta = attributes.get("property") ?? attributes.get("name") ?? "";
    if (name === "meta" && URL_METAS.has(meta)) urls.push(attributes.get("content")?.trim() ?? "");
    for (const [key, value] of attributes) {
      if (!URL_ATTRIBUTES.has(key)) continue;
      if (key === "srcset")
        urls.push(...value.split(",").map((c) => c.trim().split(/\s+/)[0] ?? ""));
      else urls.push(value.trim());
    }
  }
  return urls.filter((url) => url !== "");
}

/** The link checker of one build in `dir`: its files, its public URL and what is broken. */
function siteLinks(dir: string) {
  const files = readdirSync(dir, { recursive: true, encoding: "utf8" })
    .map((file) => file.replace(/\\/g, "/"))
    .sort();
  const pages = files.filter((file) => file.endsWith(".html"));

  /** The public URL (SITE_URL at build time, base path included) from the home page's canonical link. */
  const site = (() => {
    for (const { name, attributes } of tags(readFileSync(join(dir, "index.html"), "utf8"))) {
      if (name === "link" && attributes.get("rel") === "canonical") {
        return new URL(attributes.get("href") ?? "");
      }
    }
    throw new Error("index.html has no canonical link: cannot tell the site's URL");
  })();
  const origin = site.origin;
  const base = site.pathname;

  /** The built file a URL path is served from (as scripts/serve.ts does under the base), or undefined. */
  function fileFor(pathname: string): string | undefined {
    if (!pathname.startsWith(base)) return undefined;
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname.slice(base.length - 1));
    } catch {
      return undefined;
    }
    const path = normalize(join(dir, decoded));
    if (!path.startsWith(dir)) return undefined;
    if (existsSync(path) && statSync(path).isDirectory()) {
      return existsSync(join(path, "index.html")) ? join(path, "index.html") : undefined;
    }
    return existsSync(path) ? path : undefined;
  }

  const idCache = new Map<string, Set<string>>();
  /** Element ids of a built HTML or SVG file. */
  function idsOf(file: string): Set<string> {
    let ids = idCache.get(file);
    if (!ids) {
      ids = new Set();
      for (const { attributes } of tags(readFileSync(file, "utf8"))) {
        const id = attributes.get("id");
        if (id !== undefined) ids.add(id);
      }
      idCache.set(file, ids);
    }
    return ids;
  }

  /** Why `url`, found on the page at `pagePath`, is broken; undefined when it resolves or is external. */
  function brokenReason(url: string, pagePath: string): string | undefined {
    if (/^javascript:/i.test(url)) return "javascript: URL";
    let target: URL;
    try {
      target = new URL(url, `${origin}${base}${pagePath}`);
    } catch {
      return "not a valid URL";
    }
    if (target.origin !== origin) return undefined; // external: not our business here
    if (!target.pathname.startsWith(base)) return `${target.pathname} is outside the base ${base}`;
    const file = fileFor(target.pathname);
    if (!file) return `no file for ${target.pathname}`;
    const fragment = target.hash.slice(1);
    // `#` and `#top` always scroll to the top (HTML spec); `:~:` is a text fragment.
    if (fragment === "" || fragment.toLowerCase() === "top" || fragment.startsWith(":~:")) {
      return undefined;
    }
    if (![".html", ".svg"].includes(extname(file))) return `#${fragment} on a non-HTML file`;
    let id: string;
    try {
      id = decodeURIComponent(fragment);
    } catch {
      return `malformed #${fragment}`;
    }
    return idsOf(file).has(id) ? undefined : `no id="${id}" on ${target.pathname}`;
  }

  /** `page → link: reason` for every broken link in `sources` (built path → URLs in it). */
  function brokenLinks(sources: [string, string[]][]): string[] {
    const broken: string[] = [];
    for (const [file, urls] of sources) {
      // A file's URL path below the base: index.html stands for its directory.
      const pagePath = file.replace(/(^|\/)index\.html$/, "$1");
      for (const url of new Set(urls)) {
        const reason = brokenReason(url, pagePath);
        if (reason) broken.push(`${base}${pagePath} → ${url}: ${reason}`);
      }
    }
    return broken;
  }

  const read = (file: string) => readFileSync(join(dir, file), "utf8");
  return { files, pages, site, origin, base, brokenLinks, read };
}

describe.each([
  ["at the root", SITE_DIR, undefined],
  ["under a subpath", SUBPATH_SITE_DIR, SUBPATH_SITE_URL],
])("internal links of the site %s", (_, dir, expectedUrl) => {
  const { files, pages, site, origin, base, brokenLinks, read } = siteLinks(dir);

  it("checks a real build", () => {
    expect(pages.length).toBeGreaterThan(10);
    expect(origin).toMatch(/^https?:\/\//);
    if (expectedUrl) expect(site.href).toBe(expectedUrl);
  });

  it("resolve from every page, fragments included", () => {
    const sources = pages.map((file): [string, string[]] => [file, urlsIn(read(file))]);
    expect(sources.reduce((n, [, urls]) => n + urls.length, 0)).toBeGreaterThan(pages.length);
    expect(brokenLinks(sources).join("\n")).toBe("");
  });

  it("resolve from the standalone chart SVGs", () => {
    const svgs = files.filter((file) => file.endsWith(".svg") && file !== "favicon.svg");
    // Links in a standalone SVG are resolved as if it were opened from the site.
    const sources = svgs.map((file): [string, string[]] => [file, urlsIn(read(file))]);
    expect(brokenLinks(sources).join("\n")).toBe("");
  });

  it("resolve from the RSS feed", () => {
    if (!files.includes("rss.xml")) return;
    const links = [...read("rss.xml").matchAll(/<(?:link|guid)\b[^>]*>([^<]+)<\/(?:link|guid)>/g)];
    const urls = links.map((m) => decodeEntities(m[1] ?? "").trim());
    expect(urls.length).toBeGreaterThan(0);
    expect(brokenLinks([["rss.xml", urls]]).join("\n")).toBe("");
  });

  it("resolve from the sitemap, robots.txt and the data package", () => {
    const sitemaps = files.filter((file) => /^sitemap-[\w-]+\.xml$/.test(file));
    const locs = sitemaps.flatMap((file) =>
      [...read(file).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => decodeEntities(m[1] ?? "")),
    );
    expect(locs.length).toBeGreaterThan(pages.length / 4);
    const robots = [...read("robots.txt").matchAll(/^Sitemap: (\S+)$/gm)].map((m) => m[1] ?? "");
    expect(robots).toEqual([`${origin}${base}sitemap-index.xml`]);
    const pkg = JSON.parse(read("data/datapackage.json")) as {
      homepage: string;
      resources: { path: string }[];
    };
    // Resource paths are relative to the descriptor, as the Data Package spec has them.
    const resources = pkg.resources.map((r) => r.path);
    expect(brokenLinks([["data/datapackage.json", [pkg.homepage, ...resources]]])).toEqual([]);
    expect(brokenLinks([["sitemap-index.xml", [...locs, ...robots]]]).join("\n")).toBe("");
  });

  it("catches a missing page, anchor or card, a stray javascript: URL and a link outside the base", () => {
    const page = `<a href="${base}no-such-page/">x</a><a href="${base}#no-such-id">y</a><a href="javascript:alert(1)">z</a>
      <svg><a xlink:href="${base}regions/#missing">w</a></svg><a href="${origin}${base}nowhere.csv">v</a>
      <a href="https://example.com/elsewhere/">external</a><a href="#main">fine</a>
      <meta property="og:image" content="${origin}${base}cards/nowhere.png">`;
    const broken = brokenLinks([["index.html", urlsIn(page)]]);
    expect(broken).toEqual([
      `${base} → ${base}no-such-page/: no file for ${base}no-such-page/`,
      `${base} → ${base}#no-such-id: no id="no-such-id" on ${base}`,
      `${base} → javascript:alert(1): javascript: URL`,
      `${base} → ${base}regions/#missing: no id="missing" on ${base}regions/`,
      `${base} → ${origin}${base}nowhere.csv: no file for ${base}nowhere.csv`,
      `${base} → ${origin}${base}cards/nowhere.png: no file for ${base}cards/nowhere.png`,
    ]);
    if (base !== "/") {
      // What a site that ignored its base path would link to.
      expect(brokenLinks([["index.html", ["/regions/", `${origin}/data/`]]])).toEqual([
        `${base} → /regions/: /regions/ is outside the base ${base}`,
        `${base} → ${origin}/data/: /data/ is outside the base ${base}`,
      ]);
    }
  });
});
