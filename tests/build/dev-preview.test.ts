// Live preview: `astro dev` on a copy of the fixture data starts despite a broken
// story, picks up a change to a CSV without a restart, and refuses a story with a
// bad date, a misspelt id or a lone <Fact> with the validator's message at the
// story's file and line. With the threshold for compressed downloads lowered below the
// fixture's facts.csv, it serves that file gzipped where /data/ links it, as a build publishes it.
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LARGE_FILE_ENV } from "../../src/lib/data/downloads.ts";

const scratch = mkdtempSync(join(tmpdir(), "silver-atlas-dev-"));
const dataDir = join(scratch, "data");
const storiesDir = join(scratch, "stories");
const story = join(storiesDir, "demo.mdx");
const frontmatter =
  '---\ntitle: 测试故事\ndek: 仅供测试。\ndate: 2026-11-25\nauthor: 测试\nregions: ["xiamen"]\ntopics: ["volunteer"]\n---\n\n';
let server: ChildProcess | undefined;
let log = "";
let origin = "";

const freePort = () =>
  new Promise<number>((done) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => done(typeof address === "object" && address ? address.port : 4321));
    });
  });

/** This process's environment without what Vitest sets (BASE_URL, MODE, …): Vite would read it. */
function outsideVitest(): NodeJS.ProcessEnv {
  const vitest = /^(VITEST.*|BASE_URL|MODE|DEV|PROD|SSR|TEST|NODE_ENV)$/u;
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !vitest.test(key)));
}

/** Fetches `path` until `until` accepts the response (the watcher needs a moment) or `ms` pass. */
async function poll(path: string, until: (status: number, body: string) => boolean, ms = 15_000) {
  const deadline = Date.now() + ms;
  let last = { status: 0, body: "" };
  while (Date.now() < deadline) {
    try {
      const response = await fetch(origin + path);
      last = { status: response.status, body: await response.text() };
      if (until(last.status, last.body)) return last;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return last;
}

beforeAll(async () => {
  cpSync("tests/fixtures/data/valid", dataDir, { recursive: true });
  mkdirSync(storiesDir);
  writeFileSync(story, `${frontmatter}全市建成 <Fact id="demo-teams" /> 老党员志愿服务队。\n`);
  // A story that is broken from the start must not keep the server from starting.
  writeFileSync(join(storiesDir, "broken.mdx"), frontmatter.replace("2026-11-25", "2026-02-30"));
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  server = spawn(
    process.execPath,
    ["node_modules/astro/bin/astro.mjs", "dev", "--port", String(port), "--host", "127.0.0.1"],
    {
      env: {
        ...outsideVitest(),
        DATA_DIR: dataDir,
        STORIES_DIR: storiesDir,
        ASTRO_TELEMETRY_DISABLED: "1",
        [LARGE_FILE_ENV]: "500", // facts.csv has 676 bytes, the other files under 500
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  server.stdout?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  server.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  // The first request waits for Vite to optimise dependencies, which can answer 404 meanwhile.
  const first = await poll("/regions/xiamen/", (status) => status === 200, 90_000);
  expect(first.status, log).toBe(200);
}, 120_000);

afterAll(() => {
  server?.kill("SIGTERM");
  rmSync(scratch, { recursive: true, force: true });
});

describe("astro dev", () => {
  it("starts with a broken story and shows its problem at its line", async () => {
    const shown = relative(process.cwd(), join(storiesDir, "broken.mdx"));
    expect((await poll("/stories/broken/", (status) => status === 500)).status).toBe(500);
    expect(log).toContain(
      `${shown}:4: date: "2026-02-30" is not a real date: write YYYY-MM-DD, e.g. 2026-11-25`,
    );
  });

  it("serves a data file a build publishes compressed as its gzip, where /data/ links it", async () => {
    const page = await poll("/data/", (status) => status === 200);
    expect(page.body).toContain('href="/data/facts.csv.gz"');
    expect(page.body).toContain('href="/data/regions.csv"');
    const response = await fetch(`${origin}/data/facts.csv.gz`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/gzip");
    const facts = gunzipSync(Buffer.from(await response.arrayBuffer()));
    expect(facts.equals(readFileSync(join(dataDir, "facts.csv")))).toBe(true);
  });

  it("shows a change to data/ on the next request, without a restart", async () => {
    const regions = join(dataDir, "regions.csv");
    writeFileSync(regions, readFileSync(regions, "utf8").replace("厦门市,Xiamen", "鹭岛市,Xiamen"));
    const page = await poll("/regions/xiamen/", (_, body) => body.includes("鹭岛市"));
    expect(page.body).toContain("鹭岛市");
  });

  it("refuses a misspelt id and a lone <Fact> at the story's line", async () => {
    const shown = relative(process.cwd(), story);
    writeFileSync(story, `${frontmatter}全市建成 <Fact id="demo-tems" /> 老党员志愿服务队。\n`);
    expect((await poll("/stories/demo/", (status) => status === 500)).status).toBe(500);
    expect(log).toContain(`${shown}:10: unknown fact "demo-tems": did you mean "demo-teams"?`);
    expect(log).not.toContain("lookup.ts");

    writeFileSync(story, `${frontmatter}全市建成\n<Fact id="demo-teams" />\n老党员志愿服务队。\n`);
    await poll("/stories/demo/", () =>
      log.includes(`${shown}:11: <Fact> stands alone on its line`),
    );
    expect(log).toContain(`${shown}:11: <Fact> stands alone on its line`);
  });
});
