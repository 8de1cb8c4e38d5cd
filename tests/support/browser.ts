/**
 * Browser tests drive Debian's Chromium through playwright-core (no browser
 * download). Without a browser they are skipped loudly; with CI=true a missing
 * browser fails the run instead.
 */
import { existsSync } from "node:fs";
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { CHROME_FLAGS, CHROMIUM_PATH } from "../../scripts/chromium.ts";
import { serve } from "../../scripts/serve.ts";

/** True when browser tests can run here; throws in CI when they cannot. */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  const message = `Chromium not found at ${CHROMIUM_PATH}: browser tests cannot run (apt-get install -y chromium fonts-noto-cjk, or set CHROMIUM_PATH).`;
  if (process.env["CI"] === "true") throw new Error(message);
  console.warn(`\n⚠⚠⚠ SKIPPING BROWSER TESTS ⚠⚠⚠\n${message}\n`);
  return false;
}

/** Launches headless Chromium with the flags this closed network needs. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROME_FLAGS],
  });
}

/**
 * Serves `dir` on a free localhost port under the URL path `base` (a build for a subpath is
 * served under it); returns its origin, the site's URL (origin + base) and a closer.
 */
export async function serveSite(
  dir: string,
  base = "/",
): Promise<{ origin: string; url: string; close: () => Promise<void> }> {
  const server: Server = await serve(dir, 0, base);
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: `${origin}${base}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/** A served site and a running Chromium, shared by the tests of one describe block. */
export interface LiveSite {
  readonly browser: Browser;
  readonly site: Awaited<ReturnType<typeof serveSite>>;
}

/**
 * Serves `dir` under `base` and launches Chromium before the tests of the calling
 * describe block, and closes both after them: the setup every browser test shares.
 */
export function siteInBrowser(dir: string, base = "/"): LiveSite {
  let browser: Browser | undefined;
  let site: Awaited<ReturnType<typeof serveSite>> | undefined;
  beforeAll(async () => {
    site = await serveSite(dir, base);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not ready: use it inside a test or hook`);
    return value;
  };
  return {
    get browser() {
      return ready(browser, "the browser");
    },
    get site() {
      return ready(site, "the site");
    },
  };
}

/**
 * Opens a search page (`href` carries the query string), waits until the search
 * has answered, and returns the result URLs in the order shown.
 */
export async function searchResults(page: Page, href: string): Promise<string[]> {
  await page.goto(href);
  await page.waitForFunction(() => {
    const status = document.querySelector(".search-status")?.textContent ?? "";
    return status.startsWith("找到") || status.startsWith("没有");
  });
  return page
    .locator(".search-results li")
    .evaluateAll((items) => items.map((li) => li.getAttribute("data-url") ?? ""));
}
