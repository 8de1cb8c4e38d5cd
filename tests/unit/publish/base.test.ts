// The base path outside Astro's own links: story links written from the site root, and
// the local server that serves a build under its base (and compressed) as a static host would.
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { get } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseOfSiteUrl, normaliseBase, serve } from "../../../scripts/serve.ts";
import { withBase } from "../../../src/lib/stories/baseLinks.ts";

describe("withBase", () => {
  it("puts the base in front of paths from the site root only", () => {
    expect(withBase("/data/", "/atlas/")).toBe("/atlas/data/");
    expect(withBase("/metrics/x/#f", "/atlas/")).toBe("/atlas/metrics/x/#f");
    expect(withBase("/", "/atlas/")).toBe("/atlas/");
    expect(withBase("/data/", "/")).toBe("/data/");
    for (const other of [
      "//cdn.example.org/x",
      "https://example.org/",
      "#main",
      "x/",
      "mailto:a@b",
    ])
      expect(withBase(other, "/atlas/")).toBe(other);
  });
});

describe("base of a SITE_URL", () => {
  it("is its path with one slash at each end", () => {
    expect(baseOfSiteUrl(undefined)).toBe("/");
    expect(baseOfSiteUrl("https://example.org")).toBe("/");
    expect(baseOfSiteUrl("https://org.github.io/repo")).toBe("/repo/");
    expect(baseOfSiteUrl("https://news.example.com/interactive/silver-atlas/")).toBe(
      "/interactive/silver-atlas/",
    );
    expect(normaliseBase("atlas")).toBe("/atlas/");
  });
});

describe("serve under a base", () => {
  let origin = "";
  let close = () => {};

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), "serve-base-"));
    mkdirSync(join(dir, "regions"));
    writeFileSync(join(dir, "index.html"), "home");
    writeFileSync(join(dir, "regions", "index.html"), "regions");
    writeFileSync(join(dir, "404.html"), "not found");
    const server = await serve(dir, 0, "/atlas/");
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => server.close();
  });
  afterAll(() => close());

  const get = async (path: string) => {
    const response = await fetch(`${origin}${path}`, { redirect: "manual" });
    return {
      status: response.status,
      location: response.headers.get("location"),
      body: await response.text(),
    };
  };

  it("serves the build under the base and redirects the root to it", async () => {
    expect(await get("/atlas/")).toMatchObject({ status: 200, body: "home" });
    expect(await get("/atlas/regions/")).toMatchObject({ status: 200, body: "regions" });
    expect(await get("/atlas/regions")).toMatchObject({ status: 301, location: "/atlas/regions/" });
    expect(await get("/")).toMatchObject({ status: 302, location: "/atlas/" });
  });

  it("answers 404 with the site's 404 page outside the base and for missing files", async () => {
    expect(await get("/regions/")).toMatchObject({ status: 404, body: "not found" });
    expect(await get("/atlas/nowhere/")).toMatchObject({ status: 404, body: "not found" });
  });
});

describe("serve compresses", () => {
  let origin = "";
  let close = () => {};
  const page = "<!doctype html><p>银龄图谱</p>".repeat(50);

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), "serve-gzip-"));
    writeFileSync(join(dir, "index.html"), page);
    writeFileSync(join(dir, "x.pf_meta"), "already gzip");
    const server = await serve(dir, 0);
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => server.close();
  });
  afterAll(() => close());

  /** The raw answer to `path` with `Accept-Encoding: encoding` (node:http does not decode). */
  const raw = (path: string, encoding: string) =>
    new Promise<{ encoding: string | undefined; body: Buffer }>((done, fail) => {
      get(`${origin}${path}`, { headers: { "accept-encoding": encoding } }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          done({ encoding: res.headers["content-encoding"], body: Buffer.concat(chunks) }),
        );
      }).on("error", fail);
    });

  it("sends text gzipped to a client that accepts it, as static hosts do", async () => {
    const zipped = await raw("/", "gzip, deflate, br");
    expect(zipped.encoding).toBe("gzip");
    expect(gunzipSync(zipped.body).toString("utf8")).toBe(page);
    expect(zipped.body.length).toBeLessThan(Buffer.byteLength(page) / 5);
  });

  it("sends it as it is to a client that does not, and never re-compresses Pagefind's files", async () => {
    const plain = await raw("/", "identity");
    expect(plain.encoding).toBeUndefined();
    expect(plain.body.toString("utf8")).toBe(page);
    const pagefind = await raw("/x.pf_meta", "gzip");
    expect(pagefind.encoding).toBeUndefined();
    expect(pagefind.body.toString("utf8")).toBe("already gzip");
  });
});
