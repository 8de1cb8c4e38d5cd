/**
 * `/data/<name>.csv.gz` on the dev server: the data files a build publishes gzip-compressed
 * (`compressedFiles`), gzipped as they stream, so the links of `/data/` work in a preview. A
 * build writes these files on disk instead (src/integrations/dataFiles.ts): an endpoint's
 * response is held in memory whole.
 */
import type { APIRoute, GetStaticPaths } from "astro";
import { createReadStream } from "node:fs";
import { join } from "node:path";
import { pipeline, Readable } from "node:stream";
import { createGzip } from "node:zlib";
import { compressedFiles } from "../../lib/data/downloads.ts";
import { dataDir } from "../../lib/data/index.ts";

export const getStaticPaths = (() =>
  import.meta.env.MODE === "development" // the dev server (see ./[file].ts)
    ? compressedFiles(dataDir()).map((file) => ({ params: { file } }))
    : []) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const gzip = createGzip();
  // A read error destroys the gzip stream, which aborts the response: nothing more to do.
  pipeline(createReadStream(join(dataDir(), params.file ?? "")), gzip, () => {});
  return new Response(Readable.toWeb(gzip) as ReadableStream<Uint8Array>, {
    headers: { "Content-Type": "application/gzip" },
  });
};
