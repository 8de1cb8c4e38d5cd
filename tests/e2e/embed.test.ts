// A journalist's page on another origin pastes the documented snippet, in a
// phone column (360 px) and a full-width desktop one (1,440 px): the iframe
// shows the chart and its height settles to the embed's content height (a
// four-bar chart stays compact when wide); messages from any other window
// change nothing; without the script the iframe keeps its default height.
// The snippet's ?theme= forces the embed's colour scheme both ways.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, launchBrowser, serveSite } from "../support/browser.ts";
import { readPage, SITE_DIR } from "../support/site.ts";

const SITE_ORIGIN = "https://silver-atlas.example.org";

/** The snippet as the site shows it under a chart, pointed at the local server. */
function snippetFrom(pagePath: string, origin: string): string {
  const html = readPage(pagePath);
  const code = /<details class="chart-embed"[\s\S]*?<code[^>]*>([\s\S]*?)<\/code>/.exec(html)?.[1];
  if (!code) throw new Error(`no embed snippet on ${pagePath}`);
  const decoded = code
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
  return decoded.replaceAll(SITE_ORIGIN, origin);
}

function serveHost(body: () => string): Promise<{ origin: string; server: Server }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(body());
  });
  return new Promise((done) =>
    server.listen(0, "127.0.0.1", () =>
      done({ origin: `http://localhost:${(server.address() as AddressInfo).port}`, server }),
    ),
  );
}

describe.skipIf(!browserAvailable())("embedding a chart on another site", () => {
  let browser: Browser;
  let site: Awaited<ReturnType<typeof serveSite>>;
  let host: { origin: string; server: Server };
  let hostBody = "";

  beforeAll(async () => {
    site = await serveSite(SITE_DIR);
    host = await serveHost(() => hostBody);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
    host?.server.close();
  });

  let width = 390;
  async function open(snippet: string): Promise<Page> {
    hostBody = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body><h1>My article</h1>${snippet}<p>After the chart.</p></body></html>`;
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(`${host.origin}/`);
    return page;
  }

  const contentHeight = (page: Page) =>
    page
      .frames()[1]
      ?.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  const frameHeight = (page: Page) =>
    page
      .locator("iframe[data-silver-atlas-embed]")
      .evaluate((f) => f.getBoundingClientRect().height);

  for (const hostWidth of [360, 1440]) {
    describe(`in a ${hostWidth} px page`, () => {
      beforeAll(() => {
        width = hostWidth;
      });

      it("shows the chart and fits the iframe to its content", async () => {
        const page = await open(snippetFrom("/metrics/volunteer-teams/", site.origin));
        const frame = page.frameLocator("iframe[data-silver-atlas-embed]");
        await expect.poll(() => frame.locator("svg[role=img]").count()).toBeGreaterThan(0);
        await expect
          .poll(
            async () => Math.abs((await frameHeight(page)) - ((await contentHeight(page)) ?? 0)),
            {
              timeout: 10_000,
            },
          )
          .toBeLessThanOrEqual(2);
        expect(await frameHeight(page)).not.toBe(520);
        // Four bars, laid out for the width, not scaled: compact in a wide column too.
        expect(await frameHeight(page)).toBeLessThan(hostWidth > 1000 ? 600 : 900);
        await page.close();
      });

      it("ignores height messages from any other window", async () => {
        const page = await open(snippetFrom("/metrics/volunteer-teams/", site.origin));
        await expect
          .poll(
            async () => Math.abs((await frameHeight(page)) - ((await contentHeight(page)) ?? 0)),
            {
              timeout: 10_000,
            },
          )
          .toBeLessThanOrEqual(2);
        const settled = await frameHeight(page);
        await page.evaluate(async () => {
          // The host window itself, and a foreign same-page frame, both try to resize the embed.
          window.postMessage({ type: "silver-atlas:height", height: 42 }, "*");
          const foreign = document.createElement("iframe");
          foreign.srcdoc =
            "<script>parent.postMessage({ type: 'silver-atlas:height', height: 1234 }, '*')<\/script>";
          document.body.append(foreign);
          await new Promise((done) => setTimeout(done, 500));
        });
        expect(await frameHeight(page)).toBe(settled);
        await page.close();
      });

      it("keeps the default height without the host script", async () => {
        const snippet = snippetFrom("/metrics/volunteer-teams/", site.origin).replace(
          /<script[\s\S]*<\/script>/,
          "",
        );
        const page = await open(snippet);
        await expect
          .poll(() =>
            page.frameLocator("iframe[data-silver-atlas-embed]").locator("svg[role=img]").count(),
          )
          .toBeGreaterThan(0);
        expect(await frameHeight(page)).toBe(520);
        await page.close();
      });
    });
  }

  describe("theme", () => {
    const background = (page: Page) =>
      page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const LIGHT_BG = "rgb(255, 255, 255)";
    const DARK_BG = "rgb(18, 20, 23)";

    for (const [scheme, theme, expected] of [
      ["light", "dark", DARK_BG],
      ["dark", "light", LIGHT_BG],
      ["dark", "auto", DARK_BG],
      ["light", "auto", LIGHT_BG],
    ] as const) {
      it(`?theme=${theme} for a reader in ${scheme} mode`, async () => {
        const page = await browser.newPage({ colorScheme: scheme });
        await page.goto(`${site.origin}/embed/metric-volunteer-teams/?theme=${theme}`);
        expect(await background(page)).toBe(expected);
        // The chart follows the page: its background rect takes the same colour.
        const chartBg = await page.evaluate(
          () => getComputedStyle(document.querySelector("svg.chart .bg")!).fill,
        );
        expect(chartBg).toBe(expected);
        await page.close();
      });
    }

    it("is offered in the snippet under every chart, light by default", () => {
      const html = readPage("/metrics/volunteer-teams/");
      for (const theme of ["light", "dark", "auto"])
        expect(html).toContain(`/embed/metric-volunteer-teams/?theme=${theme}`);
      expect(snippetFrom("/metrics/volunteer-teams/", site.origin)).toContain("?theme=light");
    });
  });

  describe("a place's embed page", () => {
    /** Ids of the topic chart sections a reader can see. */
    const visible = (page: Page) =>
      page
        .locator(".place-chart")
        .evaluateAll((els) => els.filter((e) => e.getClientRects().length > 0).map((e) => e.id));

    it("shows only the chart the fragment names, with JavaScript off", async () => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${site.origin}/embed/place/haidian/#region-haidian-volunteer`);
      expect(await visible(page)).toEqual(["region-haidian-volunteer"]);
      await page.goto(`${site.origin}/embed/place/xiamen/`);
      expect((await visible(page)).length).toBeGreaterThan(1);
      await context.close();
    });

    it("turns ?chart=<topic> into that chart", async () => {
      const page = await browser.newPage();
      await page.goto(`${site.origin}/embed/place/haidian/?theme=light&chart=volunteer`);
      await page.waitForURL(/#region-haidian-volunteer$/u);
      expect(await visible(page)).toEqual(["region-haidian-volunteer"]);
      await page.close();
    });

    it("receives the old per-chart embed address through the 404 page", async () => {
      const page = await browser.newPage();
      await page.goto(`${site.origin}/embed/region-haidian-volunteer/?theme=dark`);
      await page.waitForURL(/\/embed\/place\/haidian\/\?theme=dark#region-haidian-volunteer$/u);
      expect(await visible(page)).toEqual(["region-haidian-volunteer"]);
      await page.close();
    });
  });
  describe("a parent's embed page of sub-place comparisons", () => {
    const visible = (page: Page) =>
      page
        .locator(".parent-chart")
        .evaluateAll((els) => els.filter((e) => e.getClientRects().length > 0).map((e) => e.id));
    const CHART = "metric-volunteer-activities-in-xiamen";

    it("shows only the chart the fragment names, with JavaScript off, and all without one", async () => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${site.origin}/embed/in/xiamen/#${CHART}`);
      expect(await visible(page)).toEqual([CHART]);
      await page.goto(`${site.origin}/embed/in/xiamen/`);
      expect((await visible(page)).length).toBeGreaterThan(1);
      await context.close();
    });

    it("turns ?chart=<measure> into that chart", async () => {
      const page = await browser.newPage();
      await page.goto(`${site.origin}/embed/in/xiamen/?theme=light&chart=volunteer-activities`);
      await page.waitForURL(new RegExp(`#${CHART}$`, "u"));
      expect(await visible(page)).toEqual([CHART]);
      await page.close();
    });

    it("receives the old per-comparison embed address through the 404 page", async () => {
      const page = await browser.newPage();
      await page.goto(`${site.origin}/embed/${CHART}/?theme=dark`);
      await page.waitForURL(new RegExp(`/embed/in/xiamen/\\?theme=dark#${CHART}$`, "u"));
      expect(await visible(page)).toEqual([CHART]);
      await page.close();
    });
  });
});
