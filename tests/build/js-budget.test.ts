// JavaScript budget: no page loads more than 20 KB gzip of script at start-up
// (its module scripts, inline scripts and every module they import statically).
// Pagefind's bundle, imported on demand by the search page, is outside the budget.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { SITE_DIR } from "../support/site.ts";

const BUDGET = 20 * 1024;

/** Site-relative file of a script URL, under any base path (the file that exists wins). */
function fileOf(src: string, from: string): string | undefined {
  const path = new URL(src, `http://site${from}`).pathname;
  const parts = path.split("/").filter(Boolean);
  for (let i = 0; i < parts.length; i++) {
    const file = join(SITE_DIR, ...parts.slice(i));
    if (existsSync(file)) return file;
  }
  return undefined;
}

/** A module and everything it imports statically (`import … from "x"`, `import "x"`). */
function moduleGraph(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, "utf8");
  for (const [, spec = ""] of code.matchAll(
    /\bimport\s*(?:[\w${},*\s]+from\s*)?["'`]([^"'`]+)["'`]/g,
  )) {
    if (!spec.startsWith(".") && !spec.startsWith("/")) continue;
    const target = spec.startsWith("/") ? fileOf(spec, "/") : resolve(dirname(file), spec);
    if (target && existsSync(target)) moduleGraph(target, seen);
  }
  return seen;
}

const pages = readdirSync(SITE_DIR, { recursive: true, encoding: "utf8" })
  .filter((f) => f.endsWith(".html"))
  .map((f) => f.replace(/\\/g, "/"));

describe("JavaScript per page", () => {
  it.each(pages)("%s stays within 20 KB gzip", (file) => {
    const html = readFileSync(join(SITE_DIR, file), "utf8");
    const path = `/${file}`;
    let bytes = 0;
    const modules = new Set<string>();
    for (const [tag = "", body = ""] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      if (/type="application\/(ld\+)?json"/.test(tag)) continue;
      const src = /\bsrc="([^"]+)"/.exec(tag)?.[1];
      if (!src) {
        bytes += gzipSync(body).length;
        continue;
      }
      const script = fileOf(src, path);
      expect(script, `${file}: script ${src} is not in the build`).toBeDefined();
      if (script) for (const m of moduleGraph(script)) modules.add(m);
    }
    for (const m of modules) bytes += gzipSync(readFileSync(m)).length;
    const list = [...modules].map((m) => relative(SITE_DIR, m)).join(", ");
    expect(bytes, `${file} loads ${bytes} B gzip: ${list}`).toBeLessThanOrEqual(BUDGET);
  });
});
