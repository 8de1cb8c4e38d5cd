/**
 * `/data/excel/<name>.csv`: the data contract's CSV files with a UTF-8 byte-order mark, for
 * Excel. `/data/<name>.csv` stays byte for byte the repository's file, which is what
 * datapackage.json describes and Frictionless tools read (data/README.md says why).
 */
import type { APIRoute, GetStaticPaths } from "astro";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CSV_FILES, withBom } from "../../../lib/data/downloads.ts";
import { dataDir } from "../../../lib/data/index.ts";

export const getStaticPaths = (() =>
  CSV_FILES.map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(withBom(readFileSync(join(dataDir(), params.file ?? ""), "utf8")), {
    headers: { "Content-Type": "text/csv; charset=utf-8" },
  });
