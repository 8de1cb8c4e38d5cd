/**
 * `npm run build`: validate the data, build the site with Astro (Pagefind runs
 * in the integration) into a fresh temporary directory, and only when all of
 * that succeeded replace `dist/` with it — a failed build leaves the last good
 * site untouched. Prints the time of each step.
 *
 * Options: `--out DIR` (default dist), DATA_DIR for another data directory.
 */
import { build as astroBuild } from "astro";
import { existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import { relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { validate } from "./validate.ts";

/** Seconds taken by each step of a build, for the benchmark. */
export interface BuildTimings {
  validate: number;
  astro: number;
}

/** Builds the site into `outDir` atomically; throws when validation or Astro fails. */
export async function buildSite(
  outDir = "dist",
  log: (line: string) => void = console.log,
): Promise<BuildTimings> {
  const t0 = performance.now();
  if (!validate(undefined, log)) throw new Error("data validation failed; dist/ left as it was");
  const t1 = performance.now();

  const target = resolve(outDir);
  // The output directory is replaced wholesale: never let that be the project or a parent of it.
  if (outDir.trim() === "" || !relative(target, process.cwd()).startsWith("..")) {
    throw new Error(`refusing to build into "${outDir}": it is or contains the project directory`);
  }
  const staging = resolve(".tmp", `build-${process.pid}-${Date.now()}`);
  mkdirSync(resolve(".tmp"), { recursive: true });
  try {
    await astroBuild({
      root: process.cwd(),
      outDir: staging,
      logLevel: process.env["ASTRO_LOG"] === "info" ? "info" : "warn",
    });
  } catch (cause) {
    rmSync(staging, { recursive: true, force: true });
    throw new Error(`the site did not build; ${outDir}/ left as it was`, { cause });
  }
  const t2 = performance.now();

  const old = `${staging}-old`;
  if (existsSync(target)) renameSync(target, old);
  renameSync(staging, target);
  rmSync(old, { recursive: true, force: true });
  const timings = { validate: (t1 - t0) / 1000, astro: (t2 - t1) / 1000 };
  log(
    `built ${outDir}/ in ${(timings.validate + timings.astro).toFixed(1)} s (validate ${timings.validate.toFixed(1)} s, Astro + Pagefind ${timings.astro.toFixed(1)} s)`,
  );
  return timings;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { out: { type: "string", default: "dist" } } });
  buildSite(values.out).catch((error: unknown) => {
    const err = error as Error;
    console.error(`\nBuild failed: ${err.message}`);
    if (err.cause instanceof Error) console.error(err.cause.message);
    process.exit(1);
  });
}
