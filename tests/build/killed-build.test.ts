// A build killed halfway — Ctrl-C (SIGINT) or SIGKILL during the Astro phase —
// must leave the last good output directory as it was, and the next build must
// succeed and clean up what the killed one left behind. Runs on the small
// fixture data set with no stories, to stay cheap.
import { spawn } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runBuild } from "../support/site.ts";

const scratch = mkdtempSync(join(tmpdir(), "silver-atlas-killed-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const out = join(scratch, "dist");
const builds = join(scratch, ".dist.builds");
const env = { DATA_DIR: "tests/fixtures/data/valid", STORIES_DIR: join(scratch, "no-stories") };

/** Processes whose command line mentions `text` (the build's Astro child names its staging directory). */
function processesMentioning(text: string): number[] {
  return readdirSync("/proc")
    .filter((name) => /^\d+$/u.test(name))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(text);
      } catch {
        return false; // ended while we looked
      }
    })
    .map(Number);
}

/** Starts a build, waits until it is inside Astro (its staging directory exists), sends `signal`. */
async function killDuringAstro(
  signal: NodeJS.Signals,
): Promise<{ pid: number; code: number | null; signal: string | null }> {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/build.ts", "--out", out], {
    env: { ...process.env, ...env },
    stdio: "ignore",
  });
  const pid = child.pid ?? 0;
  const exited = new Promise<[number | null, string | null]>((done) =>
    child.on("exit", (c, s) => done([c, s])),
  );
  const deadline = Date.now() + 60_000;
  while (!existsSync(join(builds, String(pid), "site")) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
  }
  expect(existsSync(join(builds, String(pid), "site")), "the build reached the Astro phase").toBe(
    true,
  );
  await new Promise((r) => setTimeout(r, 300)); // let Astro get going
  child.kill(signal);
  const [code, by] = await exited;
  return { pid, code, signal: by };
}

describe("a build killed halfway", () => {
  it("keeps the last good site, and the next build succeeds and cleans up", async () => {
    mkdirSync(out);
    writeFileSync(join(out, "index.html"), "last good build");

    const killed = await killDuringAstro("SIGKILL");
    expect(killed.signal).toBe("SIGKILL");
    expect(readFileSync(join(out, "index.html"), "utf8")).toBe("last good build");
    // Nothing could clean up after SIGKILL: its staging directory is still there.
    expect(readdirSync(builds)).toEqual([String(killed.pid)]);
    // Astro's process (a child of the build) stops too, instead of building on alone.
    const staging = join(builds, String(killed.pid), "site");
    const deadline = Date.now() + 2_000;
    while (processesMentioning(staging).length > 0 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(processesMentioning(staging)).toEqual([]);

    const interrupted = await killDuringAstro("SIGINT");
    expect(interrupted.code).toBe(130);
    expect(readFileSync(join(out, "index.html"), "utf8")).toBe("last good build");
    // Ctrl-C removes the build's own directory; the SIGKILLed one was removed as it started.
    expect(existsSync(builds)).toBe(false);

    const { status, stdout, stderr } = runBuild(out, env);
    expect(status, stdout + stderr).toBe(0);
    expect(readFileSync(join(out, "index.html"), "utf8")).toContain('<html lang="zh-CN"');
    expect(existsSync(builds)).toBe(false);
  });

  it("puts the last good site back when a build died between moving it aside and moving the new one in", async () => {
    const { cleanUpDeadBuilds } = await import("../../scripts/build.ts");
    const target = join(scratch, "swap", "dist");
    const dead = join(scratch, "swap", ".dist.builds", "999999999");
    mkdirSync(join(dead, "old"), { recursive: true });
    mkdirSync(join(dead, "site"));
    writeFileSync(join(dead, "old", "index.html"), "last good build");
    cleanUpDeadBuilds(target);
    expect(readFileSync(join(target, "index.html"), "utf8")).toBe("last good build");
    expect(existsSync(join(scratch, "swap", ".dist.builds"))).toBe(false);
  });
});
