/**
 * `/data/excel/<name>.csv`: the data contract's CSV files with a UTF-8 byte-order mark, for
 * Excel. `/data/<name>.csv` stays byte for byte the repository's file, which is what
 * datapackage.json describes and Frictionless tools read (data/README.md says why). A file
 * above EXCEL_COPY_MAX_BYTES gets no copy; /data/ sends its Excel readers to the per-place CSVs.
 */
import type { APIRoute, GetStaticPaths } from "astro";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { excelCopies, withBomBytes } from "../../../lib/data/downloads.ts";
import { dataDir } from "../../../lib/data/index.ts";

export const getStaticPaths = (() =>
  excelCopies(dataDir()).map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

// Bytes in, bytes out: decoding a large file to a string and encoding it again cost seconds.
export const GET: APIRoute = ({ params }) =>
  new Response(withBomBytes(readFileSync(join(dataDir(), params.file ?? ""))), {
    headers: { "Content-Type": "text/csv; charset=utf-8" },
  });
