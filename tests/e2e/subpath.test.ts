// The site published under a subpath (built for https://example.org/atlas/ and served
// under /atlas/, as on a GitHub Pages project site), in Chromium: search loads its
// Pagefind bundle from under the base, finds pages and links to them there, and the
// state in the URL keeps the base; the compare page loads its data from under
// the base; a page asks for nothing outside the base; the embed snippet's iframe
// loads under the base and is sized by its host script.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, launchBrowser, serveSite, searchResults } from "../support/browser.ts";
import { DEFAULT_EMBED_HEIGHT } from "../../src/lib/embed/snippet.ts";
import { SUBPATH_SITE_DIR, SUBPATH_SITE_URL } from "../support/site.ts";

const BASE = new URL(SUBPATH_SITE_URL).pathname;

describe.skipIf(!browserAvailable())(`the site under ${BASE}`, () => {
  let browser: Browser;
  let site: Awaited<ReturnType<typeof serveSite>>;
  let page: Page;
  /** Every same-origin request the page made, and every response that was not OK. */
  const requested: string[] = [];
  const failed: string[] = [];

  beforeAll(async () => {
    site = await serveSite(SUBPATH_SITE_DIR, BASE);
    browser = await launchBrowser();
    page = await browser.newPage();
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (url.origin === site.origin) requested.push(url.pathname);
    });
    page.on("response", (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  /** Runs a search from the URL and returns the result URLs. */
  async function results(query: string): Promise<string[]> {
    return searchResults(page, `${site.url}search/${query}`);
  }

  it("finds places and measures and links to them under the base", async () => {
    requested.length = 0;
    failed.length = 0;
    const urls = await results(`?q=${encodeURIComponent("志愿服务队")}`);
    expect(urls.slice(0, 5)).toContain(`${BASE}metrics/volunteer-teams/`);
    for (const url of urls) expect(url.startsWith(BASE), url).toBe(true);
    expect(requested.some((path) => path.startsWith(`${BASE}pagefind/`))).toBe(true);
    expect(requested.filter((path) => !path.startsWith(BASE))).toEqual([]);
    expect(failed).toEqual([]);

    await page.locator(".search-results a").first().click();
    await page.waitForURL((url) => url.pathname === urls[0]);
    expect(await page.locator("h1").count()).toBe(1);
    expect(failed).toEqual([]);
  });

  it("finds by place filter and keeps the base in the URL when the form is used", async () => {
    expect(await results(`?q=Haidian`)).toContain(`${BASE}regions/haidian/`);
    await page.fill("#search-q", "党支部");
    await page.selectOption("select[name=type]", "measure");
    await page.waitForURL(/type=measure/);
    expect(new URL(page.url()).pathname).toBe(`${BASE}search/`);
    await page.waitForFunction(() =>
      (document.querySelector(".search-status")?.textContent ?? "").startsWith("找到"),
    );
    const urls = await page
      .locator(".search-results li")
      .evaluateAll((items) => items.map((li) => li.getAttribute("data-url") ?? ""));
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url).toMatch(new RegExp(`^${BASE}metrics/`));
  });

  it("submits the header search form to the search page under the base", async () => {
    await page.goto(`${site.url}regions/xiamen/`);
    await page.fill("#header-q", "厦门市");
    await page.press("#header-q", "Enter");
    await page.waitForURL((url) => url.pathname === `${BASE}search/`);
    await page.waitForFunction(() =>
      (document.querySelector(".search-status")?.textContent ?? "").startsWith("找到"),
    );
    expect(await page.locator(".search-results li").count()).toBeGreaterThan(0);
  });

  it("compares places from ?places= with its data and links under the base", async () => {
    requested.length = 0;
    failed.length = 0;
    await page.goto(`${site.url}compare/?places=xiangan,xiamen`);
    await page.waitForFunction(() => document.querySelector("h1")?.textContent?.includes("翔安区"));
    expect(requested.some((path) => path.startsWith(`${BASE}compare/in/`))).toBe(true);
    expect(requested.filter((path) => !path.startsWith(BASE))).toEqual([]);
    expect(failed).toEqual([]);
    const links = await page
      .locator(".compare-result a")
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link.startsWith(BASE), link).toBe(true);
  });

  it("serves its 404 page with styles and links under the base", async () => {
    failed.length = 0;
    const response = await page.goto(`${site.url}no-such-page/`);
    expect(response?.status()).toBe(404);
    const links = await page
      .locator("main a")
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links.length).toBeGreaterThan(3);
    for (const link of links) expect(link.startsWith(BASE), link).toBe(true);
    // The 404 itself is the one failed response: nothing it loads is missing.
    expect(failed).toEqual([`404 ${site.url}no-such-page/`]);
  });

  it("sizes an embedded chart from its snippet on another site", async () => {
    const snippet = await page
      .goto(`${site.url}metrics/volunteer-teams/`)
      .then(() => page.locator(".chart-embed code").first().textContent());
    expect(snippet).toContain(`${SUBPATH_SITE_URL}embed/`);
    expect(snippet).toContain(`${SUBPATH_SITE_URL}embed.js`);
    const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body>${(snippet ?? "").replaceAll(SUBPATH_SITE_URL, site.url)}</body></html>`;
    const host: Server = createServer((_req, res) => {
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(body);
    });
    await new Promise<void>((done) => host.listen(0, "127.0.0.1", () => done()));
    try {
      const hostPage = await browser.newPage({ viewport: { width: 390, height: 900 } });
      await hostPage.goto(`http://localhost:${(host.address() as AddressInfo).port}/`);
      const frame = hostPage.frameLocator("iframe[data-silver-atlas-embed]");
      await expect.poll(() => frame.locator("svg[role=img]").count()).toBeGreaterThan(0);
      // The host script moved the iframe off its default height.
      await expect
        .poll(
          () =>
            hostPage
              .locator("iframe[data-silver-atlas-embed]")
              .evaluate((f) => Math.round(f.getBoundingClientRect().height)),
          { timeout: 10_000 },
        )
        .not.toBe(DEFAULT_EMBED_HEIGHT);
      await hostPage.close();
    } finally {
      host.close();
    }
  });
});
