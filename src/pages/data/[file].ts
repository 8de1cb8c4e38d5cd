/**
 * Serves the data contract's CSV files byte for byte as `/data/<name>.csv`, from whichever
 * data directory the site is built from. A build leaves the files too large for that to
 * src/integrations/dataFiles.ts, which publishes them as `/data/<name>.csv.gz` only; the dev
 * server serves every file plain, and the large ones also gzipped (./[file].gz.ts).
 */
import type { APIRoute, GetStaticPaths } from "astro";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { compressedFiles, CSV_FILES } from "../../lib/data/downloads.ts";
import { dataDir } from "../../lib/data/index.ts";

export const getStaticPaths = (() => {
  // The command's mode, not `PROD`: that is false in a build run with NODE_ENV=test (the
  // build tests), which then wrote facts.csv through this endpoint beside its .gz.
  const devServer = import.meta.env.MODE === "development";
  const compressed: readonly string[] = devServer ? [] : compressedFiles(dataDir());
  return CSV_FILES.filter((file) => !compressed.includes(file)).map((file) => ({
    params: { file },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(readFileSync(join(dataDir(), params.file ?? "")), {
    headers: { "Content-Type": "text/csv; charset=utf-8" },
  });
