// Chinese full-text search through the real Pagefind bundle in Chromium: each
// query must bring the expected page into the top results, filters must narrow
// them, and the state must live in the URL.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, launchBrowser, serveSite, searchResults } from "../support/browser.ts";
import { SITE_DIR } from "../support/site.ts";

/** Query → a page that must be among the first `top` results (default 5). */
const QUERIES: [string, string, number?][] = [
  // A dozen measures count some kind of 党支部; the general one must be on the first screen.
  ["党支部", "/metrics/retired-party-branches/", 10],
  ["志愿服务队", "/metrics/volunteer-teams/"],
  ["示范党支部", "/metrics/provincial-model-branches/"],
  ["老年大学", "/metrics/elderly-university-sites/"],
  ["海淀区", "/regions/haidian/"],
  ["Haidian", "/regions/haidian/"],
  ["厦门市", "/regions/xiamen/"],
  ["Suzhou", "/regions/suzhou/"],
  ["集美区", "/regions/jimei/"],
  ["银发人才库", "/regions/xiamen/"],
  ["时间银行", "/regions/xx-county/"],
  // A figure's context words land on the measure page that shows it, and its place is near.
  ["养老驿站", "/metrics/care-stations/"],
  ["养老驿站", "/regions/haidian/", 10],
  ["家庭养老床位", "/metrics/family-care-beds/"],
  ["家庭养老床位", "/regions/haidian/", 10],
  ["助餐点", "/metrics/meal-service-points/"],
  ["医养结合", "/stories/haidian-elderly-care-network/"],
];

describe.skipIf(!browserAvailable())("search", () => {
  let browser: Browser;
  let site: Awaited<ReturnType<typeof serveSite>>;
  let page: Page;

  beforeAll(async () => {
    site = await serveSite(SITE_DIR);
    browser = await launchBrowser();
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  async function results(query: string): Promise<string[]> {
    return searchResults(page, `${site.origin}/search/${query}`);
  }

  it.each(QUERIES)("finds %s", async (q, expected, top = 5) => {
    const urls = await results(`?q=${encodeURIComponent(q)}`);
    expect(urls.slice(0, top), `top results for ${q}: ${urls.join(" ")}`).toContain(expected);
  });

  it("narrows 志愿服务队 to 苏州市 with the place filter", async () => {
    const all = await results(`?q=${encodeURIComponent("志愿服务队")}`);
    const suzhou = await results(
      `?q=${encodeURIComponent("志愿服务队")}&place=${encodeURIComponent("苏州市")}`,
    );
    expect(suzhou).toContain("/regions/suzhou/");
    expect(suzhou).toContain("/metrics/volunteer-teams/");
    expect(suzhou).not.toContain("/regions/xiamen/");
    expect(suzhou.length).toBeLessThan(all.length);
    expect(await page.locator("select[name=place]").inputValue()).toBe("苏州市");
  });

  it("links a result to the section of the page that matches (Pagefind sub-results)", async () => {
    await results(`?q=${encodeURIComponent("时间银行")}`);
    const href = await page
      .locator('.search-results li[data-url="/regions/xx-county/"] a')
      .getAttribute("href");
    expect(href).toBe("/regions/xx-county/#topic-volunteer");
  });

  it.each(["时间银行", "海淀区", "党支部", "志愿服务队"])(
    "shows snippets of %s without table headers, captions or breadcrumbs",
    async (q) => {
      await results(`?q=${encodeURIComponent(q)}`);
      const snippets = await page.locator(".search-results li div").allTextContents();
      expect(snippets.length).toBeGreaterThan(0);
      for (const text of snippets) {
        expect(text).not.toMatch(/数值\s*时期\s*来源原文|全部数据|^›/);
      }
    },
  );

  it("filters by page type and keeps the query in the URL when the form is used", async () => {
    await page.goto(`${site.origin}/search/`);
    await page.fill("#search-q", "党支部");
    await page.selectOption("select[name=type]", "measure");
    await page.waitForURL(/type=measure/);
    await page.waitForFunction(() =>
      (document.querySelector(".search-status")?.textContent ?? "").startsWith("找到"),
    );
    expect(new URL(page.url()).searchParams.get("q")).toBe("党支部");
    const urls = await page
      .locator(".search-results li")
      .evaluateAll((items) => items.map((li) => li.getAttribute("data-url") ?? ""));
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url).toMatch(/^\/metrics\//);
  });
});
