/**
 * The built sites the build and browser tests read, each built once per test run
 * from the real data (in a child process, exactly as `npm run build` does):
 * the site at a domain root into `.tmp/test-site` (or the existing build SITE_DIR
 * points at), and the same site published under a subpath, SITE_URL
 * https://example.org/atlas/, into `.tmp/test-site-atlas` (or SUBPATH_SITE_DIR).
 */
import { spawn, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";

/** Where the test build lives. */
export const SITE_DIR = resolve(process.env["SITE_DIR"] || ".tmp/test-site");

/** Where the subpath build lives. */
export const SUBPATH_SITE_DIR = resolve(process.env["SUBPATH_SITE_DIR"] || ".tmp/test-site-atlas");
/** The public URL the subpath build is made for: its path is the base, `/atlas/`. */
export const SUBPATH_SITE_URL = "https://example.org/atlas/";

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

/** `runBuild` without blocking, so two builds can run side by side. */
export function runBuildAsync(
  outDir: string,
  env: Record<string, string> = {},
): Promise<ReturnType<typeof runBuild>> {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/build.ts", "--out", outDir], {
    env: { ...process.env, ...env },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((done) => child.on("close", (status) => done({ status, stdout, stderr })));
}

/** Reads a built file by its URL path, e.g. `/regions/haidian/`. */
export function readPage(urlPath: string): string {
  const file = urlPath.endsWith("/") ? join(urlPath, "index.html") : urlPath;
  return readFileSync(join(SITE_DIR, file), "utf8");
}
