// A figure's link to its quote (`/sources/<id>/#<fact id>`) lands on the quote, with
// JavaScript off: the anchor is the quote's <mark> (or, for a second quote starting at the same
// point, a span inside it), scrolled into view below the sticky header and marked ▶.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { browserAvailable, siteInBrowser } from "../support/browser.ts";
import { readPage, SITE_DIR } from "../support/site.ts";

/** What the reader sees of the element a page's fragment names. */
function target(page: Page) {
  return page.locator(":target").evaluate((e) => {
    const box = e.getBoundingClientRect();
    return {
      tag: e.tagName.toLowerCase(),
      inMark: e.closest("mark") !== null,
      marker: getComputedStyle(e, "::before").content,
      top: box.top,
      height: window.innerHeight,
    };
  });
}

describe.skipIf(!browserAvailable())("a figure's link to its quote, JavaScript off", () => {
  const live = siteInBrowser(SITE_DIR);

  it("lands on the quote's mark from a place page, marked ▶ and in view", async () => {
    const context = await live.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${live.site.url}regions/haidian/`);
    const link = page.locator('main a[href*="/sources/"][href*="#"]').first();
    const href = (await link.getAttribute("href")) ?? "";
    await link.click();
    await page.waitForURL(`**${href}`);
    const seen = await target(page);
    expect(seen).toMatchObject({ tag: "mark", marker: '"▶"' });
    expect(seen.top).toBeGreaterThan(0);
    expect(seen.top).toBeLessThan(seen.height);
    await context.close();
  });

  it("lands on a second quote starting at the same point, marked ▶ inside the first's mark", async () => {
    const html = readPage("/sources/haidian-ageing-2025/");
    const [, id = ""] =
      /<mark id="[^"]+"><span class="fact-anchor" id="([^"]+)">/u.exec(html) ?? [];
    expect(id).not.toBe("");
    const context = await live.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${live.site.url}sources/haidian-ageing-2025/#${id}`);
    const seen = await target(page);
    expect(seen).toMatchObject({ tag: "span", inMark: true, marker: '"▶"' });
    expect(seen.top).toBeGreaterThan(0);
    expect(seen.top).toBeLessThan(seen.height);
    await context.close();
  });
});
