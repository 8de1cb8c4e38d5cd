/**
 * The site's search indexes, written with Pagefind's Node API from a finished build:
 * the main index (pagefind/) of the pages people search for — home, places, measures,
 * sources, stories, data, about — and the quotes bundles (pagefind/quotes/<n>/,
 * src/lib/search/quotes.ts) of the long reports' snapshots cut into passages
 * (src/lib/search/snapshotRecords.ts), which the search page merges only on request.
 *
 * `scripts/build.ts` calls it after Astro's process has exited: at 3,000 places Astro
 * holds ~2.4 GB while rendering and Pagefind ~1.2 GB while writing the main index (and
 * ~0.45 GB per quotes bundle), and side by side they were the build's peak. Two Pagefind
 * processes then share the two cores: one writes the main index and then quotes bundles,
 * the other quotes bundles from the start. Result URLs are paths inside the build
 * (`/regions/haidian/`); the browser puts the site's base path in front (Pagefind's
 * `baseUrl`, src/scripts/search.ts). The npm build of Pagefind 1.6 is the extended one,
 * which segments Chinese text.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { PagefindIndex } from "pagefind";
import { bundlesOf, QUOTES_DIR, QUOTES_MANIFEST } from "./quotes.ts";
import { snapshotRecords, withoutSnapshot, type SnapshotRecord } from "./snapshotRecords.ts";

type PagefindApi = typeof import("pagefind");

const LANGUAGE = "zh-cn";

/** Where the main index is written, inside the build. */
const MAIN_INDEX_DIR = "pagefind";

/**
 * The searchable pages Pagefind reads from disk itself: everything but the reports' own
 * pages, which are handed over without their snapshot (below), and the embeds, chart
 * downloads, compare pages, search page and 404, which are not searched.
 */
const PAGES_GLOB = "{index.html,sources/index.html,{regions,metrics,stories,data,about}/**/*.html}";

/** Passages per quotes bundle (each report whole): ~0.45 GB of Pagefind memory each. */
const BUNDLE_PASSAGES = 1000;

/**
 * Most fragment files of all quotes bundles together: passages share files beyond it. At
 * 3,000 places (9,060 passages in ~9 bundles, ~70 index chunks each) a file then holds ~15
 * passages of one report (~25 kB gzip), which keeps pagefind/ under 5,000 files; the main
 * index keeps one small fragment per page, for a light first search.
 */
const QUOTE_FRAGMENTS_MAX = 600;

/** What `writeSearchIndexes` wrote. */
export interface SearchIndexes {
  /** Pages in the main index (only pages with `data-pagefind-body` count). */
  pages: number;
  /** Report passages in the quotes bundles. */
  passages: number;
  /** Quotes bundles. */
  bundles: number;
}

/** Throws the errors of a Pagefind call, if it reports any. */
function check<T extends { errors: string[] }>(response: T): T {
  if (response.errors.length > 0) throw new Error(response.errors.join("\n"));
  return response;
}

/**
 * Pagefind's API with a service process of its own: the module keeps one process per
 * module instance, and a second instance (the same file under another URL) is a second
 * process, on the other core.
 */
async function pagefindProcess(name: string): Promise<PagefindApi> {
  const entry = new URL(import.meta.resolve("pagefind"));
  entry.search = `?${name}`;
  return (await import(entry.href)) as PagefindApi;
}

/** A new Pagefind index; `writePlayground` stays off (its default) so no playground ships. */
async function newIndex(api: PagefindApi, maxFragments?: number): Promise<PagefindIndex> {
  const { index, errors } = await api.createIndex({
    forceLanguage: LANGUAGE,
    ...(maxFragments === undefined ? {} : { maxFragments }),
  });
  if (!index) throw new Error(errors.join("\n"));
  return index;
}

/** Pages in a written index, from its entry file. */
function indexedPages(bundle: string): number {
  const entry = JSON.parse(readFileSync(join(bundle, "pagefind-entry.json"), "utf8")) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
}

/** The output files of the reports' own pages (`sources/<id>/index.html`) in a build. */
function reportPages(outDir: string): string[] {
  let ids: string[];
  try {
    ids = readdirSync(join(outDir, "sources"), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
  } catch {
    return [];
  }
  return ids.sort().map((id) => `sources/${id}/index.html`);
}

/** A report's page as the main index reads it, and its snapshot's passages. */
interface Report {
  file: string;
  content: string;
  passages: SnapshotRecord[];
}

/**
 * A long report's page goes into the main index without its snapshot: the snapshot is
 * `data-pagefind-ignore` (its text is the passages), so the main index gets the same
 * words without Pagefind parsing a megabyte of it.
 */
function readReport(outDir: string, file: string): Report {
  const html = readFileSync(join(outDir, file), "utf8");
  const passages = snapshotRecords(html, `/${file.replace(/index\.html$/u, "")}`);
  return { file, content: withoutSnapshot(html), passages };
}

/** Writes the main index of the build in `outDir`. */
async function writeMainIndex(outDir: string, reports: Report[], api: PagefindApi) {
  const index = await newIndex(api);
  check(await index.addDirectory({ path: outDir, glob: PAGES_GLOB }));
  for (const { file, content } of reports) {
    check(await index.addHTMLFile({ sourcePath: file, content }));
  }
  check(await index.writeFiles({ outputPath: join(outDir, MAIN_INDEX_DIR) }));
}

/** Writes one quotes bundle of passages to `outputPath`. */
async function writeQuotesBundle(
  outputPath: string,
  passages: SnapshotRecord[],
  maxFragments: number,
  api: PagefindApi,
): Promise<void> {
  const index = await newIndex(api, maxFragments);
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

/**
 * Writes the main index and the quotes bundles of the build in `outDir` under
 * `<outDir>/pagefind/`. Each quotes bundle gets a fresh Pagefind process (`close()` in
 * between), so the memory of one is returned before the next starts.
 */
export async function writeSearchIndexes(outDir: string): Promise<SearchIndexes> {
  const reports = reportPages(outDir).map((file) => readReport(outDir, file));
  const bundles = bundlesOf(
    reports.map((r) => r.passages),
    BUNDLE_PASSAGES,
  );
  const maxFragments = Math.ceil(QUOTE_FRAGMENTS_MAX / Math.max(bundles.length, 1));
  let next = 0;
  const writeBundles = async (api: PagefindApi) => {
    for (let n = next++; n < bundles.length; n = next++) {
      await api.close();
      await writeQuotesBundle(
        join(outDir, QUOTES_DIR, String(n)),
        bundles[n] ?? [],
        maxFragments,
        api,
      );
    }
  };
  const [main, other] = [await import("pagefind"), await pagefindProcess("quotes")];
  try {
    await Promise.all([
      writeMainIndex(outDir, reports, main).then(() => writeBundles(main)),
      writeBundles(other),
    ]);
  } finally {
    await Promise.all([main.close(), other.close()]);
  }
  if (bundles.length > 0) {
    mkdirSync(join(outDir, QUOTES_DIR), { recursive: true });
    writeFileSync(join(outDir, QUOTES_MANIFEST), JSON.stringify(bundles.map((_, n) => `${n}/`)));
  }
  return {
    pages: indexedPages(join(outDir, MAIN_INDEX_DIR)),
    passages: bundles.reduce((n, b) => n + b.length, 0),
    bundles: bundles.length,
  };
}
