/**
 * Astro integration that indexes the built site with Pagefind's Node API once
 * the pages are written (after Starlight's integrations/pagefind.ts), in two
 * bundles: the main index (pagefind/) of the pages people search for — places,
 * measures, sources, stories — and, when the site has long reports, the quotes
 * bundles (pagefind/quotes/<n>/, src/lib/search/quotes.ts) of their snapshots cut
 * into passages (src/lib/search/snapshotRecords.ts), which the search page merges
 * only on request. Each index is built by a fresh Pagefind process (`close()` in
 * between), so the memory of one is returned before the next starts. The npm build of Pagefind 1.6 is the extended one, which segments
 * Chinese text. Result URLs are paths inside the build (`/regions/haidian/`); the
 * browser puts the site's base path in front (Pagefind's `baseUrl`, src/scripts/search.ts).
 */
import type { AstroIntegration } from "astro";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { PagefindIndex } from "pagefind";
import { bundlesOf, QUOTES_DIR, QUOTES_MANIFEST } from "../lib/search/quotes.ts";
import {
  snapshotRecords,
  withoutSnapshot,
  type SnapshotRecord,
} from "../lib/search/snapshotRecords.ts";

/**
 * The HTML Pagefind reads from disk: every route with searchable pages (not /embed/,
 * /charts/). Source pages are read here instead (sourcePages), without their long snapshot.
 */
const INDEXED =
  "{index.html,sources/index.html,regions/**/*.html,metrics/**/*.html,stories/**/*.html,data/**/*.html,about/**/*.html}";

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

/** A source page as the main index reads it, and its passages for the quotes index. */
interface SourcePage {
  url: string;
  html: string;
  passages: SnapshotRecord[];
}

/** Every source page of the build (`sources/<id>/index.html`). */
function sourcePages(outDir: string): SourcePage[] {
  const dir = join(outDir, "sources");
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => {
      const file = join(dir, entry.name, "index.html");
      if (!existsSync(file)) return [];
      const html = readFileSync(file, "utf8");
      const url = `/sources/${entry.name}/`;
      return [{ url, html: withoutSnapshot(html), passages: snapshotRecords(html, url) }];
    });
}

/** Throws the errors of a Pagefind call, if it reports any. */
function check<T extends { errors: string[] }>(response: T): T {
  if (response.errors.length > 0) throw new Error(response.errors.join("\n"));
  return response;
}

/** A new Pagefind index; `writePlayground` stays off (its default) so no playground ships. */
async function newIndex(maxFragments?: number): Promise<PagefindIndex> {
  const { createIndex } = await import("pagefind");
  const { index, errors } = await createIndex({
    forceLanguage: LANGUAGE,
    ...(maxFragments === undefined ? {} : { maxFragments }),
  });
  if (!index) throw new Error(errors.join("\n"));
  return index;
}

/** Writes the main index; returns the number of pages in it. */
async function writeMainIndex(outDir: string, sources: SourcePage[]): Promise<number> {
  const index = await newIndex();
  // Only pages that carry `data-pagefind-body`; skipping embed pages and downloads
  // saves parsing one page per chart, which dominates at national scale.
  const added = check(await index.addDirectory({ path: outDir, glob: INDEXED }));
  await Promise.all(
    sources.map(async (page) =>
      check(await index.addHTMLFile({ url: page.url, content: page.html })),
    ),
  );
  check(await index.writeFiles({ outputPath: join(outDir, "pagefind") }));
  return added.page_count + sources.length;
}

/** Writes the quotes bundles of the long reports' passages and their list (none: nothing). */
async function writeQuotesIndex(outDir: string, sources: SourcePage[]): Promise<void> {
  const bundles = bundlesOf(
    sources.map((page) => page.passages),
    BUNDLE_PASSAGES,
  );
  if (bundles.length === 0) return;
  const { close } = await import("pagefind");
  for (const [n, passages] of bundles.entries()) {
    await close();
    await writeQuotesBundle(
      join(outDir, QUOTES_DIR, String(n)),
      passages,
      Math.ceil(QUOTE_FRAGMENTS_MAX / bundles.length),
    );
  }
  mkdirSync(join(outDir, QUOTES_DIR), { recursive: true });
  writeFileSync(join(outDir, QUOTES_MANIFEST), JSON.stringify(bundles.map((_, n) => `${n}/`)));
}

/** Writes one quotes bundle of passages to `outputPath`. */
async function writeQuotesBundle(
  outputPath: string,
  passages: SnapshotRecord[],
  maxFragments: number,
): Promise<void> {
  const index = await newIndex(maxFragments);
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

/** Adds the search bundles under `<outDir>/pagefind/` at the end of `astro build`. */
export function pagefind(): AstroIntegration {
  return {
    name: "silver-atlas:pagefind",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const { close } = await import("pagefind");
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        try {
          const sources = sourcePages(outDir);
          const pages = await writeMainIndex(outDir, sources);
          const mainMs = Math.round(performance.now() - started);
          const passages = sources.flatMap((page) => page.passages);
          await writeQuotesIndex(outDir, sources);
          const ms = Math.round(performance.now() - started);
          logger.info(
            `Pagefind indexed ${pages} pages in ${ms} ms, with ${passages.length} report passages (main index ${mainMs} ms, quotes index ${ms - mainMs} ms)`,
          );
        } catch (cause) {
          throw new Error("Pagefind failed to index the site", { cause });
        } finally {
          await close();
        }
      },
    },
  };
}
