// No broken internal link in the build: every href, src, srcset and form
// action in every page (including links inside inline SVG charts), in the
// standalone chart SVGs and in the RSS feed resolves to a file in SITE_DIR,
// and every #fragment names an element id on the target page. Absolute URLs on
// the site's own origin (canonical links, citations, embed snippets) count as
// internal. No network: external URLs are only listed, never fetched.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join, normalize } from "node:path";
import { describe, expect, it } from "vitest";
import { SITE_DIR } from "../support/site.ts";

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

/** Every URL a page links to or loads. */
function urlsIn(markup: string): string[] {
  const urls: string[] = [];
  for (const { attributes } of tags(markup)) {
    for (const [key, value] of attributes) {
      if (!URL_ATTRIBUTES.has(key)) continue;
      if (key === "srcset")
        urls.push(...value.split(",").map((c) => c.trim().split(/\s+/)[0] ?? ""));
      else urls.push(value.trim());
    }
  }
  return urls.filter((url) => url !== "");
}

const files = readdirSync(SITE_DIR, { recursive: true, encoding: "utf8" })
  .map((file) => file.replace(/\\/g, "/"))
  .sort();
const pages = files.filter((file) => file.endsWith(".html"));

/** The public origin, from the home page's canonical link (SITE_URL at build time). */
const siteOrigin = (() => {
  for (const { name, attributes } of tags(readFileSync(join(SITE_DIR, "index.html"), "utf8"))) {
    if (name === "link" && attributes.get("rel") === "canonical") {
      return new URL(attributes.get("href") ?? "").origin;
    }
  }
  throw new Error("index.html has no canonical link: cannot tell the site's origin");
})();

/** The built file a URL path is served from (as scripts/serve.ts does), or undefined. */
function fileFor(pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const path = normalize(join(SITE_DIR, decoded));
  if (!path.startsWith(SITE_DIR)) return undefined;
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
    target = new URL(url, `${siteOrigin}/${pagePath}`);
  } catch {
    return "not a valid URL";
  }
  if (target.origin !== siteOrigin) return undefined; // external: not our business here
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
    // A file's URL path: index.html stands for its directory.
    const pagePath = file.replace(/(^|\/)index\.html$/, "$1");
    for (const url of new Set(urls)) {
      const reason = brokenReason(url, pagePath);
      if (reason) broken.push(`/${pagePath} → ${url}: ${reason}`);
    }
  }
  return broken;
}

const read = (file: string) => readFileSync(join(SITE_DIR, file), "utf8");

describe("internal links", () => {
  it("checks a real build", () => {
    expect(pages.length).toBeGreaterThan(10);
    expect(siteOrigin).toMatch(/^https?:\/\//);
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

  it("catches a missing page, a missing anchor and a stray javascript: URL", () => {
    const page = `<a href="/no-such-page/">x</a><a href="/#no-such-id">y</a><a href="javascript:alert(1)">z</a>
      <svg><a xlink:href="/regions/#missing">w</a></svg><a href="${siteOrigin}/nowhere.csv">v</a>
      <a href="https://example.com/elsewhere/">external</a><a href="#main">fine</a>`;
    const broken = brokenLinks([["index.html", urlsIn(page)]]);
    expect(broken).toEqual([
      "/ → /no-such-page/: no file for /no-such-page/",
      '/ → /#no-such-id: no id="no-such-id" on /',
      "/ → javascript:alert(1): javascript: URL",
      '/ → /regions/#missing: no id="missing" on /regions/',
      `/ → ${siteOrigin}/nowhere.csv: no file for /nowhere.csv`,
    ]);
  });
});
