/**
 * Astro integration that indexes the built site with Pagefind's Node API once
 * the pages are written (after Starlight's integrations/pagefind.ts). The npm
 * build of Pagefind 1.6 is the extended one, which segments Chinese text.
 * Result URLs are paths inside the build (`/regions/haidian/`); the browser puts
 * the site's base path in front (Pagefind's `baseUrl`, set in src/scripts/search.ts).
 */
import type { AstroIntegration } from "astro";
import { fileURLToPath } from "node:url";

/** The HTML Pagefind reads: every route with searchable pages (not /embed/, /charts/). */
const INDEXED =
  "{index.html,regions/**/*.html,metrics/**/*.html,sources/**/*.html,stories/**/*.html,data/**/*.html,about/**/*.html}";

/** Adds a Pagefind index under `<outDir>/pagefind/` at the end of `astro build`. */
export function pagefind(): AstroIntegration {
  return {
    name: "silver-atlas:pagefind",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const { close, createIndex } = await import("pagefind");
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        try {
          const { index, errors } = await createIndex({ forceLanguage: "zh-cn" });
          if (!index) throw new Error(errors.join("\n"));
          // Only pages that carry `data-pagefind-body`; skipping embed pages and downloads
          // saves parsing one page per chart, which dominates at national scale.
          const added = await index.addDirectory({ path: outDir, glob: INDEXED });
          if (added.errors.length > 0) throw new Error(added.errors.join("\n"));
          const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
          if (written.errors.length > 0) throw new Error(written.errors.join("\n"));
          const ms = Math.round(performance.now() - started);
          logger.info(`Pagefind indexed ${added.page_count} pages in ${ms} ms`);
        } catch (cause) {
          throw new Error("Pagefind failed to index the site", { cause });
        } finally {
          await close();
        }
      },
    },
  };
}
