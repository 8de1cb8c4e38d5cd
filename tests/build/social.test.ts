// Social cards in the built site: every page built on the site layout (home,
// places, measures, stories and the rest) declares og:image, og:title,
// og:description and twitter:card, and its og:image resolves to a built PNG of
// at least 1,200 × 630 on the site's own origin.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { SITE_DIR } from "../support/site.ts";

const ORIGIN = "https://silver-atlas.example.org";

/** Every built page except embeds (noindex, shown inside other sites) and the 404 page. */
function pages(dir = SITE_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory())
      return ["embed", "pagefind", "_astro"].includes(entry.name) ? [] : pages(path);
    return entry.name === "index.html" ? [path] : [];
  });
}

/** The content of `<meta property|name="key" content="…">`, entities decoded. */
function meta(html: string, key: string): string | undefined {
  const tag = new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html);
  return tag?.[1]?.replace(/&amp;/g, "&").replace(/&quot;/g, '"');
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString("latin1"), file).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe("social cards", () => {
  const files = pages();
  const url = (file: string) => `/${relative(SITE_DIR, file).replace(/index\.html$/, "")}`;

  it("covers every page type", () => {
    const paths = files.map(url);
    for (const prefix of ["/regions/", "/metrics/", "/stories/", "/sources/"])
      expect(
        paths.some((p) => p.startsWith(prefix) && p !== prefix),
        prefix,
      ).toBe(true);
    expect(paths).toContain("/");
  });

  it("gives every page og:image, og:title, og:description and twitter:card", () => {
    for (const file of files) {
      const html = readFileSync(file, "utf8");
      const where = url(file);
      expect(meta(html, "og:image"), where).toMatch(
        new RegExp(`^${ORIGIN}/cards/[a-z0-9-]+\\.png$`),
      );
      expect(meta(html, "og:title"), where).toBeTruthy();
      expect(meta(html, "og:description"), where).toBeTruthy();
      expect(meta(html, "twitter:card"), where).toBe("summary_large_image");
    }
  });

  it("points og:image at a built PNG of at least 1,200 × 630", () => {
    const images = new Set(files.map((f) => meta(readFileSync(f, "utf8"), "og:image") ?? ""));
    for (const image of images) {
      const { width, height } = pngSize(join(SITE_DIR, new URL(image).pathname));
      expect(width, image).toBeGreaterThanOrEqual(1200);
      expect(height, image).toBeGreaterThanOrEqual(630);
    }
  });

  it("shows a measure compared across places its own card, and a place its top-level place's", () => {
    const card = (path: string) =>
      meta(readFileSync(join(SITE_DIR, path, "index.html"), "utf8"), "og:image");
    expect(card("/metrics/volunteer-teams/")).toBe(`${ORIGIN}/cards/metric-volunteer-teams.png`);
    expect(card("/regions/siming/")).toBe(`${ORIGIN}/cards/place-fujian.png`);
    expect(card("/regions/xiamen/")).toBe(`${ORIGIN}/cards/place-fujian.png`);
    expect(card("/stories/silver-volunteers/")).toBe(`${ORIGIN}/cards/story-silver-volunteers.png`);
    expect(card("/")).toBe(`${ORIGIN}/cards/home.png`);
  });
});
