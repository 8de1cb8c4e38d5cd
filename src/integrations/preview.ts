/**
 * Live preview for `astro dev`: any change under the data directory
 * invalidates the cached data set, clears Astro's route cache and reloads the
 * browser; a story with problems fails to load with the validator's message
 * at the story's own file and line (not deep in a component), lone `<Fact>`
 * included.
 */
import type { AstroIntegration } from "astro";
import { relative, resolve } from "node:path";
import type { Plugin, ViteDevServer } from "vite";
import { dataDir, formatProblem, invalidateDataset } from "../lib/data/index.ts";
import { storiesDir } from "../lib/stories/dir.ts";
import { checkStoryFile } from "../lib/stories/loader.ts";

/** True when `path` is `dir` or inside it. */
export function isInside(dir: string, path: string): boolean {
  const rel = relative(resolve(dir), resolve(path));
  return rel === "" || (!rel.startsWith("..") && !rel.startsWith("/"));
}

/** Vite plugin: runs the story checks whenever a story module is loaded. */
export function storyCheckPlugin(dir = storiesDir()): Plugin {
  return {
    name: "silver-atlas:story-check",
    // A build has checked every story already (scripts/build.ts validates, the loader refuses).
    apply: "serve",
    transform(_code, id) {
      const path = id.split("?")[0] ?? id;
      if (!path.endsWith(".mdx") || !isInside(dir, path)) return null;
      // Read from disk: other plugins may have rewritten the module already (`?astroPropagatedAssets`).
      const problems = checkStoryFile(path);
      const first = problems[0];
      if (!first) return null;
      // Vite's and Astro's overlays show `loc`: the story's file and line, not a component's.
      return this.error({
        message: problems.map(formatProblem).join("\n"),
        id: path,
        loc: { file: path, line: first.line, column: 1 },
      });
    },
  };
}

/** Starts watching `dir` on the dev server; a change anywhere under it reloads the data and the page. */
export function watchData(server: ViteDevServer, dir = dataDir()): void {
  server.watcher.add(resolve(dir));
  server.watcher.on("all", (_event, path) => {
    if (!isInside(dir, path)) return;
    invalidateDataset();
    // Astro's own signal for changed content: it clears the cached getStaticPaths results.
    for (const [name, environment] of Object.entries(server.environments)) {
      if (name !== "client") environment.hot.send("astro:content-changed", {});
    }
    server.environments.client.hot.send({ type: "full-reload", path: "*" });
  });
}

/** The integration for astro.config.mjs. */
export function preview(): AstroIntegration {
  return {
    name: "silver-atlas:preview",
    hooks: {
      "astro:config:setup": ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [storyCheckPlugin()] } });
      },
      "astro:server:setup": ({ server }) => watchData(server),
    },
  };
}
