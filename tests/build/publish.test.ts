// What publishing needs from a build, at the root and under a subpath: the sitemap lists
// exactly the pages meant for search engines (every HTML page without `noindex`), under
// the site's URL; robots.txt names it. Downloads open right in Excel: chart CSVs and the
// /data/excel/ copies start with a UTF-8 byte-order mark, while /data/*.csv stay the
// repository's files, which is what datapackage.json describes. A file above the Excel
// copy threshold has no copy.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CSV_FILES, excelCopies } from "../../src/lib/data/downloads.ts";
import { dataDir } from "../../src/lib/data/index.ts";
import { SITE_DIR, SUBPATH_SITE_DIR, SUBPATH_SITE_URL } from "../support/site.ts";

const BOM = "\uFEFF";

/** The URL a built HTML file is served at, on `site`. */
const pageUrl = (file: string, site: string) =>
  new URL(file.replace(/(^|\/)index\.html$/, "$1"), site).href;

describe.each([
  ["at the root", SITE_DIR],
  ["under a subpath", SUBPATH_SITE_DIR],
])("sitemap and robots.txt of the site %s", (_, dir) => {
  const read = (file: string) => readFileSync(join(dir, file), "utf8");
  const files = readdirSync(dir, { recursive: true, encoding: "utf8" }).map((f) =>
    f.replace(/\\/g, "/"),
  );
  const site = /<link rel="canonical" href="([^"]+)"/.exec(read("index.html"))?.[1] ?? "";

  it("lists every page without noindex, and nothing else", () => {
    if (dir === SUBPATH_SITE_DIR) expect(site).toBe(SUBPATH_SITE_URL);
    const index = read("sitemap-index.xml");
    const chunks = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? "");
    expect(chunks.length).toBeGreaterThan(0);
    const listed = chunks.flatMap((chunk) => {
      expect(chunk.startsWith(site), chunk).toBe(true);
      const xml = read(chunk.slice(site.length));
      return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? "");
    });
    const indexable = files
      .filter((f) => f.endsWith(".html"))
      .filter((f) => !/<meta name="robots" content="[^"]*noindex/.test(read(f)))
      .map((f) => pageUrl(f, site));
    expect(listed.sort()).toEqual(indexable.sort());
    expect(listed.filter((url) => url.startsWith(`${site}embed/`))).toEqual([]);
    expect(listed).not.toContain(`${site}404.html`);
  });

  it("names the sitemap in robots.txt by its absolute URL", () => {
    expect(read("robots.txt")).toMatch(
      new RegExp(`^Sitemap: ${site.replace(/[.]/g, "\\.")}sitemap-index\\.xml$`, "m"),
    );
  });
});

describe("downloads", () => {
  const read = (file: string) => readFileSync(join(SITE_DIR, file), "utf8");

  it("chart CSVs start with a UTF-8 byte-order mark, once", () => {
    const csvs = readdirSync(join(SITE_DIR, "charts")).filter((f) => f.endsWith(".csv"));
    expect(csvs.length).toBeGreaterThan(10);
    for (const file of csvs) {
      const csv = read(`charts/${file}`);
      expect(csv.startsWith(BOM) && !csv.startsWith(BOM + BOM), file).toBe(true);
    }
  });

  it("serves the data contract's CSVs as they are, and an Excel copy with the mark", () => {
    const copies = excelCopies(dataDir());
    for (const name of CSV_FILES) {
      const original = readFileSync(join(dataDir(), name), "utf8");
      expect(read(`data/${name}`), name).toBe(original);
      if (!copies.includes(name)) {
        expect(existsSync(join(SITE_DIR, "data", "excel", name)), name).toBe(false);
        continue;
      }
      expect(read(`data/excel/${name}`), name).toBe(
        original.startsWith(BOM) ? original : BOM + original,
      );
    }
  });
});
