// National scale by design, as counts rather than timings: a synthetic data set of 50 places
// (60 measures × 5 years, scripts/synth.ts) is built, and what grows with the number of places
// must stay within the budget that keeps 3,000 places under 20,000-ish files and every page
// under 150 KB gzip: one page and one CSV per place, and no embed page for a place whose topic
// charts are sibling comparisons (they are targets on its parent's comparison page) — never a
// file per place × topic chart — a few files per parent — never a file per sub-place
// comparison or a compare page per place — and pages that do not grow with the years or the
// facts of a report. Its facts.csv (2.6 MB) is published gzip-compressed, as a national
// data set's is: the build lowers the threshold for that from 20 MiB to 1 MB.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import AxeBuilder from "@axe-core/playwright";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateSynthetic } from "../../scripts/synth.ts";
import { CSV_FILES, LARGE_FILE_ENV } from "../../src/lib/data/downloads.ts";
import { QUOTES_DIR, QUOTES_MANIFEST } from "../../src/lib/search/quotes.ts";
import { snapshotRecords } from "../../src/lib/search/snapshotRecords.ts";
import { browserAvailable, searchResults, siteInBrowser } from "../support/browser.ts";
import { runBuildAsync } from "../support/site.ts";

const PLACES = 50;
/** Every page's budget, gzipped. */
const PAGE_GZIP_MAX = 150 * 1024;
/** An embed page's budget, gzipped (with embed-frame.js, as tests/build/charts.test.ts counts it). */
const EMBED_GZIP_MAX = 40 * 1024;
/**
 * A place page's budget in bytes, uncompressed (what Pagefind reads and the host stores): its
 * latest figures, ranks and dot strips, not a table of every year of every measure (280 kB).
 * A parent's page also lists its sub-places and their comparisons.
 */
const PLACE_PAGE_MAX = 64 * 1024;
const PARENT_PAGE_MAX = 150 * 1024;
/**
 * Gzip bytes a place's embed page may spend per bar it draws. Its bars are the place and the
 * places it is compared with (all reporting ones up to MAX_BARS, else its siblings), so it
 * does not grow with the data set: ten a panel at 300 or 3,000 places (≤ 600 bars, held to the
 * 40 KB embed budget), up to thirty here, where every measure has at most 50 reporting places
 * (1,260 bars, 61 KB). Lean markup spends ≤ 50 B a bar; the old markup 60.
 */
const PLACE_EMBED_GZIP_PER_BAR = 52;
/** Files a place may add (see the budget test). */
const FILES_PER_PLACE = 3;
/** Files a parent (a place with sub-places) may add (see the budget test). */
const FILES_PER_PARENT = 6;
/** Files that do not grow with places, with room to spare. */
const FIXED_FILES = 400;
/**
 * Bytes a sibling-compared place's CSV may spend per figure of its own: its figures only, in
 * lean columns (~195 B at 300 places), not its siblings' rows too in 18 columns (~880 B).
 */
const PLACE_CSV_BYTES_PER_FIGURE = 256;
/**
 * All of dist/ but the search indexes, per place: 737 kB here (515 kB at 300 places, where the
 * fixed share weighs less; 1,020 kB there while each place's embed page and CSV redrew its
 * parent's comparisons, an embed page alone taking 300 kB).
 */
const SITE_BYTES_PER_PLACE = 900 * 1024;
/**
 * Data files over this many bytes are published gzip-compressed (20 MiB on a real build, where
 * only a national data set's facts.csv passes it): facts.csv here, and no other file.
 */
const LARGE_FILE_BYTES = 1_000_000;

const scratch = mkdtempSync(join(tmpdir(), "silver-atlas-scale-"));
const out = join(scratch, "site");
let files: string[] = [];

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

beforeAll(async () => {
  const dataDir = join(scratch, "data");
  const storiesDir = join(scratch, "stories"); // synthetic sets have no stories (they cite real ids)
  mkdirSync(storiesDir);
  generateSynthetic({ places: PLACES, metrics: 60, years: 5, seed: 1 }, dataDir);
  const { status, stdout, stderr } = await runBuildAsync(out, {
    DATA_DIR: dataDir,
    STORIES_DIR: storiesDir,
    [LARGE_FILE_ENV]: String(LARGE_FILE_BYTES),
  });
  if (status !== 0) throw new Error(`synthetic build failed:\n${stdout}\n${stderr}`);
  files = readdirSync(out, { recursive: true, encoding: "utf8" }).filter((f) =>
    statSync(join(out, f)).isFile(),
  );
});

const under = (prefix: string) => files.filter((f) => f.startsWith(prefix));

/** The synthetic regions: id and parent id ("" at the top). */
function regions(): [string, string][] {
  const csv = readFileSync(join(scratch, "data/regions.csv"), "utf8").trim().split("\n").slice(1);
  return csv.map((line) => {
    const cells = line.split(",");
    return [cells[0] ?? "", cells.at(-1) ?? ""];
  });
}
/** Ids of the places that have sub-places. */
const parentsOf = () => new Set(regions().flatMap(([, parent]) => (parent ? [parent] : [])));
/** Sibling-compared places (no embed page of their own) → [parent, pages of topics not on 1]. */
const movedPlaces = () =>
  JSON.parse(readFileSync(join(out, "embed/places.json"), "utf8")) as Record<
    string,
    [string, Record<string, number>]
  >;

/** How many figures each synthetic place has in facts.csv (ids and regions hold no commas). */
function ownFigures(): Map<string, number> {
  const lines = readFileSync(join(scratch, "data/facts.csv"), "utf8").trim().split("\n");
  const column = (lines[0] ?? "").split(",").indexOf("region");
  const counts = new Map<string, number>();
  for (const line of lines.slice(1)) {
    const region = line.split(",")[column] ?? "";
    counts.set(region, (counts.get(region) ?? 0) + 1);
  }
  return counts;
}

/** How many places are at the top of the hierarchy. */
const topPlaces = () => regions().filter(([, parent]) => parent === "").length;

/** Records in a search index (`pagefind` or the quotes index): pages or report passages. */
function indexedRecords(bundle = "pagefind"): number {
  const entry = JSON.parse(readFileSync(join(out, bundle, "pagefind-entry.json"), "utf8")) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
}

describe(`a synthetic build of ${PLACES} places`, () => {
  it("writes one page and one CSV per place, an embed page only if not sibling-compared, none per topic chart", () => {
    expect(under("regions/").filter((f) => /^regions\/[^/]+\/index\.html$/u.test(f))).toHaveLength(
      PLACES,
    );
    const placeCsvs = under("charts/place-");
    expect(placeCsvs.length).toBeGreaterThan(0);
    expect(placeCsvs.length).toBeLessThanOrEqual(PLACES);
    // At this scale every place with topic charts compares with its siblings: its charts are
    // targets on its parent's page, and it has no embed page of its own.
    const moved = Object.keys(movedPlaces());
    expect(moved.sort()).toEqual(placeCsvs.map((f) => f.slice("charts/place-".length, -4)).sort());
    expect(under("embed/place/")).toEqual([]);
    // The old layout: an embed page, an SVG and a CSV for every place × topic chart.
    expect(under("embed/region-")).toEqual([]);
    expect(under("charts/region-")).toEqual([]);
  });

  it("writes one embed page and one CSV per parent for its sub-place comparisons, none per chart", () => {
    const parents = parentsOf();
    const parentEmbeds = under("embed/in/").filter((f) => f.endsWith("/index.html"));
    const withPages = new Set(parentEmbeds.map((f) => f.split("/")[2] ?? ""));
    expect(withPages.size).toBeGreaterThan(0);
    for (const parent of withPages) {
      expect(parents).toContain(parent);
      expect(parentEmbeds).toContain(`embed/in/${parent}/index.html`);
    }
    // A few pages per parent (of at most 450 chart rows: sixty charts of 25 bars make 4),
    // never one per comparison (sixty per parent).
    expect(parentEmbeds.length).toBeLessThanOrEqual(4 * withPages.size);
    expect(under("charts/in-")).toHaveLength(withPages.size);
    // The old layout: an embed page, an SVG and a CSV for every parent × measure.
    expect(files.filter((f) => /^(embed|charts)\/metric-.+-in-/u.test(f))).toEqual([]);
  });

  it("gives a sibling-compared place a CSV of its own figures only, in lean columns", () => {
    const figures = ownFigures();
    const over: string[] = [];
    for (const place of Object.keys(movedPlaces())) {
      const csv = readFileSync(join(out, `charts/place-${place}.csv`), "utf8");
      const lines = csv.trim().split("\n");
      expect(lines[0]).toBe(
        "fact,metric,metric_name_zh,value,unit_zh,qualifier,period,basis,source,quote,note",
      );
      const own = figures.get(place) ?? 0;
      // Every row is one of its own figures (the fact id starts with the place id here).
      expect(lines.length - 1, place).toBe(own);
      expect(lines.slice(1).every((l) => l.startsWith(`${place}-`))).toBe(true);
      const size = Buffer.byteLength(csv);
      if (size > own * PLACE_CSV_BYTES_PER_FIGURE) over.push(`${place}: ${size} B for ${own}`);
    }
    expect(over.slice(0, 5), `${over.length} over budget`).toEqual([]);
  });

  it("shows each sibling-compared place's topic charts as targets on its parent's page", () => {
    for (const [place, [parent, pages]] of Object.entries(movedPlaces())) {
      const region = readFileSync(join(out, `regions/${place}/index.html`), "utf8");
      const links = [...region.matchAll(/href="\/embed\/in\/([^"#]+)#(region-[^"]+)"/gu)];
      expect(links.length, place).toBeGreaterThan(0);
      for (const [, path = "", id = ""] of links) {
        expect(path.startsWith(`${parent}/`)).toBe(true);
        const topic = id.slice(`region-${place}-`.length);
        expect(path).toBe(`${parent}/${(pages[topic] ?? 1) > 1 ? `${pages[topic]}/` : ""}`);
        const embed = readFileSync(join(out, `embed/in/${path}index.html`), "utf8");
        expect(embed).toContain(`<i class="sibling-target" id="${id}" data-topic="${topic}"`);
        expect(embed).toContain(`data-r="${place}"`);
      }
    }
  });

  it("keeps all of the site but its search index within a budget per place", () => {
    const bytes = files
      .filter((f) => !f.startsWith("pagefind/")) // the quotes index is under it too
      .reduce((n, f) => n + statSync(join(out, f)).size, 0);
    expect(bytes, `${(bytes / PLACES / 1024).toFixed(0)} kB per place`).toBeLessThanOrEqual(
      SITE_BYTES_PER_PLACE * PLACES,
    );
  });

  it("writes compare pages and JSON chunks per parent, not per place", () => {
    const parents = parentsOf();
    expect(under("compare/").filter((f) => f.includes("-and-parent"))).toEqual([]);
    // The JSON chunks: one per parent, one per place at the top.
    const chunks = [...under("compare/in/"), ...under("compare/places/")];
    expect(chunks.length).toBeGreaterThan(0);
    expect(chunks.length).toBeLessThanOrEqual(parents.size + topPlaces());
    const pages = under("compare/").filter((f) => f.endsWith("/index.html"));
    // The default page plus the sibling pages (of at most six places each) of each parent.
    expect(pages.length).toBeLessThanOrEqual(1 + 3 * parents.size);
  });

  it("keeps the files that grow with places within budget", () => {
    // Measure charts have three files each; everything else that grows with places must be
    // a few files per place or per parent.
    const standalone = under("embed/").filter(
      (f) => /^embed\/[^/]+\/index\.html$/u.test(f) && f !== "embed/index.html",
    ).length;
    expect(under("charts/")).toHaveLength(
      2 * standalone + under("charts/place-").length + under("charts/in-").length,
    );
    // Per place: its page, embed page (if not sibling-compared) and CSV; per parent: its comparisons' embed page and
    // CSV, compare pages and JSON chunk; plus a fixed share (cards, measure pages, scripts,
    // downloads). The search index is counted apart.
    const site = files.filter((f) => !f.startsWith("pagefind/"));
    const budget =
      3 * standalone + FILES_PER_PLACE * PLACES + FILES_PER_PARENT * parentsOf().size + FIXED_FILES;
    expect(
      site.length,
      `${site.length} files, ${standalone} standalone charts`,
    ).toBeLessThanOrEqual(budget);
    // One search fragment per indexed page, one per report passage in the quotes index (up to
    // its cap, src/lib/search/pagefindIndex.ts), and a few hundred others at most.
    const fragments = under("pagefind/fragment/").length;
    expect(fragments).toBe(indexedRecords());
    const bundles = JSON.parse(readFileSync(join(out, QUOTES_MANIFEST), "utf8")) as string[];
    expect(bundles.length).toBeGreaterThan(0);
    const quoteFragments = under(`${QUOTES_DIR}/`).filter((f) => f.includes("/fragment/")).length;
    const passages = bundles.reduce((n, b) => n + indexedRecords(`${QUOTES_DIR}/${b}`), 0);
    expect(quoteFragments).toBe(passages);
    expect(under("pagefind/").length - fragments - quoteFragments).toBeLessThan(FIXED_FILES);
  });

  // A place's embed page holds its nine topic charts (one shown at a time): held to the embed
  // budget, or where it compares more places than at national scale, to its bytes per bar
  // (here every place is sibling-compared and has none; a parent's page holds their targets). A
  // parent's page of sub-place comparisons is held to the embed budget (pages of ≤ 450 rows).
  it("keeps every page under 150 KB gzip and every embed page under 40 KB gzip (or per bar)", () => {
    const frame = gzipSync(readFileSync(join(out, "embed-frame.js"))).length;
    const over: string[] = [];
    for (const file of files.filter((f) => f.endsWith(".html"))) {
      const html = readFileSync(join(out, file));
      const size = gzipSync(html).length;
      const bars = html.toString("utf8").split('class="mark ').length - 1;
      const embed = file.startsWith("embed/place/")
        ? Math.max(EMBED_GZIP_MAX, bars * PLACE_EMBED_GZIP_PER_BAR)
        : EMBED_GZIP_MAX;
      const budget = file.startsWith("embed/") ? embed - frame : PAGE_GZIP_MAX;
      if (size > budget) over.push(`${file}: ${(size / 1024).toFixed(1)} KB gzip`);
    }
    expect(over.slice(0, 5), `${over.length} over budget`).toEqual([]);
  });

  it("drops the fact table from long reports, indexes them as passages, and lists no place in the search form", () => {
    const source = under("sources/").find(
      (f) => f.endsWith("/index.html") && f !== "sources/index.html",
    );
    expect(source).toBeDefined();
    const html = readFileSync(join(out, source ?? ""), "utf8");
    expect(html).not.toContain('class="table-wrap fact-table"');
    // …and search reads its snapshot as passages, not as one page of the whole report.
    expect(html).toMatch(/<div class="snapshot"[^>]*data-snapshot-records/);
    // …into the quotes index, apart from the pages people search for.
    expect(indexedRecords()).toBeGreaterThan(PLACES + 60);
    expect(indexedRecords()).toBeLessThan(PLACES + 60 + 50);
    expect(indexedRecords(`${QUOTES_DIR}/0/`)).toBeGreaterThan(10);
    const search = readFileSync(join(out, "search/index.html"), "utf8");
    expect(search).not.toContain('<select name="place"');
    expect(search).toMatch(/<input[^>]*name="place"/);
  });

  it("publishes a data file too large to serve as it is as its gzip only, and links and describes that", () => {
    const facts = readFileSync(join(scratch, "data/facts.csv"));
    expect(facts.length).toBeGreaterThan(LARGE_FILE_BYTES);
    expect(gunzipSync(readFileSync(join(out, "data/facts.csv.gz"))).equals(facts)).toBe(true);
    // The other files stay plain and byte for byte; facts.csv has neither a plain nor an Excel copy.
    expect(
      under("data/")
        .filter((f) => /\.csv(\.gz)?$/u.test(f))
        .sort(),
    ).toEqual(
      [...CSV_FILES.filter((f) => f !== "facts.csv"), "facts.csv.gz"]
        .flatMap((f) => (f.endsWith(".gz") ? [`data/${f}`] : [`data/${f}`, `data/excel/${f}`]))
        .sort(),
    );
    const page = readFileSync(join(out, "data/index.html"), "utf8");
    const links = [...page.matchAll(/href="\/data\/([^"]+\.csv(?:\.gz)?)"/gu)].map((m) => m[1]);
    expect(links).toContain("facts.csv.gz");
    expect(links).not.toContain("facts.csv");
    for (const link of links) expect(files, link).toContain(`data/${link ?? ""}`);
    expect(page).toContain('read.csv(gzfile("facts.csv.gz"))');
    const pkg = JSON.parse(readFileSync(join(out, "data/datapackage.json"), "utf8")) as {
      resources: { name: string; path: string; compression?: string }[];
    };
    for (const { name, path, compression } of pkg.resources) {
      expect(files, name).toContain(`data/${path}`);
      expect(compression, name).toBe(name === "facts" ? "gz" : undefined);
    }
    // A long report's page sends readers to the file that is there.
    const source = under("sources/").find((f) => /^sources\/[^/]+\/index\.html$/u.test(f));
    expect(readFileSync(join(out, source ?? ""), "utf8")).toContain("facts.csv.gz（source 列为");
  });

  it("gives a large place its latest figures only, each row anchored, within the place budget", () => {
    const pages = under("regions/").filter((f) => /^regions\/[^/]+\/index\.html$/.test(f));
    expect(pages.length).toBeGreaterThanOrEqual(PLACES);
    const over: string[] = [];
    for (const file of pages) {
      const html = readFileSync(join(out, file), "utf8");
      if (!html.includes("table-wrap standings")) continue; // a place without figures
      // No all-years table; the standings rows carry the anchors quotes link to.
      expect(html, file).not.toContain('class="table-wrap fact-table"');
      expect(html, file).toMatch(/<tr id="fact-[^"]+">/);
      expect(html, file).toContain("往年数字见");
      const budget = html.includes('id="children"') ? PARENT_PAGE_MAX : PLACE_PAGE_MAX;
      const size = Buffer.byteLength(html);
      if (size > budget) over.push(`${file}: ${(size / 1024).toFixed(1)} KB`);
    }
    expect(over.slice(0, 5), `${over.length} over budget`).toEqual([]);
  });
});

/** A long report's passage and a number that is in it (a figure of one of its quotes). */
function reportQuote(): { url: string; word: string } {
  for (const file of under("sources/").filter((f) => /^sources\/[^/]+\/index\.html$/u.test(f))) {
    const passages = snapshotRecords(readFileSync(join(out, file), "utf8"), `/${dirname(file)}/`);
    for (const passage of passages) {
      const numbers = passage.content.match(/\d{5,}/gu) ?? [];
      // The longest figure is the least likely to be on any page other than its report.
      const word = numbers.sort((a, b) => b.length - a.length)[0];
      if (word) return { url: passage.url, word };
    }
  }
  throw new Error("no long report with a figure of five digits in the synthetic build");
}

describe.skipIf(!browserAvailable())(`a browser on a synthetic build of ${PLACES} places`, () => {
  const live = siteInBrowser(out);

  it("shows a sibling-compared place's topic on its parent's page, highlighted, with JavaScript off", async () => {
    const [place, [parent]] = Object.entries(movedPlaces())[0] ?? ["", [""]];
    const region = readFileSync(join(out, `regions/${place}/index.html`), "utf8");
    const [, path = "", id = ""] =
      /href="\/embed\/in\/([^"#]+)#(region-[^"]+)"/u.exec(region) ?? [];
    const topic = id.slice(`region-${place}-`.length);
    const context = await live.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${live.site.url}embed/in/${path}#${id}`);
    const shown = await page
      .locator(".parent-chart")
      .evaluateAll((els) =>
        els.filter((e) => e.getClientRects().length > 0).map((e) => e.getAttribute("data-topic")),
      );
    expect(shown.length).toBeGreaterThan(0);
    expect(new Set(shown)).toEqual(new Set([topic]));
    expect(await page.locator(`#${id}`).isVisible()).toBe(true);
    expect(await page.locator(`#${id}`).textContent()).toMatch(/^突出显示：/u);
    // The place's bars take the highlight colour, its siblings' keep the chart's.
    const fill = (selector: string) =>
      page
        .locator(`.parent-chart[data-topic="${topic}"] ${selector} :is(.bar,.dot)`)
        .first()
        .evaluate((e) => getComputedStyle(e).fill);
    const mine = await fill(`[data-r="${place}"]`);
    const theirs = await fill(`.mark:not([data-r="${place}"])`);
    expect(mine).toBe("rgb(217, 72, 15)");
    expect(theirs).not.toBe(mine);
    // Without a fragment every comparison shows, nothing highlighted.
    await page.goto(`${live.site.url}embed/in/${parent}/`);
    expect(await page.locator(`#${id}`).isVisible()).toBe(false);
    expect(await fill(`[data-r="${place}"]`)).not.toBe(mine);
    await context.close();
  });

  // The synthetic parent pages have violations of their own (their marks' link names say the
  // level, 合成县0082（县）, the visible label does not): a target must add none.
  it.each(["light", "dark"] as const)(
    "adds no axe violation to a parent's page when a place's target is named, in %s mode",
    async (colorScheme) => {
      const [place] = Object.keys(movedPlaces());
      const region = readFileSync(join(out, `regions/${place}/index.html`), "utf8");
      const [, path = "", id = ""] =
        /href="\/embed\/in\/([^"#]+)#(region-[^"]+)"/u.exec(region) ?? [];
      const context = await live.browser.newContext({ colorScheme });
      const page = await context.newPage();
      const rules = async (fragment: string) => {
        await page.goto(`${live.site.url}embed/in/${path}${fragment}`);
        const { violations } = await new AxeBuilder({ page }).analyze();
        return violations.map((v) => v.id).sort();
      };
      expect(await rules(`#${id}`)).toEqual(await rules(""));
      await context.close();
    },
  );

  it("forwards a sibling-compared place's old embed address to its parent's page, and names it by query", async () => {
    const [place] = Object.keys(movedPlaces());
    const region = readFileSync(join(out, `regions/${place}/index.html`), "utf8");
    const [, path = "", id = ""] =
      /href="\/embed\/in\/([^"#]+)#(region-[^"]+)"/u.exec(region) ?? [];
    const page = await live.browser.newPage();
    await page.goto(`${live.site.url}embed/place/${place}/?theme=dark#${id}`);
    await page.waitForURL(new RegExp(`/embed/in/${path}\\?theme=dark#${id}$`, "u"));
    expect(await page.locator(`#${id}`).isVisible()).toBe(true);
    // …and ?chart=<topic>&place=<id> on the parent's page names the same target (with JS).
    const topic = id.slice(`region-${place}-`.length);
    await page.goto(`${live.site.url}embed/in/${path}?chart=${topic}&place=${place}`);
    await page.waitForURL(new RegExp(`#${id}$`, "u"));
    expect(await page.locator(`#${id}`).isVisible()).toBe(true);
    await page.close();
  });

  it("searches the long reports' text only when asked, merging the quotes index then", async () => {
    const { url, word } = reportQuote();
    const page = await live.browser.newPage();
    const requested: string[] = [];
    page.on("request", (request) => requested.push(new URL(request.url()).pathname));
    const query = `${live.site.url}search/?q=${encodeURIComponent(word)}`;

    // A first search reads the main index only: no passage, nothing from the quotes bundle.
    const plain = await searchResults(page, query);
    expect(requested.some((path) => path.startsWith("/pagefind/"))).toBe(true);
    expect(requested.filter((path) => path.startsWith(`/${QUOTES_DIR}/`))).toEqual([]);
    expect(plain).not.toContain(url);

    // Ticking the box asks for the reports' text: the URL keeps it, the passage is found.
    await page.check("input[name=quotes]");
    await page.waitForURL(/quotes=1/u);
    await page.locator(`.search-results li[data-url="${url}"]`).waitFor();
    expect(requested.some((path) => path.startsWith(`/${QUOTES_DIR}/`))).toBe(true);
    const href = await page.locator(`.search-results li[data-url="${url}"] a`).getAttribute("href");
    expect(href).toBe(url);

    // …and a link with quotes=1 opens with the box ticked and the passage among the results.
    const linked = await searchResults(page, `${query}&quotes=1`);
    expect(linked).toContain(url);
    expect(await page.locator("input[name=quotes]").isChecked()).toBe(true);
    await page.close();
  });
});
