// Charts are laid out for their width, not scaled: on a measure page and on its
// embed page, at 360, 768 and 1,440 px, every piece of chart text (labels,
// values, periods, axis ticks, legend, notes) renders at 12–20 CSS px, and the
// chart's height does not grow with the width. The PNG button draws a 2× PNG
// of the chart's sheet with the fonts the site ships.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { browserAvailable, siteInBrowser } from "../support/browser.ts";
import { SITE_DIR } from "../support/site.ts";

const PAGES = ["/metrics/volunteer-teams/", "/embed/metric-volunteer-teams/"];

/** Rendered size (px) of every text of the first chart: font size × the SVG's scale on screen. */
function textSizes(page: Page): Promise<{ text: string; px: number }[]> {
  return page.evaluate(() => {
    const chart = document.querySelector("svg.chart[data-chart]");
    if (!chart?.parentElement) throw new Error("no chart");
    const svgTexts = [...chart.querySelectorAll("text")].map((t) => ({
      text: t.textContent ?? "",
      px: parseFloat(getComputedStyle(t).fontSize) * (t.getScreenCTM()?.a ?? Number.NaN),
    }));
    const captions = [...chart.parentElement.querySelectorAll(".chart-key li, .chart-notes p")].map(
      (e) => ({ text: e.textContent ?? "", px: parseFloat(getComputedStyle(e).fontSize) }),
    );
    return [...svgTexts, ...captions].filter((t) => t.text.trim() !== "");
  });
}

describe.skipIf(!browserAvailable())("chart layout and PNG", () => {
  const live = siteInBrowser(SITE_DIR);

  for (const path of PAGES) {
    it(`keeps chart text at 12–20 px at any width on ${path}`, async () => {
      const heights: number[] = [];
      for (const width of [360, 768, 1440]) {
        const page = await live.browser.newPage({ viewport: { width, height: 900 } });
        await page.goto(`${live.site.origin}${path}`);
        const sizes = await textSizes(page);
        expect(sizes.length, `${path} at ${width}`).toBeGreaterThan(10);
        for (const { text, px } of sizes) {
          expect(px, `${text} at ${width} px`).toBeGreaterThanOrEqual(12);
          expect(px, `${text} at ${width} px`).toBeLessThanOrEqual(20);
        }
        heights.push(
          await page.evaluate(
            () =>
              document.querySelector("svg.chart[data-chart]")?.getBoundingClientRect().height ?? 0,
          ),
        );
        await page.close();
      }
      // Height follows content, not width: the same at 360 and 1,440 px (text wraps for 280 px).
      expect(new Set(heights).size, String(heights)).toBe(1);
    });
  }

  it("downloads a 2× PNG of the chart's sheet, drawn with the shipped fonts", async () => {
    const page = await live.browser.newPage({ acceptDownloads: true });
    const fonts: string[] = [];
    page.on("request", (r) => {
      if (r.url().endsWith(".otf")) fonts.push(new URL(r.url()).pathname);
    });
    await page.goto(`${live.site.origin}/metrics/volunteer-teams/`);
    const button = page.locator("button[data-chart-png]").first();
    await expect.poll(() => button.isVisible()).toBe(true);
    expect(await button.textContent()).toMatch(/图片|PNG/);
    const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
    expect(download.suggestedFilename()).toBe("metric-volunteer-teams.png");
    expect(
      fonts.some((f) => /NotoSansSC-Silver-Core\.[\w-]+\.otf$/.test(f)),
      String(fonts),
    ).toBe(true);
    expect(
      fonts.some((f) => /NotoSansSC-Silver-Extra\.[\w-]+\.otf$/.test(f)),
      String(fonts),
    ).toBe(true);
    const path = await download.path();
    const { readFileSync } = await import("node:fs");
    const bytes = readFileSync(path);
    expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
    const width = bytes.readUInt32BE(16);
    expect(width).toBe(1200);
    // Not blank: decode it in a blank page (no CSP) and count dark pixels in the title band.
    const blank = await live.browser.newPage();
    const dark = await blank.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement("canvas");
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext("2d")!;
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, image.width, 100);
      let n = 0;
      for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 255) < 100) n++;
      return n;
    }, bytes.toString("base64"));
    expect(dark).toBeGreaterThan(2000);
    await blank.close();
    await page.close();
  });

  it("hides the PNG button without JavaScript, and keeps the SVG and CSV links", async () => {
    const context = await live.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${live.site.origin}/metrics/volunteer-teams/`);
    expect(await page.locator("button[data-chart-png]").first().isVisible()).toBe(false);
    expect(await page.locator('a[href$="metric-volunteer-teams.svg"]').count()).toBeGreaterThan(0);
    expect(await page.locator("svg.chart[data-chart] text.label").count()).toBe(4);
    await context.close();
  });
  it("downloads the SVG and PNG of a sub-place comparison from the sheet its page carries", async () => {
    const page = await live.browser.newPage({ acceptDownloads: true });
    const sheets: string[] = [];
    page.on("request", (r) => {
      if (r.url().endsWith(".svg")) sheets.push(new URL(r.url()).pathname);
    });
    await page.goto(`${live.site.origin}/regions/xiamen/`);
    const chart = "metric-volunteer-activities-in-xiamen";
    const svgButton = page.locator(`button[data-chart-svg][data-name="${chart}"]`);
    await expect.poll(() => svgButton.isVisible()).toBe(true);
    const [svg] = await Promise.all([page.waitForEvent("download"), svgButton.click()]);
    expect(svg.suggestedFilename()).toBe(`${chart}.svg`);
    const { readFileSync } = await import("node:fs");
    const text = readFileSync(await svg.path(), "utf8");
    expect(text).toMatch(/^<\?xml[^>]*>\s*<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(text).toContain("志愿服务活动场次：厦门市下辖地区比较");
    const pngButton = page.locator(`button[data-chart-png][data-name="${chart}"]`);
    const [png] = await Promise.all([page.waitForEvent("download"), pngButton.click()]);
    expect(png.suggestedFilename()).toBe(`${chart}.png`);
    const bytes = readFileSync(await png.path());
    expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(bytes.readUInt32BE(16)).toBe(1200);
    // No sheet file was asked for: there is none.
    expect(sheets.filter((p) => p.startsWith("/charts/"))).toEqual([]);
    await page.close();
  });
});
