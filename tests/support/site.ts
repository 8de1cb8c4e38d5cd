/**
 * The built site the build and browser tests read: built once per test run
 * from the real data into `.tmp/test-site` (in a child process, exactly as
 * `npm run build` does), unless SITE_DIR points at an existing build.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";

/** Where the test build lives. */
export const SITE_DIR = resolve(process.env["SITE_DIR"] || ".tmp/test-site");

/** Runs `scripts/build.ts` with `env` and returns its exit status and output. */
export function runBuild(outDir: string, env: Record<string, string> = {}) {
  const result = spawnSync(
    process.execPath,
    ["--import", "tsx", "scripts/build.ts", "--out", outDir],
    {
      env: { ...process.env, ...env },
      encoding: "utf8",
    },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Reads a built file by its URL path, e.g. `/regions/haidian/`. */
export function readPage(urlPath: string): string {
  const file = urlPath.endsWith("/") ? join(urlPath, "index.html") : urlPath;
  return readFileSync(join(SITE_DIR, file), "utf8");
}
