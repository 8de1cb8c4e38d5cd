/**
 * `npm run bench:dev [-- --places 3000]`: how fast an editor's preview is at a
 * given scale. Writes a synthetic data set (scripts/synth.ts) and one story
 * citing one of its figures, starts `astro dev` on it, and prints the seconds
 * until the server answers, until the story page is served, until a change to
 * the story is served, and for the first and second request of a place page.
 * Timings, so a benchmark, never a test. Everything lives under .bench/dev-<n>/.
 *
 * Options: --places (default 3000), --port (default 4391), --timeout seconds (default 300).
 */
import { spawn } from "node:child_process";
import { mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { generateSynthetic } from "./synth.ts";

const { values } = parseArgs({
  options: {
    places: { type: "string", default: "3000" },
    port: { type: "string", default: "4391" },
    timeout: { type: "string", default: "300" },
  },
});
const places = Number(values.places);
const root = resolve(".bench", `dev-${places}`);
const dataDir = join(root, "data");
const storiesDir = join(root, "stories");
const story = join(storiesDir, "preview-check.mdx");
const origin = `http://localhost:${values.port}`;

/** A story citing the first county's volunteers in the last synthetic year; `mark` tells versions apart. */
function writeStory(place: string, mark: string): void {
  writeFileSync(
    story,
    `---
title: 预览速度检查
dek: 用合成数据检查编辑预览的速度（合成数据，非真实）。
date: 2026-11-25
author: 银龄图谱编辑部
regions: ["${place}"]
topics: ["volunteer"]
---

<Fact id="${place}-volunteers-2025" />。${mark}
`,
  );
}

async function get(path: string): Promise<string | undefined> {
  try {
    const response = await fetch(origin + path);
    return response.ok ? await response.text() : undefined;
  } catch {
    return undefined;
  }
}

/** Seconds until `ok(body)` holds for `path`, polling; throws past the time limit. */
async function until(path: string, ok: (body: string) => boolean, since: number): Promise<number> {
  const limit = since + Number(values.timeout) * 1000;
  for (;;) {
    const body = await get(path);
    if (body !== undefined && ok(body)) return (performance.now() - since) / 1000;
    if (performance.now() > limit) throw new Error(`${path} not served within ${values.timeout} s`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

rmSync(root, { recursive: true, force: true });
mkdirSync(storiesDir, { recursive: true });
const summary = generateSynthetic({ places, metrics: 60, years: 5, seed: 1 }, dataDir);
// The first county of the synthetic hierarchy (p01-c01-x001 in any data set of 30 or more places).
const county = readFileSync(join(dataDir, "regions.csv"), "utf8")
  .split("\n")
  .map((line) => line.split(",")[0] ?? "")
  .find((id) => /-x\d+$/u.test(id));
if (!county) throw new Error("the synthetic data set has no county");
writeStory(county, "版本一");

const log = openSync(join(root, "dev.log"), "w");
const started = performance.now();
const server = spawn(
  process.execPath,
  ["node_modules/astro/bin/astro.mjs", "dev", "--port", values.port],
  {
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      STORIES_DIR: storiesDir,
      ASTRO_TELEMETRY_DISABLED: "1",
    },
    stdio: ["ignore", log, log],
    detached: true,
  },
);
try {
  const ready = await until("/", () => true, started);
  const storyAt = performance.now();
  const first = await until("/stories/preview-check/", (b) => b.includes("版本一"), storyAt);
  const changedAt = performance.now();
  writeStory(county, "版本二");
  const changed = await until("/stories/preview-check/", (b) => b.includes("版本二"), changedAt);
  const placeAt = performance.now();
  const place = await until(`/regions/${county}/`, () => true, placeAt);
  const againAt = performance.now();
  const again = await until(`/regions/${county}/`, () => true, againAt);
  const s = (x: number) => x.toFixed(1);
  console.log(
    `| places | facts | server answers s | story page s | changed story s | place page s (first, again) |`,
  );
  console.log(`| --: | --: | --: | --: | --: | --: |`);
  console.log(
    `| ${places} | ${summary.facts} | ${s(ready)} | ${s(first)} | ${s(changed)} | ${s(place)}, ${s(again)} |`,
  );
} finally {
  process.kill(-(server.pid ?? 0), "SIGTERM");
}
