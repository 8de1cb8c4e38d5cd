/**
 * Astro integration that publishes the data files too large to serve as they are
 * (`compressedFiles` in src/lib/data/downloads.ts) as `<outDir>/data/<name>.gz` at the end of
 * a build: the gzip of their exact bytes, streamed from disk to disk, so no large buffer of
 * them sits in Node's memory.
 */
import type { AstroIntegration } from "astro";
import { createReadStream, createWriteStream, mkdirSync } from "node:fs";
import { join } from "node:path";
import { pipeline } from "node:stream/promises";
import { fileURLToPath } from "node:url";
import { createGzip, constants } from "node:zlib";
import { compressedFiles, GZIP_SUFFIX, largeFileLimit } from "../lib/data/downloads.ts";
import { dataDir } from "../lib/data/index.ts";

/**
 * Gzip level. 9 writes facts.csv of 300 synthetic places 4 % smaller than the default 6
 * (1,578,143 against 1,646,734 bytes from 15.5 MB) in 0.45 s instead of 0.3 s: under 2 s
 * more at national scale, once per build, for a smaller download.
 */
const LEVEL = constants.Z_BEST_COMPRESSION;

/**
 * Writes the gzip of each file of `dataDir` larger than `maxBytes` into `targetDir` as
 * `<name>.gz`, and returns the names it wrote.
 */
export async function compressDataFiles(
  dataDir: string,
  targetDir: string,
  maxBytes = largeFileLimit(),
): Promise<string[]> {
  const files = compressedFiles(dataDir, maxBytes);
  if (files.length > 0) mkdirSync(targetDir, { recursive: true });
  for (const file of files) {
    await pipeline(
      createReadStream(join(dataDir, file)),
      createGzip({ level: LEVEL }),
      createWriteStream(join(targetDir, file + GZIP_SUFFIX)),
    );
  }
  return files.map((file) => file + GZIP_SUFFIX);
}

/** Publishes the large data files compressed. */
export function dataFiles(): AstroIntegration {
  return {
    name: "silver-atlas:data-files",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const started = performance.now();
        const written = await compressDataFiles(dataDir(), join(fileURLToPath(dir), "data"));
        if (written.length === 0) return;
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`compressed ${written.join(", ")} into data/ in ${seconds} s`);
      },
    },
  };
}
