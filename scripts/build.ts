/**
 * `npm run build`: validate the data, build the site with Astro (Pagefind runs
 * in the integration) into a fresh temporary directory, and only when all of
 * that succeeded replace `dist/` with it — a failed build leaves the last good
 * site untouched. Prints the time of each step.
 *
 * Each build stages in `.<out>.builds/<pid>/` next to the output directory. A build
 * stopped with Ctrl-C (SIGINT) or SIGTERM removes its own; one killed outright
 * (SIGKILL, power cut) leaves it behind, and the next build removes every one whose
 * process is gone — putting the last good site back if the kill fell mid-swap.
 *
 * Options: `--out DIR` (default dist), DATA_DIR for another data directory.
 */
import { build as astroBuild } from "astro";
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
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
  if (!validate(undefined, log)) throw new Error(`validation failed; ${outDir}/ left as it was`);
  const t1 = performance.now();

  const target = resolve(outDir);
  // The output directory is replaced wholesale: never let that be the project or a parent of it.
  if (outDir.trim() === "" || !relative(target, process.cwd()).startsWith("..")) {
    throw new Error(`refusing to build into "${outDir}": it is or contains the project directory`);
  }
  cleanUpDeadBuilds(target);
  const own = join(stagingRoot(target), String(process.pid));
  const staging = join(own, "site");
  mkdirSync(staging, { recursive: true });
  // Signal handlers run between tasks, never inside the synchronous swap below.
  const stop = (signal: NodeJS.Signals) => {
    rmSync(own, { recursive: true, force: true });
    removeIfEmpty(stagingRoot(target));
    process.exit(signal === "SIGINT" ? 130 : 143);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  try {
    await astroBuild({
      root: process.cwd(),
      outDir: staging,
      logLevel: process.env["ASTRO_LOG"] === "info" ? "info" : "warn",
    });
  } catch (cause) {
    rmSync(own, { recursive: true, force: true });
    removeIfEmpty(stagingRoot(target));
    throw new Error(`the site did not build; ${outDir}/ left as it was`, { cause });
  } finally {
    process.off("SIGINT", stop);
    process.off("SIGTERM", stop);
  }
  const t2 = performance.now();

  // Killed between these two renames, the last good site waits in old/ for the next build.
  const old = join(own, "old");
  if (existsSync(target)) renameSync(target, old);
  renameSync(staging, target);
  rmSync(own, { recursive: true, force: true });
  removeIfEmpty(stagingRoot(target));
  const timings = { validate: (t1 - t0) / 1000, astro: (t2 - t1) / 1000 };
  log(
    `built ${outDir}/ in ${(timings.validate + timings.astro).toFixed(1)} s (validate ${timings.validate.toFixed(1)} s, Astro + Pagefind ${timings.astro.toFixed(1)} s)`,
  );
  return timings;
}

/** Where builds of `target` stage: beside it, so the final rename never crosses file systems. */
export function stagingRoot(target: string): string {
  return join(dirname(target), `.${basename(target)}.builds`);
}

/**
 * Removes the staging directories of builds of `target` whose process is no
 * longer running (a pid reused by another program only delays the clean-up). A
 * build that died after moving the old site aside gets it moved back first.
 */
export function cleanUpDeadBuilds(target: string): void {
  const root = stagingRoot(target);
  if (!existsSync(root)) return;
  for (const name of readdirSync(root)) {
    const pid = Number(name);
    if (Number.isInteger(pid) && pid !== process.pid && isRunning(pid)) continue;
    const dir = join(root, name);
    const old = join(dir, "old");
    if (!existsSync(target) && existsSync(old)) renameSync(old, target);
    rmSync(dir, { recursive: true, force: true });
  }
  removeIfEmpty(root);
}

function removeIfEmpty(dir: string): void {
  if (readdirSync(dir).length === 0) rmSync(dir, { recursive: true, force: true });
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
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
