/**
 * `npm run serve`: a small static file server for the built site (no
 * dependencies), used by `npm start` and by the browser tests.
 * Usage: `tsx scripts/serve.ts [dir] [--port N]` (default dist, port 4321).
 */
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join, normalize, resolve } from "node:path";
import { parseArgs } from "node:util";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".xml": "application/xml; charset=utf-8",
  ".wasm": "application/wasm",
  ".png": "image/png",
};

/** Resolves a URL path to a file under `root`, or undefined (also for paths escaping the root). */
export function resolvePath(root: string, urlPath: string): string | undefined {
  const decoded = decodeURIComponent(urlPath.split("?")[0] ?? "/");
  const path = normalize(join(root, decoded));
  if (!path.startsWith(root)) return undefined;
  if (existsSync(path) && statSync(path).isDirectory()) {
    const index = join(path, "index.html");
    return existsSync(index) ? index : undefined;
  }
  return existsSync(path) ? path : undefined;
}

/** Starts serving `dir` on localhost:`port` (0 picks a free port); resolves once listening. */
export function serve(dir: string, port: number): Promise<Server> {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    const url = req.url ?? "/";
    // Directory URLs without their slash redirect, as static hosts do.
    const bare = resolve(root, "." + decodeURIComponent(url.split("?")[0] ?? "/"));
    if (!url.split("?")[0]?.endsWith("/") && existsSync(bare) && statSync(bare).isDirectory()) {
      res.writeHead(301, { Location: `${url.split("?")[0]}/` }).end();
      return;
    }
    const file = resolvePath(root, url);
    if (!file) {
      const notFound = join(root, "404.html");
      res.writeHead(404, { "Content-Type": TYPES[".html"] });
      if (existsSync(notFound)) createReadStream(notFound).pipe(res);
      else res.end("404 Not Found");
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(res);
  });
  return new Promise((done) => server.listen(port, "127.0.0.1", () => done(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { port: { type: "string", default: process.env["PORT"] ?? "4321" } },
  });
  const dir = positionals[0] ?? "dist";
  if (!existsSync(dir)) {
    console.error(`${dir}/ does not exist: run npm run build first`);
    process.exit(1);
  }
  void serve(dir, Number(values.port)).then((server) => {
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : values.port;
    console.log(`Silver Atlas is served at http://localhost:${port}/ (Ctrl+C to stop)`);
  });
}
