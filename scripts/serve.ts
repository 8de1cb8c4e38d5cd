/**
 * `npm run serve`: a small static file server for the built site (no
 * dependencies), used by `npm start` and by the browser tests.
 * Usage: `tsx scripts/serve.ts [dir] [--port N] [--base /atlas/]` (default dist, port 4321).
 * A site built with a base path is served under it, as its host will: the base comes from
 * `--base`, else from the path of SITE_URL (what the build used), else "/". Text files go
 * out gzip-compressed to a client that accepts it, as static hosts send them, so that what
 * Lighthouse and the browser tests measure is what readers get.
 */
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { extname, join, normalize, resolve } from "node:path";
import { parseArgs } from "node:util";
import { createGzip } from "node:zlib";

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

/** Types a static host compresses: text (Pagefind's own files and the wasm are gzip already). */
const COMPRESSED = new Set([
  ".html",
  ".css",
  ".js",
  ".mjs",
  ".json",
  ".csv",
  ".txt",
  ".svg",
  ".xml",
]);

/** True when `req` accepts a gzip response. */
const acceptsGzip = (req: IncomingMessage): boolean =>
  /\bgzip\b/u.test(String(req.headers["accept-encoding"] ?? ""));

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

/** A base path with one leading and one trailing slash ("/", "/atlas/"). */
export const normaliseBase = (base: string): string =>
  `/${base.replace(/^\/+|\/+$/gu, "")}/`.replace(/^\/\/$/u, "/");

/** The base path a build of SITE_URL has (its path), "/" without SITE_URL. */
export const baseOfSiteUrl = (siteUrl: string | undefined): string =>
  siteUrl ? normaliseBase(new URL(siteUrl).pathname) : "/";

/**
 * Starts serving `dir` on localhost:`port` (0 picks a free port) under the URL path `base`;
 * resolves once listening. Outside the base everything is 404, except that "/" redirects to it.
 */
export function serve(dir: string, port: number, base = "/"): Promise<Server> {
  const root = resolve(dir);
  const prefix = normaliseBase(base);
  const notFound = (res: ServerResponse) => {
    const page = join(root, "404.html");
    res.writeHead(404, { "Content-Type": TYPES[".html"] });
    if (existsSync(page)) createReadStream(page).pipe(res);
    else res.end("404 Not Found");
  };
  const server = createServer((req, res) => {
    const requested = req.url ?? "/";
    if (prefix !== "/" && (requested === "/" || requested === prefix.slice(0, -1))) {
      res.writeHead(302, { Location: prefix }).end();
      return;
    }
    if (!requested.startsWith(prefix)) return notFound(res);
    // The path inside the build.
    const url = `/${requested.slice(prefix.length)}`;
    // Directory URLs without their slash redirect, as static hosts do.
    const bare = resolve(root, "." + decodeURIComponent(url.split("?")[0] ?? "/"));
    if (!url.split("?")[0]?.endsWith("/") && existsSync(bare) && statSync(bare).isDirectory()) {
      res.writeHead(301, { Location: `${requested.split("?")[0]}/` }).end();
      return;
    }
    const file = resolvePath(root, url);
    if (!file) return notFound(res);
    const type = TYPES[extname(file)] ?? "application/octet-stream";
    if (COMPRESSED.has(extname(file)) && acceptsGzip(req)) {
      res.writeHead(200, {
        "Content-Type": type,
        "Content-Encoding": "gzip",
        Vary: "Accept-Encoding",
      });
      createReadStream(file).pipe(createGzip()).pipe(res);
      return;
    }
    res.writeHead(200, { "Content-Type": type });
    createReadStream(file).pipe(res);
  });
  return new Promise((done) => server.listen(port, "127.0.0.1", () => done(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      port: { type: "string", default: process.env["PORT"] ?? "4321" },
      base: { type: "string", default: baseOfSiteUrl(process.env["SITE_URL"]) },
    },
  });
  const dir = positionals[0] ?? "dist";
  if (!existsSync(dir)) {
    console.error(`${dir}/ does not exist: run npm run build first`);
    process.exit(1);
  }
  const base = normaliseBase(values.base);
  void serve(dir, Number(values.port), base).then((server) => {
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : values.port;
    console.log(`Silver Atlas is served at http://localhost:${port}${base} (Ctrl+C to stop)`);
  });
}
