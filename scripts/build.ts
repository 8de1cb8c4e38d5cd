/**
 * `npm run build`: validate the data and build the site with Astro in a child process,
 * then, once that process has exited, write Pagefind's indexes
 * (src/lib/search/pagefindIndex.ts) — all into a fresh temporary directory, and only
 * when all of that succeeded replace `dist/` with it: a failed build leaves the last
 * good site untouched. Prints the time of each step.
 *
 * Astro runs in its own process so that its memory is returned before Pagefind starts:
 * at 3,000 places the two side by side (Astro ~2.4 GB, Pagefind ~1.2 GB for the main
 * index and ~0.45 GB per quotes bundle) were the build's peak.
 *
 * Each build stages in `.<out>.builds/<pid>/` next to the output directory. A build
 * stopped with Ctrl-C (SIGINT) or SIGTERM removes its own; one killed outright
 * (SIGKILL, power cut) leaves it behind, and the next build removes every one whose
 * process is gone — putting the last good site back if the kill fell mid-swap.
 *
 * Options: `--out DIR` (default dist), DATA_DIR for another data directory.
 */
import { fork, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { writeSearchIndexes } from "../src/lib/search/pagefindIndex.ts";

/** Seconds taken by each step of a build, for the benchmark. */
export interface BuildTimings {
  validate: number;
  astro: number;
  pagefind: number;
}

/** Exit code of the rendering process when the data did not validate. */
const INVALID_DATA = 3;

/** Builds the site into `outDir` atomically; throws when validation, Astro or Pagefind fails. */
export async function buildSite(
  outDir = "dist",
  log: (line: string) => void = console.log,
): Promise<BuildTimings> {
  const target = resolve(outDir);
  // The output directory is replaced wholesale: never let that be the project or a parent of it.
  if (outDir.trim() === "" || !relative(target, process.cwd()).startsWith("..")) {
    throw new Error(`refusing to build into "${outDir}": it is or contains the project directory`);
  }
  cleanUpDeadBuilds(target);
  const own = join(stagingRoot(target), String(process.pid));
  const staging = join(own, "site");
  mkdirSync(staging, { recursive: true });
  let renderer: ChildProcess | undefined;
  const removeOwn = () => {
    rmSync(own, { recursive: true, force: true });
    removeIfEmpty(stagingRoot(target));
  };
  // Signal handlers run between tasks, never inside the synchronous swap below. The
  // renderer writes into the staging directory: it is stopped before that is removed.
  const stop = (signal: NodeJS.Signals) => {
    const exit = () => {
      removeOwn();
      process.exit(signal === "SIGINT" ? 130 : 143);
    };
    if (renderer && renderer.exitCode === null && renderer.signalCode === null) {
      renderer.once("exit", exit);
      renderer.kill("SIGKILL");
    } else exit();
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  let timings: BuildTimings;
  try {
    renderer = fork(fileURLToPath(import.meta.url), ["--render-into", staging]);
    const rendered = await rendering(renderer);
    const started = performance.now();
    let indexes: Awaited<ReturnType<typeof writeSearchIndexes>>;
    try {
      indexes = await writeSearchIndexes(staging);
    } catch (cause) {
      throw new Error(`Pagefind failed to index the site; ${outDir}/ left as it was`, { cause });
    }
    const pagefind = (performance.now() - started) / 1000;
    log(
      `Pagefind indexed ${indexes.pages} pages in ${Math.round(pagefind * 1000)} ms, and ${indexes.passages} report passages in ${indexes.bundles} quotes bundles`,
    );
    timings = { ...rendered, pagefind };
  } catch (error) {
    removeOwn();
    if (error instanceof RenderError) {
      throw new Error(
        error.invalid
          ? `validation failed; ${outDir}/ left as it was`
          : `the site did not build; ${outDir}/ left as it was`,
      );
    }
    throw error;
  } finally {
    process.off("SIGINT", stop);
    process.off("SIGTERM", stop);
  }

  // Killed between these two renames, the last good site waits in old/ for the next build.
  const old = join(own, "old");
  if (existsSync(target)) renameSync(target, old);
  renameSync(staging, target);
  removeOwn();
  log(
    `built ${outDir}/ in ${(timings.validate + timings.astro + timings.pagefind).toFixed(1)} s (validate ${timings.validate.toFixed(1)} s, Astro ${timings.astro.toFixed(1)} s, Pagefind ${timings.pagefind.toFixed(1)} s)`,
  );
  return timings;
}

/** The rendering process failed; `invalid` when it was the data. Its own output says why. */
class RenderError extends Error {
  constructor(readonly invalid: boolean) {
    super(invalid ? "the data did not validate" : "Astro failed");
  }
}

/** Waits for the rendering process: its timings, or a RenderError when it failed. */
function rendering(child: ChildProcess): Promise<Omit<BuildTimings, "pagefind">> {
  return new Promise((done, fail) => {
    let timings: Omit<BuildTimings, "pagefind"> | undefined;
    child.on("message", (message) => (timings = message as Omit<BuildTimings, "pagefind">));
    child.on("error", fail);
    child.on("exit", (code) => {
      if (code === 0 && timings) done(timings);
      else fail(new RenderError(code === INVALID_DATA));
    });
  });
}

/**
 * The rendering process: validates the data and builds the site with Astro into
 * `staging`, sends its timings to the parent and exits (which returns all its memory).
 */
async function renderInto(staging: string): Promise<void> {
  // The parent may die (SIGKILL): a renderer left alone stops instead of building on.
  const orphaned = () => process.exit(1);
  process.on("disconnect", orphaned);
  const { validate } = await import("./validate.ts");
  const t0 = performance.now();
  if (!validate(undefined, console.log)) process.exit(INVALID_DATA);
  const t1 = performance.now();
  const { build } = await import("astro");
  try {
    await build({
      root: process.cwd(),
      outDir: staging,
      logLevel: process.env["ASTRO_LOG"] === "info" ? "info" : "warn",
    });
  } catch (error) {
    const err = error as Error;
    console.error(`\nAstro failed: ${err.message}`);
    if (err.cause instanceof Error) console.error(err.cause.message);
    process.exit(1);
  }
  const t2 = performance.now();
  // Once the parent has the timings, closing the channel lets this process end.
  process.send?.({ validate: (t1 - t0) / 1000, astro: (t2 - t1) / 1000 }, () => {
    process.off("disconnect", orphaned);
    process.disconnect?.();
  });
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
  const { values } = parseArgs({
    options: { out: { type: "string", default: "dist" }, "render-into": { type: "string" } },
  });
  if (values["render-into"] !== undefined) {
    await renderInto(values["render-into"]);
  } else {
    buildSite(values.out).catch((error: unknown) => {
      const err = error as Error;
      console.error(`\nBuild failed: ${err.message}`);
      if (err.cause instanceof Error) console.error(err.cause.message);
      process.exit(1);
    });
  }
}
