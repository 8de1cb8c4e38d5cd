/**
 * Where Debian's Chromium is and how to start it headless on this closed
 * network: shared by the browser tests (playwright-core) and the Lighthouse
 * benchmark (chrome-launcher), so both measure the same browser.
 */

/** Path of the Chromium binary: CHROMIUM_PATH or /usr/bin/chromium. */
export const CHROMIUM_PATH = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";

/** Headless, sandbox off (CI runs as root), and nothing that reaches for the network. */
export const CHROME_FLAGS: readonly string[] = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
