// Accessibility and Content-Security-Policy in a real browser: axe-core finds
// no violation on one page of every page type in the built site, in light and
// in dark mode, and no page reports a CSP violation (the search page runs a
// real Pagefind query, so its module and WebAssembly load under the policy).
// Page types are discovered from the build, so a new route is covered without
// editing this file.
import AxeBuilder from "@axe-core/playwright";
import type { Result } from "axe-core";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { browserAvailable, siteInBrowser } from "../support/browser.ts";
import { pagesToCheck } from "../support/pages.ts";
import { SITE_DIR } from "../support/site.ts";

/** Pages that must be checked whenever they exist (the rest of their type is alike). */
const PREFERRED = [
  "/regions/xiamen/",
  "/regions/haidian/",
  "/metrics/volunteer-teams/",
  "/embed/metric-volunteer-teams/",
  "/embed/place/haidian/",
  "/embed/in/xiamen/",
  "/compare/in-xiamen/",
];

/** Extra state worth checking on a page: the search page with results on it. */
const QUERY: Record<string, string> = {
  "/search/": `?q=${encodeURIComponent("志愿服务队")}`,
  // The comparison the script draws (a place beside its parent), not only the pre-built one.
  "/compare/": "?places=xiangan,xiamen,suzhou",
};

/** One line per failing element, so the report says what to fix and where. */
function describeViolations(path: string, violations: Result[]): string {
  return violations
    .flatMap((v) =>
      v.nodes.map(
        (node) =>
          `${path} [${v.id}, ${v.impact ?? "?"}] ${v.help}\n    at ${node.target.join(" ")}\n    ${node.failureSummary?.replace(/\n/g, "\n    ") ?? ""}`,
      ),
    )
    .join("\n");
}

const BROWSER = browserAvailable();
const PAGES = BROWSER ? pagesToCheck(PREFERRED) : [];

describe.skipIf(!BROWSER)("accessibility and CSP of every page type", () => {
  const live = siteInBrowser(SITE_DIR);

  /** Opens `path` in `colorScheme`, collecting CSP reports from the console and the DOM. */
  async function open(
    path: string,
    colorScheme: "light" | "dark",
  ): Promise<{ page: Page; refused: string[] }> {
    // axe-core needs pages from an explicit context (it opens a helper page in it).
    const context = await live.browser.newContext({
      viewport: { width: 390, height: 844 },
      colorScheme,
    });
    const page = await context.newPage();
    const refused: string[] = [];
    page.on("console", (message) => {
      if (/Refused to|Content.Security.Policy/i.test(message.text())) refused.push(message.text());
    });
    page.on("pageerror", (error) => refused.push(`page error: ${error.message}`));
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) =>
        console.error(
          `Refused to load ${event.blockedURI || "inline"} (${event.violatedDirective}) — securitypolicyviolation`,
        ),
      );
    });
    await page.goto(`${live.site.origin}${path}${QUERY[path] ?? ""}`, { waitUntil: "load" });
    if (path === "/compare/") {
      await page.waitForFunction(() =>
        (document.querySelector(".compare-status")?.textContent ?? "").startsWith("已显示"),
      );
    }
    if (path === "/search/") {
      await page.waitForFunction(() =>
        /^(找到|没有)/.test(document.querySelector(".search-status")?.textContent ?? ""),
      );
    }
    return { page, refused };
  }

  it("discovers the page types from the build", () => {
    expect(PAGES).toEqual(expect.arrayContaining(["/", "/regions/", "/metrics/", "/sources/"]));
    expect(PAGES).toEqual(expect.arrayContaining(["/data/", "/regions/xiamen/"]));
    expect(PAGES).toEqual(expect.arrayContaining(["/regions/haidian/", "/compare/"]));
    console.log(`accessibility: checking ${PAGES.length} pages: ${PAGES.join(" ")}`);
  });

  describe.each(["light", "dark"] as const)("%s mode", (colorScheme) => {
    it.each(PAGES)("%s has no axe violations", async (path) => {
      const { page } = await open(path, colorScheme);
      const { violations } = await new AxeBuilder({ page }).analyze();
      await page.context().close();
      expect(describeViolations(path, violations)).toBe("");
    });
  });

  it.each(PAGES)("%s declares a CSP and breaks none of it", async (path) => {
    const { page, refused } = await open(path, "light");
    const policy = await page
      .locator('meta[http-equiv="content-security-policy" i]')
      .getAttribute("content", { timeout: 1000 })
      .catch(() => null);
    // Let late requests (images, Pagefind fragments) settle before reading the reports.
    await page.waitForLoadState("networkidle");
    await page.context().close();
    expect(policy ?? "", `${path} has no <meta http-equiv="Content-Security-Policy">`).toMatch(
      /script-src 'self'/,
    );
    expect(refused, `${path}:\n${refused.join("\n")}`).toEqual([]);
  });
});
