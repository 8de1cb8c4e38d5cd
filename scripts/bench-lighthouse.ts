/**
 * `npm run bench:lighthouse`: Lighthouse (mobile, its default simulated
 * throttling) on one page of each kind the BRIEF budgets — home, a place, a
 * measure, a story, an embed — of an existing build, printing the four
 * category scores and the JavaScript each page loads. A benchmark, not a test:
 * it builds nothing and fails only when it cannot run.
 *
 * Usage: `tsx scripts/bench-lighthouse.ts [--dir dist]`. Chromium comes from
 * CHROMIUM_PATH (default /usr/bin/chromium), launched with the same flags as
 * the browser tests (scripts/chromium.ts).
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { CHROME_FLAGS, CHROMIUM_PATH } from "./chromium.ts";
import { serve } from "./serve.ts";

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

/** One measured page. */
export interface PageScore {
  kind: string;
  path: string;
  scores: Record<(typeof CATEGORIES)[number], number | undefined>;
  /** Bytes of JavaScript transferred (the local server gzips text, as static hosts do). */
  jsTransfer: number;
  /** The same scripts gzip-compressed, as a static host would serve them (the BRIEF budget). */
  jsGzip: number;
  /** Scored audits that did not pass, as `category: audit-id (title)`. */
  failing: string[];
}

/** The first page under `section/` (preferring `preferred`), or undefined when there is none. */
function pageIn(dir: string, section: string, preferred: string): string | undefined {
  if (existsSync(join(dir, section, preferred, "index.html"))) return `/${section}/${preferred}/`;
  if (!existsSync(join(dir, section))) return undefined;
  const first = readdirSync(join(dir, section))
    .sort()
    .find((name) => existsSync(join(dir, section, name, "index.html")));
  return first ? `/${section}/${first}/` : undefined;
}

/** The page of each kind to measure, skipping kinds the build does not have. */
export function pagesToMeasure(dir: string): { kind: string; path: string }[] {
  const candidates: [string, string | undefined][] = [
    ["home", existsSync(join(dir, "index.html")) ? "/" : undefined],
    ["place", pageIn(dir, "regions", "xiamen")],
    ["measure", pageIn(dir, "metrics", "volunteer-teams")],
    ["story", pageIn(dir, "stories", "silver-volunteers")],
    ["embed", pageIn(dir, "embed", "metric-volunteer-teams")],
  ];
  return candidates.flatMap(([kind, path]) => (path ? [{ kind, path }] : []));
}

/** Runs Lighthouse on `origin + path` in the Chrome listening on `port`. */
async function measure(
  origin: string,
  dir: string,
  port: number,
  page: { kind: string; path: string },
): Promise<PageScore> {
  const result = await lighthouse(`${origin}${page.path}`, {
    port,
    output: "json",
    logLevel: "error",
    onlyCategories: [...CATEGORIES],
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${page.path}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`${page.path}: ${lhr.runtimeError.message}`);
  const requests = (lhr.audits["network-requests"]?.details as { items?: NetworkItem[] }).items;
  const scripts = (requests ?? []).filter((r) => r.resourceType === "Script");
  const jsGzip = scripts.reduce((sum, r) => {
    const file = join(dir, decodeURIComponent(new URL(r.url).pathname));
    return sum + (existsSync(file) ? gzipSync(readFileSync(file)).length : (r.transferSize ?? 0));
  }, 0);
  const score = (id: string) => {
    const value = lhr.categories[id]?.score;
    return typeof value === "number" ? Math.round(value * 100) : undefined;
  };
  const failing = CATEGORIES.flatMap((c) =>
    (lhr.categories[c]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id])
      .filter((audit) => audit && audit.score !== null && audit.score < 1)
      .map((audit) => {
        // The measured value (1.2 s) says how far from passing a metric is.
        const value = audit?.displayValue ? `: ${audit.displayValue}, score ${audit.score}` : "";
        return `${c}: ${audit?.id} (${audit?.title}${value})`;
      }),
  );
  return {
    ...page,
    failing,
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, score(c)])) as PageScore["scores"],
    jsTransfer: scripts.reduce((sum, r) => sum + (r.transferSize ?? 0), 0),
    jsGzip,
  };
}

interface NetworkItem {
  url: string;
  resourceType?: string;
  transferSize?: number;
}

/** The results as a Markdown table (pasted into the README as is). */
export function formatTable(rows: PageScore[]): string {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const row = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [
    row([
      "page",
      "path",
      "performance",
      "accessibility",
      "best practices",
      "SEO",
      "JS transfer",
      "JS gzip",
    ]),
    row(["---", "---", "--:", "--:", "--:", "--:", "--:", "--:"]),
    ...rows.map((r) =>
      row([
        r.kind,
        `\`${r.path}\``,
        ...CATEGORIES.map((c) => String(r.scores[c] ?? "–")),
        kb(r.jsTransfer),
        kb(r.jsGzip),
      ]),
    ),
  ].join("\n");
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { dir: { type: "string", default: "dist" } } });
  const dir = values.dir;
  if (!existsSync(join(dir, "index.html"))) {
    throw new Error(`${dir}/index.html does not exist: run npm run build first (or pass --dir)`);
  }
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH} (apt-get install -y chromium, or set CHROMIUM_PATH)`,
    );
  }
  const server = await serve(dir, 0);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: [...CHROME_FLAGS],
  });
  try {
    const rows: PageScore[] = [];
    for (const page of pagesToMeasure(dir)) {
      console.error(`lighthouse: ${page.kind} ${page.path}`);
      rows.push(await measure(origin, dir, chrome.port, page));
    }
    console.log(`\nLighthouse ${lighthouseVersion()} (mobile) on ${dir}/\n`);
    console.log(formatTable(rows));
    const failing = rows.flatMap((r) => r.failing.map((f) => `  ${r.path} ${f}`));
    if (failing.length > 0) console.log(`\nAudits not passed:\n${failing.join("\n")}`);
  } finally {
    chrome.kill();
    server.close();
  }
}

function lighthouseVersion(): string {
  const pkg = JSON.parse(readFileSync("node_modules/lighthouse/package.json", "utf8")) as {
    version: string;
  };
  return pkg.version;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(
      `bench:lighthouse failed: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  });
}
