// Astro configuration: a fully static, Chinese-first site with MDX stories (its Pagefind
// indexes are written by scripts/build.ts once Astro is done). SITE_URL sets the public origin used in permalinks, citations and RSS.
import { satteri } from "@astrojs/markdown-satteri";
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import { defineConfig } from "astro/config";
import { dataFiles } from "./src/integrations/dataFiles.ts";
import { preview } from "./src/integrations/preview.ts";
import { baseLinks } from "./src/lib/stories/baseLinks.ts";
import { cjkLineBreaks } from "./src/lib/stories/cjkLineBreaks.ts";

// The path of SITE_URL is the site's base: https://org.github.io/repo/ serves under /repo/.
const site = new URL(process.env.SITE_URL ?? "https://silver-atlas.example.org");
const base = site.pathname.replace(/\/*$/u, "/");
// Pages marked noindex stay out of the sitemap: the embeds (each chart's own page is the one
// to index). The 404 page is left out by @astrojs/sitemap itself.
const noindex = [`${site.origin}${base}embed/`];

export default defineConfig({
  site: site.origin + base,
  base,
  output: "static",
  trailingSlash: "always",
  // BUILD_CONCURRENCY renders that many pages at once (Astro's default is 1); measured in the
  // README's Performance section, it stays 1 by default.
  build: {
    format: "directory",
    inlineStylesheets: "always",
    concurrency: Number(process.env.BUILD_CONCURRENCY ?? 1),
  },
  // Stories (MDX inherits this processor): no space where an editor wrapped a Chinese line,
  // and links written from the site root get the base path.
  markdown: { processor: satteri({ mdastPlugins: [cjkLineBreaks, baseLinks(base)] }) },
  integrations: [
    preview(),
    mdx(),
    sitemap({ filter: (page) => !noindex.some((prefix) => page.startsWith(prefix)) }),
    dataFiles(),
  ],
  devToolbar: { enabled: false },
  vite: {
    build: {
      // Astro inlines a page script smaller than this limit (there is no separate option for
      // scripts); 0 keeps every script an external file, so the CSP needs no hashes.
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Astro's MDX pipeline emits a module-level directive the bundler warns about on
        // every story; it is Astro's own marker and harmless.
        onLog(level, log, handler) {
          if (log.code === "MODULE_LEVEL_DIRECTIVE") return;
          handler(level, log);
        },
      },
    },
  },
});
