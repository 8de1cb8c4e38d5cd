// Fact tables in Chromium: in chart order without JavaScript, sortable by any
// column with it, the order announced through aria-sort.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { browserAvailable, siteInBrowser } from "../support/browser.ts";
import { SITE_DIR } from "../support/site.ts";

const PAGE = "/metrics/volunteer-teams/";

/** The values of the table's number column, as plain numbers (data-sort). */
const values = (page: Page) =>
  page
    .locator(".chart-table tbody td.num")
    .evaluateAll((cells) => cells.map((c) => Number(c.getAttribute("data-sort"))));

describe.skipIf(!browserAvailable())("sortable fact tables", () => {
  const live = siteInBrowser(SITE_DIR);

  it("lists a chart's rows in the chart's order without JavaScript", async () => {
    const page = await live.browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${live.site.origin}${PAGE}`);
    const shown = await values(page);
    expect(shown.length).toBeGreaterThan(2);
    expect(shown).toEqual([...shown].sort((a, b) => b - a));
    await page.close();
  });

  it("sorts by a column, both ways, and by text", async () => {
    const page = await live.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${live.site.origin}${PAGE}`);
    const header = page.locator(".chart-table thead th", { hasText: "数值" });
    await header.locator("button").click();
    expect(await header.getAttribute("aria-sort")).toBe("descending");
    const down = await values(page);
    expect(down).toEqual([...down].sort((a, b) => b - a));
    await header.locator("button").click();
    expect(await header.getAttribute("aria-sort")).toBe("ascending");
    expect(await values(page)).toEqual([...down].reverse());

    const period = page.locator(".chart-table thead th", { hasText: "时期" });
    await period.locator("button").click();
    expect(await period.getAttribute("aria-sort")).toBe("ascending");
    expect(await header.getAttribute("aria-sort")).toBeNull();
    const periods = await page.locator(".chart-table tbody td.period").allTextContents();
    expect(periods.map((p) => p.trim())).toEqual(periods.map((p) => p.trim()).sort());
    await page.close();
  });
});
