// What a reader of the Chinese edition sees, in a real browser, on one page of
// every page type: nothing scrolls sideways on a 320 px phone, and the visible
// text (header, main, footer) holds no Latin words beyond a short allow-list.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { dataDir, loadDataset } from "../../src/lib/data/index.ts";
import { browserAvailable, siteInBrowser } from "../support/browser.ts";
import { pagesToCheck } from "../support/pages.ts";
import { SITE_DIR } from "../support/site.ts";

/** The richest pages of their types: long names, wide tables, the embed snippet. */
const PREFERRED = [
  "/regions/xiamen/",
  "/regions/haidian/",
  "/metrics/volunteer-teams/",
  "/about/embed/",
  "/embed/metric-volunteer-teams/",
];

/**
 * Latin a reader of the Chinese pages may see: the brand, file formats, the
 * standards and software the download pages name. Everything else in English belongs to the
 * `*_en` columns, the downloads and a later English edition.
 */
const ALLOWED = new Set([
  "Silver",
  "Atlas",
  "CSV",
  "SVG",
  "PNG",
  "JSON",
  "RSS",
  "UTF-8",
  "Frictionless",
  "Pagefind",
  // The software journalists open the CSVs with, which Chinese also writes in Latin.
  "Excel",
  "Windows",
  // The note on a download too large to publish plain (a national data set's facts.csv.gz)
  // names the format and the tools that read it.
  "gzip",
  "Python",
  "pandas",
  "R",
  "Zip", // 7-Zip
]);
/** File names of downloads ("facts.csv", "haidian-cadres-2025.txt", "facts.csv.gz"). */
const FILE_NAME = /^[\w.-]+\.(?:csv|json|txt|svg|png|xml|gz)$/u;
/** A Latin word: letters, with digits, hyphens, dots or apostrophes inside ("UTF-8", "Tong'an"). */
const LATIN_WORD = /[A-Za-z][A-Za-z0-9]*(?:[-.'’][A-Za-z0-9]+)*/gu;

// Latin the sources themselves write ("5G", "AI", "1+X") is quoted verbatim, and so are
// Chinese names that contain it (XX县): both are the Chinese text, not an English gloss.
const data = loadDataset(dataDir()).dataset;
const VERBATIM = new Set(
  [
    ...(data?.sources.map((s) => `${s.text} ${s.title_zh}`) ?? []),
    ...(data?.regions.map((r) => r.name_zh) ?? []),
  ].flatMap((text) => text.match(LATIN_WORD) ?? []),
);

/** The Latin words of `text` that are not allowed, each with a little context. */
function foreignWords(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(LATIN_WORD)) {
    const word = match[0];
    if (ALLOWED.has(word) || VERBATIM.has(word) || FILE_NAME.test(word)) continue;
    const at = match.index;
    found.push(
      `${word} (…${text.slice(Math.max(0, at - 12), at + word.length + 12)}…)`.replace(
        /\s+/gu,
        " ",
      ),
    );
  }
  return found;
}

const BROWSER = browserAvailable();
const PAGES = BROWSER ? pagesToCheck(PREFERRED) : [];

describe.skipIf(!BROWSER)("what a reader sees on every page type", () => {
  const live = siteInBrowser(SITE_DIR);

  async function open(path: string): Promise<Page> {
    const page = await live.browser.newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(`${live.site.origin}${path}`, { waitUntil: "load" });
    return page;
  }

  it("covers every page type", () => {
    expect(PAGES).toEqual(expect.arrayContaining(["/", "/about/embed/", "/regions/xiamen/"]));
    expect(PAGES.some((p) => p.startsWith("/sources/") && p !== "/sources/")).toBe(true);
  });

  it.each(PAGES)("%s does not scroll sideways at 320 px", async (path) => {
    const page = await open(path);
    const { scrollWidth, innerWidth, culprits } = await page.evaluate(() => {
      const width = window.innerWidth;
      // The outermost elements reaching past the right edge, to say what to fix.
      const wide = [...document.querySelectorAll("body *")].filter(
        (e) => e.getBoundingClientRect().right > width + 0.5,
      );
      const culprits = wide
        .filter((e) => !wide.includes(e.parentElement as Element))
        .slice(0, 5)
        .map(
          (e) =>
            `<${e.tagName.toLowerCase()} class="${e.getAttribute("class") ?? ""}"> ${Math.round(e.getBoundingClientRect().right)} px`,
        );
      return {
        scrollWidth: document.scrollingElement?.scrollWidth ?? 0,
        innerWidth: width,
        culprits,
      };
    });
    await page.close();
    expect(
      scrollWidth,
      `${path} is ${scrollWidth} px wide: ${culprits.join(", ")}`,
    ).toBeLessThanOrEqual(innerWidth);
  });

  it.each(PAGES)("%s shows no Latin words outside the allow-list", async (path) => {
    const page = await open(path);
    const text = await page.evaluate(() => {
      // Code (the embed snippet, attribute names) is not prose.
      for (const e of document.querySelectorAll("code, pre, kbd, samp")) e.remove();
      return ["header", "main", "footer"]
        .map((tag) => document.querySelector<HTMLElement>(tag)?.innerText ?? "")
        .join("\n");
    });
    await page.close();
    expect(foreignWords(text.replace(/https?:\/\/\S+/gu, " ")), path).toEqual([]);
  });
});
