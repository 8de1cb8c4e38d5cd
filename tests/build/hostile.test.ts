// Hostile text in the data and in a story's frontmatter is shown as text
// everywhere. tests/fixtures/hostile/ is a small data directory (and, in
// stories/, one story) whose place name, measure name, quote, note and story
// title, dek and author carry `<script>alert(1)</script>`,
// `"><img src=x onerror=alert(1)>` and `</svg>`. The site built from it must
// never emit them as markup — in pages, inline and standalone SVG, embeds, RSS
// or JSON — its CSV downloads must read back to exactly the same fields, and
// in a browser no page (the search page rendering Pagefind results included)
// may end up with an injected element.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Papa from "papaparse";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDataset } from "../../src/lib/data/index.ts";
import { browserAvailable, launchBrowser, serveSite } from "../support/browser.ts";
import { runBuild } from "../support/site.ts";

const FIXTURE = "tests/fixtures/hostile";
const HOSTILE = `<script>alert(1)</script>"><img src=x onerror=alert(1)></svg>`;
/** What must never be markup; `alert(1)></svg>` is the fixture's own `</svg>`, not the site's. */
const PAYLOADS = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "alert(1)></svg>"];
/** The whole attribute breakout: never present at all, since `"` must become `&quot;`. */
const BREAKOUT = `"><img src=x onerror=alert(1)>`;
/** The payload as escaped text, which each rendering must contain. */
const ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;";

const scratch = mkdtempSync(join(tmpdir(), "silver-atlas-hostile-"));
const out = join(scratch, "dist");
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const fixture = loadDataset(FIXTURE).dataset;
let files: string[] = [];
const read = (file: string) => readFileSync(join(out, file), "utf8");

/** Spans [start, end) of every start or end tag, quote-aware so `>` inside a value stays inside. */
function tagSpans(markup: string): [number, number][] {
  const tag =
    /<\/?[a-zA-Z][\w:-]*(?:\s+[^\s=>"'/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?)*\s*\/?>/g;
  return [...markup.matchAll(tag)].map((m) => [m.index, m.index + m[0].length]);
}

/** `file: …context…` for each place where `needle` occurs other than inside an attribute value. */
function markupOccurrences(file: string, markup: string, needle: string): string[] {
  const spans = tagSpans(markup);
  const found: string[] = [];
  for (let at = markup.indexOf(needle); at !== -1; at = markup.indexOf(needle, at + 1)) {
    // Inside a tag but not at its start means inside a quoted attribute value: `<` is inert there.
    const inAttribute = spans.some(([start, end]) => start < at && at + needle.length <= end);
    if (!inAttribute) found.push(`${file}: …${markup.slice(Math.max(0, at - 60), at + 80)}…`);
  }
  return found;
}

describe("a site built from hostile data", () => {
  beforeAll(() => {
    const { status, stdout, stderr } = runBuild(out, {
      DATA_DIR: FIXTURE,
      STORIES_DIR: join(FIXTURE, "stories"),
    });
    if (status !== 0) throw new Error(`the hostile fixture did not build:\n${stdout}\n${stderr}`);
    files = readdirSync(out, { recursive: true, encoding: "utf8" }).map((f) =>
      f.replace(/\\/g, "/"),
    );
  });

  it("is a valid data set that carries the payload in every field under test", () => {
    expect(fixture).toBeDefined();
    expect(fixture?.regionById.get("xiamen")?.name_zh).toContain(HOSTILE);
    expect(fixture?.metricById.get("volunteer-teams")?.name_zh).toContain(HOSTILE);
    expect(fixture?.factById.get("demo-siming-teams")?.quote).toContain(HOSTILE);
    expect(fixture?.factById.get("demo-siming-teams")?.note).toContain(HOSTILE);
    expect(fixture?.factById.get("demo-members")?.note_en).toContain(HOSTILE);
    expect(readFileSync(join(FIXTURE, "stories/hostile-story.mdx"), "utf8")).toContain(
      `title: '标题${HOSTILE}'`,
    );
  });

  it("tells markup from an attribute value", () => {
    const safe = `<a title="厦门<script>alert(1)</script>&quot;><img src=x onerror=alert(1)></svg>">x</a>`;
    expect(PAYLOADS.flatMap((p) => markupOccurrences("safe", safe, p))).toEqual([]);
    const unsafe = `<p>厦门<script>alert(1)</script></p><svg><text>alert(1)></svg></text></svg>`;
    expect(PAYLOADS.flatMap((p) => markupOccurrences("unsafe", unsafe, p))).toHaveLength(2);
  });

  it("never emits the payload as markup in any page", () => {
    const problems: string[] = [];
    for (const file of files.filter((f) => f.endsWith(".html"))) {
      const html = read(file);
      if (html.includes(BREAKOUT)) problems.push(`${file}: contains ${BREAKOUT}`);
      for (const payload of PAYLOADS) problems.push(...markupOccurrences(file, html, payload));
      // A stray </svg> from data would close a chart early and leave these unbalanced.
      const tags = tagSpans(html).map(([start, end]) => html.slice(start, end));
      const opened = tags.filter((t) => /^<svg[\s>]/.test(t)).length;
      const closed = tags.filter((t) => t === "</svg>").length;
      if (opened !== closed) problems.push(`${file}: ${opened} <svg> but ${closed} </svg>`);
    }
    expect(problems.join("\n")).toBe("");
  });

  it("never emits the payload unescaped in SVG, XML or JSON (where `<` in a value is not allowed)", () => {
    const problems: string[] = [];
    for (const file of files.filter((f) => /\.(svg|xml|json)$/.test(f))) {
      const text = read(file);
      for (const payload of [BREAKOUT, ...PAYLOADS]) {
        if (text.includes(payload)) problems.push(`${file}: contains ${payload}`);
      }
    }
    expect(problems.join("\n")).toBe("");
  });

  it.each([
    ["place page", "regions/xiamen/index.html"],
    ["measure page", "metrics/volunteer-teams/index.html"],
    ["source page (quote, note)", "sources/demo-report/index.html"],
    ["story page", "stories/hostile-story/index.html"],
    ["embed page", "embed/metric-volunteer-teams/index.html"],
    ["standalone chart SVG", "charts/metric-volunteer-teams.svg"],
    ["RSS feed", "rss.xml"],
  ])("shows the payload as text on the %s", (_, file) => {
    expect(files).toContain(file);
    expect(read(file)).toContain(ESCAPED);
  });

  it("serves the data CSVs byte for byte, and papaparse reads them back to the same fields", () => {
    for (const name of ["regions", "metrics", "facts", "sources", "population"]) {
      const served = read(`data/${name}.csv`);
      expect(served).toBe(readFileSync(join(FIXTURE, `${name}.csv`), "utf8"));
      const parsed = Papa.parse<Record<string, string>>(served, {
        header: true,
        skipEmptyLines: true,
      });
      expect(parsed.errors, name).toEqual([]);
    }
    const regions = Papa.parse<Record<string, string>>(read("data/regions.csv"), { header: true });
    expect(regions.data.find((r) => r["id"] === "xiamen")?.["name_zh"]).toBe(`厦门市${HOSTILE}`);
  });

  it("writes chart CSVs that papaparse reads back to the data's exact text", () => {
    const csvs = files.filter((f) => f.startsWith("charts/") && f.endsWith(".csv"));
    expect(csvs.length).toBeGreaterThan(0);
    let hostileRows = 0;
    for (const file of csvs) {
      const parsed = Papa.parse<Record<string, string>>(read(file), {
        header: true,
        skipEmptyLines: true,
      });
      expect(parsed.errors, file).toEqual([]);
      const width = parsed.meta.fields?.length ?? 0;
      for (const row of parsed.data) {
        expect(Object.keys(row), file).toHaveLength(width);
        const fact = fixture?.factById.get(row["fact"] ?? "");
        if (!fact) continue;
        const region = fixture?.regionById.get(fact.region);
        const metric = fixture?.metricById.get(fact.metric);
        if (row["quote"] !== undefined) expect(row["quote"], file).toBe(fact.quote);
        if (row["note"] !== undefined) expect(row["note"], file).toBe(fact.note);
        if (row["note_en"] !== undefined) expect(row["note_en"], file).toBe(fact.note_en);
        if (row["region_name_zh"] !== undefined) {
          expect(row["region_name_zh"], file).toBe(region?.name_zh);
        }
        if (row["metric_name_zh"] !== undefined) {
          expect(row["metric_name_zh"], file).toBe(metric?.name_zh);
        }
        if (Object.values(row).some((v) => v.includes(HOSTILE))) hostileRows++;
      }
    }
    expect(hostileRows).toBeGreaterThan(0);
  });

  describe.skipIf(!browserAvailable())("in a browser", () => {
    let browser: Browser;
    let site: Awaited<ReturnType<typeof serveSite>>;
    beforeAll(async () => {
      site = await serveSite(out);
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
      await site?.close();
    });

    it("no page, search results included, gets an injected element or runs it", async () => {
      const paths = files
        .filter((f) => f.endsWith(".html"))
        .map((f) => `/${f}`.replace(/index\.html$/, ""))
        .concat(`/search/?q=${encodeURIComponent("厦门市")}`);
      const problems: string[] = [];
      const context = await browser.newContext();
      for (const path of paths) {
        const page = await context.newPage();
        page.on("dialog", (dialog) => {
          problems.push(`${path}: a dialog opened (${dialog.message()})`);
          void dialog.dismiss();
        });
        page.on("console", (message) => {
          if (/Refused to|Content.Security.Policy/i.test(message.text())) {
            problems.push(`${path}: ${message.text()}`);
          }
        });
        await page.goto(`${site.origin}${path}`);
        if (path.startsWith("/search/?")) {
          await page.waitForFunction(() =>
            /^(找到|没有)/.test(document.querySelector(".search-status")?.textContent ?? ""),
          );
          expect(await page.locator(".search-results li").count()).toBeGreaterThan(0);
        }
        const injected = await page.evaluate(
          () =>
            document.querySelectorAll('img[src="x"], [onerror]').length +
            [...document.scripts].filter((s) => s.text.includes("alert(1)")).length,
        );
        if (injected > 0) problems.push(`${path}: ${injected} injected element(s)`);
        await page.close();
      }
      await context.close();
      expect(problems.join("\n")).toBe("");
    });
  });
});
