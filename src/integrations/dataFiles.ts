/**
 * Astro integration that copies the data files too large to render through an endpoint
 * (`copiedFiles` in src/lib/data/downloads.ts) into `<outDir>/data/` at the end of a build,
 * byte for byte, with the file system's copy: no byte of them passes through Node's memory.
 */
import type { AstroIntegration } from "astro";
import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { copiedFiles } from "../lib/data/downloads.ts";
import { dataDir } from "../lib/data/index.ts";

/** Copies the large data files into the build. */
export function dataFiles(): AstroIntegration {
  return {
    name: "silver-atlas:data-files",
    hooks: {
      "astro:build:done": ({ dir, logger }) => {
        const files = copiedFiles(dataDir());
        if (files.length === 0) return;
        const target = join(fileURLToPath(dir), "data");
        mkdirSync(target, { recursive: true });
        for (const file of files) copyFileSync(join(dataDir(), file), join(target, file));
        logger.info(`copied ${files.join(", ")} into data/`);
      },
    },
  };
}
