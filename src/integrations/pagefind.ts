/**
 * Astro integration that indexes the built site with Pagefind's Node API, in two
 * bundles: the main index (pagefind/) of the pages people search for — places,
 * measures, sources, stories — and, when the site has long reports, the quotes
 * bundles (pagefind/quotes/<n>/, src/lib/search/quotes.ts) of their snapshots cut
 * into passages (src/lib/search/snapshotRecords.ts), which the search page merges
 * only on request. The main index reads each page as Astro renders it (a wrapper
 * around Astro's prerenderer, `setPrerenderer`), so Pagefind's process parses pages
 * on the second core while Node renders the next ones; only writing it waits for the
 * end of the build. The quotes bundles are built by a second Pagefind process, one
 * bundle after another (`close()` in between, so the memory of one is returned before
 * the next starts), while the other pages render. The npm build of Pagefind 1.6 is the
 * extended one, which segments Chinese text. Result URLs are paths inside the build (`/regions/haidian/`); the
 * browser puts the site's base path in front (Pagefind's `baseUrl`, src/scripts/search.ts).
 */
import type { AstroIntegration } from "astro";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { PagefindIndex } from "pagefind";
import { bundlesOf, QUOTES_DIR, QUOTES_MANIFEST } from "../lib/search/quotes.ts";
import {
  snapshotRecords,
  withoutSnapshot,
  type SnapshotRecord,
} from "../lib/search/snapshotRecords.ts";

/** Top-level folders of the searchable pages (not /embed/, /charts/, /compare/). */
const INDEXED_FOLDERS = new Set(["regions", "metrics", "sources", "stories", "data", "about"]);

/**
 * The output file (`regions/haidian/index.html`, relative to the site's base) of a
 * page Pagefind reads, or undefined for anything else (embeds, downloads, 404).
 */
export function indexedFile(pathname: string, base: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const path = pathname.slice(base.length);
  const file = path === "" || path.endsWith("/") ? `${path}index.html` : path;
  if (file === "index.html") return file;
  const [folder] = file.split("/");
  return file.endsWith(".html") && INDEXED_FOLDERS.has(folder ?? "") ? file : undefined;
}

/** True for the output file of one report's page (`sources/<id>/index.html`), not the list. */
const isReportPage = (file: string | undefined): boolean =>
  file !== undefined && file.startsWith("sources/") && file !== "sources/index.html";

/** Passages per quotes bundle (each report whole): ~0.5 GB of Pagefind memory each. */
const BUNDLE_PASSAGES = 1000;

/**
 * Most fragment files of all quotes bundles together: passages share files beyond it. At
 * 3,000 places (9,060 passages in ~9 bundles, ~70 index chunks each) a file then holds ~15
 * passages of one report (~25 kB gzip), which keeps pagefind/ under 5,000 files; the main
 * index keeps one small fragment per page, for a light first search.
 */
const QUOTE_FRAGMENTS_MAX = 600;

const LANGUAGE = "zh-cn";

/** Most pages handed to Pagefind and not yet indexed (see `pending`). */
const IN_FLIGHT = 8;

/** Pages in a written index, from its entry file. */
function indexedPages(bundle: string): number {
  const entry = JSON.parse(readFileSync(join(bundle, "pagefind-entry.json"), "utf8")) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
}

/** Throws the errors of a Pagefind call, if it reports any. */
function check<T extends { errors: string[] }>(response: T): T {
  if (response.errors.length > 0) throw new Error(response.errors.join("\n"));
  return response;
}

type PagefindApi = typeof import("pagefind");

/**
 * Pagefind's API with a service process of its own: the module keeps one process per module
 * instance, and this second instance (the same file under another URL) builds the quotes
 * bundles beside the main index, on the other core.
 */
async function separatePagefind(): Promise<PagefindApi> {
  const entry = new URL(import.meta.resolve("pagefind"));
  entry.search = "?quotes";
  return (await import(entry.href)) as PagefindApi;
}

/** A new Pagefind index; `writePlayground` stays off (its default) so no playground ships. */
async function newIndex(maxFragments?: number, api?: PagefindApi): Promise<PagefindIndex> {
  const { createIndex } = api ?? (await import("pagefind"));
  const { index, errors } = await createIndex({
    forceLanguage: LANGUAGE,
    ...(maxFragments === undefined ? {} : { maxFragments }),
  });
  if (!index) throw new Error(errors.join("\n"));
  return index;
}

/** Writes the quotes bundles of the long reports' passages and their list (none: nothing). */
async function writeQuotesIndex(outDir: string, reports: SnapshotRecord[][]): Promise<void> {
  const bundles = bundlesOf(reports, BUNDLE_PASSAGES);
  if (bundles.length === 0) return;
  const api = await separatePagefind();
  try {
    for (const [n, passages] of bundles.entries()) {
      await api.close();
      await writeQuotesBundle(
        join(outDir, QUOTES_DIR, String(n)),
        passages,
        Math.ceil(QUOTE_FRAGMENTS_MAX / bundles.length),
        api,
      );
    }
  } finally {
    await api.close();
  }
  mkdirSync(join(outDir, QUOTES_DIR), { recursive: true });
  writeFileSync(join(outDir, QUOTES_MANIFEST), JSON.stringify(bundles.map((_, n) => `${n}/`)));
}

/** Writes one quotes bundle of passages to `outputPath`. */
async function writeQuotesBundle(
  outputPath: string,
  passages: SnapshotRecord[],
  maxFragments: number,
  api: PagefindApi,
): Promise<void> {
  const index = await newIndex(maxFragments, api);
  // Sent together: the service indexes while the next records arrive.
  await Promise.all(
    passages.map(async (passage) =>
      check(
        await index.addCustomRecord({
          url: passage.url,
          content: passage.content,
          language: LANGUAGE,
          meta: { title: passage.title },
          filters: { type: ["source"] },
        }),
      ),
    ),
  );
  check(await index.writeFiles({ outputPath }));
}

/** Adds the search bundles under `<outDir>/pagefind/` as `astro build` renders the pages. */
export function pagefind(): AstroIntegration {
  let base = "/";
  let main: Promise<PagefindIndex> | undefined;
  // Pages sent to Pagefind and not yet indexed: at most IN_FLIGHT, so that when Pagefind
  // falls behind, rendering waits instead of queueing pages in memory.
  let pending = new Set<Promise<unknown>>();
  // The first error of a page handed to Pagefind, thrown when the index is written.
  let failure: unknown;
  // Passages of each long report, cut from its source page as it renders, in render order.
  let reports: SnapshotRecord[][] = [];
  let outDir = "";
  // Source pages still to render; when the last one has, the quotes bundles are written.
  let sourcesLeft = 0;
  let quotes: Promise<void> | undefined;

  /** Hands a rendered page to the main index (a source page without its snapshot). */
  const read = async (file: string, html: string) => {
    let content = html;
    if (isReportPage(file)) {
      const url = `/${file.replace(/index\.html$/u, "")}`;
      const passages = snapshotRecords(html, url);
      if (passages.length > 0) reports.push(passages);
      content = withoutSnapshot(html);
      // Source pages render first (see getStaticPaths below): from here on, the quotes
      // bundles are built by a second Pagefind process while the other pages render.
      if (--sourcesLeft === 0) {
        quotes = writeQuotesIndex(outDir, reports).catch((error: unknown) => {
          failure ??= error;
        });
      }
    }
    const index = main ?? (main = newIndex());
    const added: Promise<unknown> = index
      .then(async (i) => check(await i.addHTMLFile({ sourcePath: file, content })))
      .catch((error: unknown) => (failure ??= error))
      .finally(() => pending.delete(added));
    pending.add(added);
    while (pending.size >= IN_FLIGHT) await Promise.race(pending);
  };

  return {
    name: "silver-atlas:pagefind",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = config.base.endsWith("/") ? config.base : `${config.base}/`;
        outDir = fileURLToPath(config.outDir);
      },
      "astro:build:start": ({ setPrerenderer }) => {
        setPrerenderer((astro) => ({
          ...astro,
          // Source pages first, so that their passages are indexed while the rest renders.
          async getStaticPaths() {
            const paths = await astro.getStaticPaths();
            const isSource = (p: { pathname: string }) =>
              isReportPage(indexedFile(decodeURI(p.pathname), base));
            const sources = paths.filter(isSource);
            sourcesLeft = sources.length;
            return [...sources, ...paths.filter((p) => !isSource(p))];
          },
          async render(request, options) {
            const rendered = await astro.render(request, options);
            const response = rendered instanceof Response ? rendered : rendered.response;
            const file = indexedFile(decodeURI(new URL(request.url).pathname), base);
            if (file && response.ok) await read(file, await response.clone().text());
            return rendered;
          },
        }));
      },
      "astro:build:done": async ({ dir, logger }) => {
        const { close } = await import("pagefind");
        const started = performance.now();
        if (fileURLToPath(dir) !== outDir)
          throw new Error(`Pagefind: built into ${fileURLToPath(dir)}, not ${outDir}`);
        try {
          // Only pages that carry `data-pagefind-body` count; the others were read and skipped.
          const index = await (main ?? (main = newIndex()));
          await Promise.all(pending);
          if (failure !== undefined)
            throw new Error("Pagefind could not read a page", { cause: failure });
          check(await index.writeFiles({ outputPath: join(outDir, "pagefind") }));
          await close();
          const mainMs = Math.round(performance.now() - started);
          await (quotes ?? writeQuotesIndex(outDir, reports));
          if (failure !== undefined)
            throw new Error("Pagefind could not index the reports' text", { cause: failure });
          const ms = Math.round(performance.now() - started);
          const passages = reports.reduce((n, r) => n + r.length, 0);
          const pages = indexedPages(join(outDir, "pagefind"));
          logger.info(
            `Pagefind indexed ${pages} pages in ${ms} ms, with ${passages} report passages (after rendering: main index ${mainMs} ms, then waited ${ms - mainMs} ms for the quotes index)`,
          );
        } catch (cause) {
          throw new Error("Pagefind failed to index the site", { cause });
        } finally {
          main = undefined;
          pending = new Set();
          reports = [];
          failure = undefined;
          quotes = undefined;
          sourcesLeft = 0;
          await close();
        }
      },
    },
  };
}
