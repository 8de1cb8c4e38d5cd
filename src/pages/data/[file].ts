/**
 * Serves the data contract's CSV files byte for byte as `/data/<name>.csv`,
 * from whichever data directory the site is built from.
 */
import type { APIRoute, GetStaticPaths } from "astro";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CSV_FILES } from "../../lib/data/downloads.ts";
import { dataDir } from "../../lib/data/index.ts";

export const getStaticPaths = (() => CSV_FILES.map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(readFileSync(join(dataDir(), params.file ?? "")), {
    headers: { "Content-Type": "text/csv; charset=utf-8" },
  });
