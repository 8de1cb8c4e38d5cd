// Vitest global setup for the build and browser projects: builds the real site once per run,
// at the root and under a subpath, side by side. Both projects share one process, so an env
// flag prevents a second build.
import { existsSync } from "node:fs";
import { runBuildAsync, SITE_DIR, SUBPATH_SITE_DIR, SUBPATH_SITE_URL } from "./site.ts";

/** Builds `dir` unless `reuseEnv` points at an existing build or this run built it already. */
async function buildOnce(dir: string, reuseEnv: string, env: Record<string, string> = {}) {
  if (process.env[reuseEnv] && existsSync(dir)) return; // reuse a build someone pointed us at
  const flag = `SILVER_TEST_BUILT_${reuseEnv}`;
  if (process.env[flag] === dir) return;
  const started = performance.now();
  const { status, stdout, stderr } = await runBuildAsync(dir, env);
  if (status !== 0) throw new Error(`building ${dir} failed:\n${stdout}\n${stderr}`);
  process.env[flag] = dir;
  console.log(`test site built in ${((performance.now() - started) / 1000).toFixed(1)} s → ${dir}`);
}

export default async function setup(): Promise<void> {
  await Promise.all([
    buildOnce(SITE_DIR, "SITE_DIR"),
    buildOnce(SUBPATH_SITE_DIR, "SUBPATH_SITE_DIR", { SITE_URL: SUBPATH_SITE_URL }),
  ]);
}
