/**
 * Serves the data contract's CSV files byte for byte as `/data/<name>.csv`,
 * from whichever data directory the site is built from. A build leaves the largest
 * to src/integrations/dataFiles.ts, which copies them on disk; the dev server serves all.
 */
import type { APIRoute, GetStaticPaths } from "astro";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { copiedFiles, CSV_FILES } from "../../lib/data/downloads.ts";
import { dataDir } from "../../lib/data/index.ts";

export const getStaticPaths = (() => {
  const copied: readonly string[] = import.meta.env.PROD ? copiedFiles(dataDir()) : [];
  return CSV_FILES.filter((file) => !copied.includes(file)).map((file) => ({ params: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(readFileSync(join(dataDir(), params.file ?? "")), {
    headers: { "Content-Type": "text/csv; charset=utf-8" },
  });
