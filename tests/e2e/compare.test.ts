// The compare page in Chromium, without JavaScript (the pre-built comparison
// and links to the other pre-built sets) and with it (?places= read, places
// added through the typed filter and removed, the URL kept as the state).
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, siteInBrowser } from "../support/browser.ts";
import { SITE_DIR } from "../support/site.ts";

/** Column headers of the first comparison table (place names). */
const columns = (page: Page) =>
  page
    .locator(".compare-result table")
    .first()
    .locator("thead th a")
    .evaluateAll((links) => links.map((a) => a.textContent ?? ""));

/** The quote links of the comparison, as fact ids. */
const quoteIds = (page: Page) =>
  page
    .locator(".compare-result td a")
    .evaluateAll((links) => links.map((a) => a.getAttribute("href")?.split("#")[1] ?? ""));

describe.skipIf(!browserAvailable())("compare page", () => {
  const live = siteInBrowser(SITE_DIR);

  describe("without JavaScript", () => {
    let page: Page;
    beforeAll(async () => {
      const context = await live.browser.newContext({ javaScriptEnabled: false });
      page = await context.newPage();
    });
    afterAll(() => page.context().close());

    it("shows the default comparison with every figure linked to its quote", async () => {
      await page.goto(`${live.site.origin}/compare/`);
      expect(await page.locator("h1").textContent()).toBe("比较：海淀区、苏州市和厦门市");
      expect(await columns(page)).toEqual(["海淀区", "苏州市", "厦门市"]);
      const ids = await quoteIds(page);
      expect(ids).toContain("hdc25-volunteer-teams");
      expect(ids).toContain("szc21-volunteer-teams");
      expect(ids).toContain("xmc23-volunteer-teams");
      // The picker needs JavaScript, so it stays hidden.
      expect(await page.locator(".compare-picker").isVisible()).toBe(false);
    });

    it("links to pre-built sets that read without JavaScript, containment marked", async () => {
      await page.goto(`${live.site.origin}/compare/`);
      await page.click("text=集美区与厦门市");
      expect(new URL(page.url()).pathname).toBe("/compare/jimei-and-parent/");
      expect(await columns(page)).toEqual(["集美区", "厦门市"]);
      expect(await page.locator(".compare-result thead").first().textContent()).toContain(
        "属厦门市",
      );
      expect(await page.locator(".compare-notes").textContent()).toContain("厦门市包含集美区");
      await page.click("text=厦门市下辖各地");
      expect(await columns(page)).toEqual([
        "思明区",
        "湖里区",
        "集美区",
        "海沧区",
        "同安区",
        "翔安区",
      ]);
    });

    it("is linked from place pages", async () => {
      await page.goto(`${live.site.origin}/regions/jimei/`);
      await page.click("text=与厦门市比较");
      expect(new URL(page.url()).pathname).toBe("/compare/jimei-and-parent/");
    });
  });

  describe("with JavaScript", () => {
    let page: Page;
    beforeAll(async () => {
      page = await live.browser.newPage({ viewport: { width: 390, height: 844 } });
    });
    afterAll(() => page.close());

    it("compares the places in ?places=, in that order", async () => {
      await page.goto(`${live.site.origin}/compare/?places=xiangan,xiamen`);
      await page.waitForFunction(() =>
        document.querySelector("h1")?.textContent?.includes("翔安区"),
      );
      expect(await page.locator("h1").textContent()).toBe("比较：翔安区和厦门市");
      expect(await columns(page)).toEqual(["翔安区", "厦门市"]);
      expect(await quoteIds(page)).toContain("xmc23-talk-audience-xiangan");
      expect(await page.locator(".compare-notes").textContent()).toContain("厦门市包含翔安区");
    });

    it("adds a place through the typed filter and removes one, keeping the URL", async () => {
      await page.goto(`${live.site.origin}/compare/?places=xiangan,xiamen`);
      await page.fill("#compare-filter", "苏州");
      await page.click("button[data-add=suzhou]");
      await page.waitForFunction(() => location.search === "?places=xiangan,xiamen,suzhou");
      await page.waitForFunction(() =>
        document.querySelector("h1")?.textContent?.includes("苏州市"),
      );
      expect(await columns(page)).toEqual(["翔安区", "厦门市", "苏州市"]);
      expect(await quoteIds(page)).toContain("szc21-volunteer-teams");

      await page.click("button[data-remove=xiamen]");
      await page.waitForFunction(() => location.search === "?places=xiangan,suzhou");
      await page.waitForFunction(
        () => !document.querySelector("h1")?.textContent?.includes("厦门"),
      );
      expect(await columns(page)).toEqual(["翔安区", "苏州市"]);
      expect(await page.locator(".compare-result").textContent()).not.toContain("包含");

      await page.goBack();
      await page.waitForFunction(() =>
        document.querySelector("h1")?.textContent?.includes("厦门市"),
      );
      expect(await columns(page)).toEqual(["翔安区", "厦门市", "苏州市"]);
    });

    it("says which places it could not find", async () => {
      await page.goto(`${live.site.origin}/compare/?places=haidian,nowhere`);
      await page.waitForFunction(() =>
        (document.querySelector(".compare-status")?.textContent ?? "").includes("nowhere"),
      );
      expect(await columns(page)).toEqual(["海淀区"]);
    });
  });
});
