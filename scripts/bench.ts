/**
 * `npm run bench [-- --sizes 100,1000,3000]`: builds the real site and synthetic
 * data sets of growing size (scripts/synth.ts), each in a child process with a
 * time limit, and prints per build: facts, pages, seconds for validation / Astro /
 * Pagefind, peak memory of the build's process tree, dist/ and pagefind/ sizes,
 * and the bytes a first search downloads. Then, per build, where the time and
 * bytes go by route type. Everything is written under .bench/ (results.json too).
 *
 * Options: --sizes (default 100,1000,3000), --metrics 60, --years 5, --seed 1,
 * --timeout seconds per build (default 1800), --max-rss GB (default 16; the build
 * is stopped above it), --no-real (skip the real site), --query (default 志愿).
 * --analyse NAME prints the route table of an earlier build (.bench/site-NAME) again.
 * Internal: --probe DIR runs the first-search measurement in a fresh process.
 */
import { spawn } from "node:child_process";
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { QUOTES_DIR, QUOTES_MANIFEST } from "../src/lib/search/quotes.ts";
import { generateSynthetic } from "./synth.ts";

const BENCH = ".bench";

/** What one build produced and cost. */
export interface BenchResult {
  name: string;
  places: number;
  facts: number;
  /** Seconds to generate the synthetic data set (0 for the real one). */
  generate: number;
  status: "ok" | "failed" | "timeout" | "memory";
  /** Why a build did not finish, with the last log lines. */
  error?: string;
  /** Wall-clock seconds of the child process. */
  wall: number;
  validate?: number;
  astro?: number;
  pagefind?: number;
  /** Seconds Astro spent rendering pages (sum of its per-page times). */
  render?: number;
  /** Routes Astro wrote (pages and endpoints) and pages Pagefind indexed. */
  pages?: number;
  indexed?: number;
  /** Peak of the summed resident memory of the build's process tree, sampled every 200 ms. */
  peakRss: number;
  /** High-water mark (VmHWM) of each program of the tree: node, pagefind. */
  peakByProgram: Record<string, number>;
  distBytes?: number;
  distFiles?: number;
  pagefindBytes?: number;
  pagefindFiles?: number;
  search?: SearchCost;
  routes?: RouteCost[];
}

/** Bytes a browser fetches for a first query (what src/scripts/search.ts does). */
export interface SearchCost {
  query: string;
  results: number;
  /** pagefind.js + pagefind-entry.json + the language's .pf_meta + wasm. */
  core: number;
  /** Index chunks the query loaded. */
  index: number;
  /** Filter chunks loaded (none without a filter). */
  filter: number;
  /** Fragments of the first 20 results (their excerpts, titles, URLs). */
  fragments: number;
  total: number;
  /**
   * The same query with the long reports' text asked for (`quotes=1`): bytes of the quotes
   * index (pagefind/quotes/) it loads on top, and its results. Absent without such an index.
   */
  quotes?: { bytes: number; fragments: number; results: number };
}

/** Time and bytes of one route type (`/regions/[id]/`, `/charts/*.svg`, …). */
export interface RouteCost {
  route: string;
  files: number;
  /** Seconds Astro spent on these files. */
  render: number;
  bytes: number;
  maxBytes: number;
  /** Gzipped size of the largest file. */
  maxGzip: number;
}

/** Groups an output path (relative to dist/, `/`-separated) into its route type. */
export function routeOf(path: string): string {
  const clean = path.replace(/^\/+/, "");
  const parts = clean
    .replace(/(^|\/)index\.html$/, "/")
    .split("/")
    .filter(Boolean);
  const [first, second] = parts;
  if (first === undefined) return "/";
  if (first === "pagefind") return "pagefind/";
  if (first === "charts" || (first === "data" && second !== undefined)) {
    const ext = /\.(\w+)\/?$/.exec(clean)?.[1] ?? "";
    return `/${first}/*.${ext}`;
  }
  if (parts.length === 1) return /^[^/]+\.\w+$/.test(clean) ? "(root files)" : `/${first}/`;
  return `/${first}/[id]/`;
}

/** Astro's per-route log line at info level: `├─ /regions/p01/index.html (+45ms)`. */
const ROUTE_LINE = /[├└]─ (\S+) \(\+([\d.]+)(ms|s)\)/;

/** Reads the timings build.ts, the validator and Astro print. */
export function parseBuildLog(log: string) {
  const num = (re: RegExp) => {
    const m = re.exec(log);
    return m ? Number(m[1]) : undefined;
  };
  const render = new Map<string, { files: number; ms: number }>();
  let renderMs = 0;
  for (const line of log.split("\n")) {
    const m = ROUTE_LINE.exec(line);
    if (!m) continue;
    const ms = Number(m[2]) * (m[3] === "s" ? 1000 : 1);
    renderMs += ms;
    const route = routeOf(m[1] ?? "");
    const r = render.get(route) ?? { files: 0, ms: 0 };
    r.files++;
    r.ms += ms;
    render.set(route, r);
  }
  const pagefindMs = num(/Pagefind indexed \d+ pages in (\d+) ms/);
  return {
    validateMs: num(/is valid: .*\((\d+) ms\)/),
    astro: num(/, Astro ([\d.]+) s,/),
    pagefind: pagefindMs === undefined ? undefined : pagefindMs / 1000,
    indexed: num(/Pagefind indexed (\d+) pages/),
    pages: num(/(\d+) page\(s\) built in/),
    render,
    renderSeconds: renderMs / 1000,
    routesDone: render.size === 0 ? 0 : [...render.values()].reduce((s, r) => s + r.files, 0),
  };
}

/**
 * Resident memory of a process tree: the sum of VmRSS, and the high-water mark
 * (VmHWM) of each program in it (node, pagefind…), in bytes.
 */
function treeMemory(root: number): { rss: number; byProgram: Map<string, number> } {
  let rss = 0;
  const byProgram = new Map<string, number>();
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop() ?? 0;
    try {
      const status = readFileSync(`/proc/${pid}/status`, "utf8");
      const field = (name: string) =>
        Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) * 1024;
      const program = /Name:\s+(\S+)/.exec(status)?.[1] ?? "?";
      rss += field("VmRSS");
      byProgram.set(program, Math.max(byProgram.get(program) ?? 0, field("VmHWM")));
      for (const task of readdirSync(`/proc/${pid}/task`)) {
        const children = readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").trim();
        if (children) stack.push(...children.split(/\s+/).map(Number));
      }
    } catch {
      // The process ended between listing and reading: nothing to count.
    }
  }
  return { rss, byProgram };
}

/** Every file under `dir` with its path relative to it and size. */
function walk(dir: string): { path: string; bytes: number }[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" }).flatMap((path) => {
    const stat = statSync(join(dir, path));
    return stat.isFile() ? [{ path: path.split("\\").join("/"), bytes: stat.size }] : [];
  });
}

interface Target {
  name: string;
  dataDir: string;
  storiesDir?: string;
  places: number;
  facts: number;
  generate: number;
}

/** Builds one target in a child process, watching its memory; never hangs past `timeout`. */
async function runBuild(target: Target, options: BenchOptions): Promise<BenchResult> {
  const out = join(BENCH, `site-${target.name}`);
  const logPath = join(BENCH, "logs", `${target.name}.log`);
  mkdirSync(join(BENCH, "logs"), { recursive: true });
  const logFd = openSync(logPath, "w");
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: target.dataDir,
    ASTRO_LOG: "info",
    ASTRO_TELEMETRY_DISABLED: "1",
    NODE_OPTIONS: [process.env["NODE_OPTIONS"], options.nodeOptions].filter(Boolean).join(" "),
  };
  if (target.storiesDir) env["STORIES_DIR"] = target.storiesDir;
  else delete env["STORIES_DIR"];
  const started = performance.now();
  // The build's Node process (tsx as a loader, not its CLI wrapper), its rendering child and Pagefind's.
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/build.ts", "--out", out], {
    env,
    stdio: ["ignore", logFd, logFd],
    detached: true, // its own process group, so a timeout stops Pagefind too
  });
  const memory = { rss: 0, byProgram: new Map<string, number>() };
  let stopped: "timeout" | "memory" | undefined;
  const stop = (why: "timeout" | "memory") => {
    stopped ??= why;
    try {
      process.kill(-(child.pid ?? 0), "SIGKILL");
    } catch {
      // already gone
    }
  };
  const poll = setInterval(() => {
    const m = treeMemory(child.pid ?? 0);
    memory.rss = Math.max(memory.rss, m.rss);
    for (const [program, hwm] of m.byProgram) {
      memory.byProgram.set(program, Math.max(memory.byProgram.get(program) ?? 0, hwm));
    }
    if (m.rss > options.maxRss) stop("memory");
  }, 200);
  const timer = setTimeout(() => stop("timeout"), options.timeout * 1000);
  const code = await new Promise<number | null>((done) => child.on("exit", (c) => done(c)));
  clearInterval(poll);
  clearTimeout(timer);
  closeSync(logFd);
  const wall = (performance.now() - started) / 1000;
  const log = readFileSync(logPath, "utf8");
  const parsed = parseBuildLog(log);
  const base: BenchResult = {
    name: target.name,
    places: target.places,
    facts: target.facts,
    generate: target.generate,
    status: stopped ?? (code === 0 ? "ok" : "failed"),
    wall,
    peakRss: memory.rss,
    peakByProgram: Object.fromEntries(memory.byProgram),
    render: parsed.renderSeconds,
    routes: [...parsed.render].map(([route, r]) => ({
      route,
      files: r.files,
      render: r.ms / 1000,
      bytes: 0,
      maxBytes: 0,
      maxGzip: 0,
    })),
  };
  if (parsed.validateMs !== undefined) base.validate = parsed.validateMs / 1000;
  if (base.status !== "ok") {
    // A stopped build never moved its staging directory into place: remove it now (it can hold
    // gigabytes) rather than wait for the next build of the same output to clean it up.
    const staging = /directory: (\S+)/.exec(log)?.[1]?.replace(/\/$/, "");
    if (staging && staging.includes(`.builds${sep}${child.pid}${sep}`)) {
      rmSync(dirname(staging), { recursive: true, force: true });
    }
    const tail = log.trim().split("\n").slice(-6).join("\n");
    const what =
      base.status === "timeout"
        ? `stopped after ${options.timeout} s`
        : base.status === "memory"
          ? `stopped above ${format.bytes(options.maxRss)}`
          : /heap out of memory/i.test(log)
            ? "V8 heap out of memory"
            : `exit code ${code}`;
    base.error = `${what}; ${parsed.routesDone} routes rendered; log ${logPath}:\n${tail}`;
    return base;
  }
  const files = walk(out);
  const result: BenchResult = {
    ...base,
    distBytes: files.reduce((s, f) => s + f.bytes, 0),
    distFiles: files.length,
  };
  if (parsed.astro !== undefined) result.astro = parsed.astro;
  if (parsed.pagefind !== undefined) result.pagefind = parsed.pagefind;
  if (parsed.pages !== undefined) result.pages = parsed.pages;
  if (parsed.indexed !== undefined) result.indexed = parsed.indexed;
  const pf = files.filter((f) => f.path.startsWith("pagefind/"));
  result.pagefindBytes = pf.reduce((s, f) => s + f.bytes, 0);
  result.pagefindFiles = pf.length;
  result.routes = routeCosts(out, files, parsed.render);
  const search = await probeSearch(out, options.query);
  if (search) result.search = search;
  return result;
}

/** Bytes and render time per route type, largest first. */
function routeCosts(
  out: string,
  files: { path: string; bytes: number }[],
  render: Map<string, { files: number; ms: number }>,
): RouteCost[] {
  const byRoute = new Map<string, RouteCost & { largest: string }>();
  for (const f of files) {
    const route = routeOf(f.path);
    const r = byRoute.get(route) ?? {
      route,
      files: 0,
      render: (render.get(route)?.ms ?? 0) / 1000,
      bytes: 0,
      maxBytes: 0,
      maxGzip: 0,
      largest: "",
    };
    r.files++;
    r.bytes += f.bytes;
    if (f.bytes > r.maxBytes) {
      r.maxBytes = f.bytes;
      r.largest = f.path;
    }
    byRoute.set(route, r);
  }
  return [...byRoute.values()]
    .map(({ largest, ...r }) => ({
      ...r,
      maxGzip: gzipSync(readFileSync(join(out, largest))).length,
    }))
    .sort((a, b) => b.bytes - a.bytes);
}

/** Runs the first-search measurement in a fresh process (Pagefind's JS keeps state per module). */
async function probeSearch(dir: string, query: string): Promise<SearchCost | undefined> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "scripts/bench.ts", "--probe", resolve(dir), "--query", query],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  let stdout = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  const code = await new Promise<number | null>((done) => child.on("exit", done));
  return code === 0 ? (JSON.parse(stdout) as SearchCost) : undefined;
}

/**
 * Loads the built site's /pagefind/pagefind.js in Node with `fetch` answered from
 * disk, runs `query` like src/scripts/search.ts (options, search, data() of the
 * first 20 results) and counts the bytes of every file fetched. Pagefind's
 * index files are already gzipped on disk, so these are the bytes on the wire;
 * pagefind.js is counted gzipped, as a server would send it. The first search reads
 * the main index only; the quotes index, merged when a reader asks to search the
 * reports' text, is measured after it with the same query (src/scripts/search.ts).
 */
async function measureSearch(dir: string, query: string): Promise<SearchCost> {
  const fetched: { path: string; bytes: number }[] = [];
  globalThis.fetch = (input: string | URL | Request) => {
    const url = new URL(input instanceof Request ? input.url : String(input), "file:///");
    const path = fileURLToPath(`file://${url.pathname}`);
    const body = readFileSync(path);
    fetched.push({ path: relative(dir, path), bytes: body.length });
    return Promise.resolve(new Response(body));
  };
  const script = join(dir, "pagefind", "pagefind.js");
  interface Pagefind {
    options(o: object): Promise<void>;
    search(q: string, o: object): Promise<{ results: { data(): Promise<unknown> }[] }>;
  }
  interface PagefindModule extends Pagefind {
    createInstance(): Pagefind & { mergeIndex(path: string, o: object): Promise<void> };
  }
  const pagefind = (await import(pathToFileURL(script).href)) as PagefindModule;
  await pagefind.options({ excerptLength: 40 });
  const search = await pagefind.search(query, { filters: {} });
  await Promise.all(search.results.slice(0, 20).map((r) => r.data()));
  const sum = (test: (p: string) => boolean) =>
    fetched.filter((f) => test(f.path)).reduce((s, f) => s + f.bytes, 0);
  const core =
    gzipSync(readFileSync(script)).length +
    sum((p) => p.endsWith("pagefind-entry.json") || p.endsWith(".pf_meta") || p.includes("wasm."));
  const index = sum((p) => p.endsWith(".pf_index"));
  const filter = sum((p) => p.endsWith(".pf_filter"));
  const fragments = sum((p) => p.endsWith(".pf_fragment"));
  const cost: SearchCost = {
    query,
    results: search.results.length,
    core,
    index,
    filter,
    fragments,
    total: core + index + filter + fragments,
  };
  const manifest = join(dir, QUOTES_MANIFEST);
  if (!existsSync(manifest)) return cost;
  const merged = pagefind.createInstance();
  await merged.options({ excerptLength: 40 });
  for (const bundle of JSON.parse(readFileSync(manifest, "utf8")) as string[])
    await merged.mergeIndex(`${pathToFileURL(join(dir, QUOTES_DIR, bundle)).href}/`, {
      excerptLength: 40,
    });
  const withQuotes = await merged.search(query, { filters: {} });
  await Promise.all(withQuotes.results.slice(0, 20).map((r) => r.data()));
  const inQuotes = (p: string) => p.startsWith(`${QUOTES_DIR}/`);
  cost.quotes = {
    bytes: sum(inQuotes),
    fragments: sum((p) => inQuotes(p) && p.endsWith(".pf_fragment")),
    results: withQuotes.results.length,
  };
  return cost;
}

const format = {
  bytes(n: number | undefined): string {
    if (n === undefined) return "–";
    if (n >= 1e9) return `${(n / 1e9).toFixed(2)} GB`;
    if (n >= 1e6) return `${(n / 1e6).toFixed(1)} MB`;
    return `${(n / 1e3).toFixed(1)} kB`;
  },
  seconds(n: number | undefined): string {
    return n === undefined ? "–" : n.toFixed(1);
  },
  int(n: number | undefined): string {
    return n === undefined ? "–" : n.toLocaleString("en-US");
  },
};

/** The summary table, as Markdown (so it can go into the README as printed). */
export function summaryTable(results: BenchResult[]): string {
  const head = [
    "data set",
    "facts",
    "pages",
    "validate s",
    "Astro s",
    "Pagefind s",
    "build s",
    "peak RSS",
    "dist/",
    "pagefind/",
    "first search",
  ];
  const rows = results.map((r) => [
    r.name,
    format.int(r.facts),
    r.pages === undefined ? "–" : `${format.int(r.pages)} (${format.int(r.indexed)} indexed)`,
    format.seconds(r.validate),
    format.seconds(r.astro),
    format.seconds(r.pagefind),
    r.status === "ok" ? format.seconds(r.wall) : `${r.status} at ${r.wall.toFixed(0)}`,
    format.bytes(r.peakRss),
    r.distBytes === undefined
      ? "–"
      : `${format.bytes(r.distBytes)} (${format.int(r.distFiles)} files)`,
    format.bytes(r.pagefindBytes),
    format.bytes(r.search?.total),
  ]);
  return markdown(head, rows);
}

/** Where one build's time and bytes went, by route type. */
export function routeTable(r: BenchResult): string {
  const rows = (r.routes ?? []).map((c) => [
    c.route,
    format.int(c.files),
    format.seconds(c.render),
    format.bytes(c.bytes),
    format.bytes(c.files > 0 ? c.bytes / c.files : 0),
    `${format.bytes(c.maxBytes)} (${format.bytes(c.maxGzip)} gz)`,
  ]);
  return markdown(["route", "files", "render s", "bytes", "avg", "largest"], rows);
}

function markdown(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [line(head), line(head.map(() => "---")), ...rows.map(line)].join("\n");
}

interface BenchOptions {
  sizes: number[];
  metrics: number;
  years: number;
  seed: number;
  timeout: number;
  maxRss: number;
  real: boolean;
  query: string;
  nodeOptions: string;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: "string", default: "100,1000,3000" },
      metrics: { type: "string", default: "60" },
      years: { type: "string", default: "5" },
      seed: { type: "string", default: "1" },
      timeout: { type: "string", default: "1800" },
      "max-rss": { type: "string", default: "16" },
      "no-real": { type: "boolean", default: false },
      query: { type: "string", default: "志愿" },
      "node-options": { type: "string", default: "" },
      probe: { type: "string" },
      analyse: { type: "string" },
    },
  });
  if (values.probe) {
    console.log(JSON.stringify(await measureSearch(values.probe, values.query)));
    return;
  }
  if (values.analyse) {
    // Re-reads an earlier build (.bench/site-NAME and its log) without building again.
    const log = parseBuildLog(readFileSync(join(BENCH, "logs", `${values.analyse}.log`), "utf8"));
    const out = join(BENCH, `site-${values.analyse}`);
    const routes = routeCosts(out, walk(out), log.render);
    console.log(routeTable({ routes } as BenchResult));
    return;
  }
  const options: BenchOptions = {
    sizes: values.sizes.split(",").filter(Boolean).map(Number),
    metrics: Number(values.metrics),
    years: Number(values.years),
    seed: Number(values.seed),
    timeout: Number(values.timeout),
    maxRss: Number(values["max-rss"]) * 1e9,
    real: !values["no-real"],
    query: values.query,
    nodeOptions: values["node-options"],
  };
  const noStories = join(BENCH, "no-stories");
  rmSync(noStories, { recursive: true, force: true });
  mkdirSync(noStories, { recursive: true });

  const targets: (() => Target)[] = [];
  if (options.real) {
    targets.push(() => ({ name: "real", dataDir: "data", places: 0, facts: 0, generate: 0 }));
  }
  for (const places of options.sizes) {
    targets.push(() => {
      const dataDir = join(BENCH, `synth-${places}`);
      const started = performance.now();
      const s = generateSynthetic(
        { places, metrics: options.metrics, years: options.years, seed: options.seed },
        dataDir,
      );
      const generate = (performance.now() - started) / 1000;
      // Stories cite real ids, so synthetic builds run without them.
      return {
        name: `synth-${places}`,
        dataDir,
        storiesDir: noStories,
        places,
        facts: s.facts,
        generate,
      };
    });
  }

  const results: BenchResult[] = [];
  for (const make of targets) {
    const target = make();
    if (target.name === "real") {
      const facts = readFileSync("data/facts.csv", "utf8").trim().split("\n").length - 1;
      Object.assign(target, {
        facts,
        places: readFileSync("data/regions.csv", "utf8").trim().split("\n").length - 1,
      });
    }
    console.log(
      `\n▶ ${target.name}: ${format.int(target.facts)} facts, ${format.int(target.places)} places…`,
    );
    const result = await runBuild(target, options);
    results.push(result);
    const peaks = Object.entries(result.peakByProgram)
      .map(([program, bytes]) => `${program} ${format.bytes(bytes)}`)
      .join(", ");
    console.log(
      result.status === "ok"
        ? `  ok: ${format.seconds(result.wall)} s, peak ${format.bytes(result.peakRss)} (${peaks})`
        : `  ${result.status} (peak ${format.bytes(result.peakRss)}: ${peaks}): ${result.error ?? ""}`,
    );
    console.log(`\n${routeTable(result)}`);
    if (result.search) {
      const s = result.search;
      console.log(
        `\nfirst search "${s.query}" (${s.results} results, data() of 20): core ${format.bytes(s.core)} + index ${format.bytes(s.index)} + filters ${format.bytes(s.filter)} + fragments ${format.bytes(s.fragments)} = ${format.bytes(s.total)}`,
      );
      if (s.quotes)
        console.log(
          `with the reports' text (quotes=1, ${s.quotes.results} results): + ${format.bytes(s.quotes.bytes)} from ${QUOTES_DIR}/, of which fragments ${format.bytes(s.quotes.fragments)}`,
        );
    }
    writeFileSync(join(BENCH, "results.json"), JSON.stringify(results, null, 2));
  }
  console.log(`\n${summaryTable(results)}\n`);
  console.log(
    "build s: wall clock of the child process (validation, Astro, Pagefind, moving dist/ into place). peak RSS: summed resident memory of the build's process tree, sampled every 200 ms.",
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
