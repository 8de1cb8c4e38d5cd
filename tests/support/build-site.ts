// Vitest global setup for the build and browser projects: builds the real site
// once per run. Both projects share one process, so an env flag prevents a second build.
import { existsSync } from "node:fs";
import { runBuild, SITE_DIR } from "./site.ts";

export default function setup(): void {
  if (process.env["SITE_DIR"] && existsSync(SITE_DIR)) return; // reuse a build someone pointed us at
  if (process.env["SILVER_TEST_SITE_BUILT"] === SITE_DIR) return;
  const started = performance.now();
  const { status, stdout, stderr } = runBuild(SITE_DIR);
  if (status !== 0) throw new Error(`building the test site failed:\n${stdout}\n${stderr}`);
  process.env["SILVER_TEST_SITE_BUILT"] = SITE_DIR;
  console.log(
    `test site built in ${((performance.now() - started) / 1000).toFixed(1)} s → ${SITE_DIR}`,
  );
}
