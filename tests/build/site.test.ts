// Checks the HTML of the real site built from data/: every fact is on its place
// page and anchored at its quote on its source page; every page type exists;
// the downloads are the data files byte for byte.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/lib/data/index.ts";
import { readPage, SITE_DIR } from "../support/site.ts";

const data = loadDataset("data").dataset;
if (!data) throw new Error("data/ does not validate; run npm run validate");

describe("the built site", () => {
  it("has a page for every place, measure and source", () => {
    for (const r of data.regions)
      expect(existsSync(join(SITE_DIR, "regions", r.id, "index.html")), r.id).toBe(true);
    for (const m of data.metrics)
      expect(existsSync(join(SITE_DIR, "metrics", m.id, "index.html")), m.id).toBe(true);
    for (const s of data.sources)
      expect(existsSync(join(SITE_DIR, "sources", s.id, "index.html")), s.id).toBe(true);
    for (const path of ["/", "/regions/", "/metrics/", "/sources/", "/data/"])
      expect(readPage(path)).toContain('lang="zh-CN"');
  });

  it("shows readers each fact's Chinese note on its measure page, never the English one", () => {
    const escape = (text: string) =>
      text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
    const noted = data.facts.filter((f) => f.note !== "");
    expect(noted.length).toBeGreaterThan(100);
    for (const fact of noted) {
      const html = readPage(`/metrics/${fact.metric}/`);
      expect(html, fact.id).toContain(`注：${escape(fact.note)}`);
      // Other parts of a page may still carry English names; the notes must not.
      const shown = [...html.matchAll(/class="note">注：([^<]*)</g)].map((m) => m[1] ?? "");
      expect(
        shown.filter((note) => /[A-Za-z]{3,}/.test(note)),
        fact.id,
      ).toEqual([]);
    }
  });

  it("shows every fact on its place page and anchors it on its source page", () => {
    const pages = new Map<string, string>();
    const page = (path: string) =>
      pages.get(path) ?? pages.set(path, readPage(path)).get(path) ?? "";
    for (const fact of data.facts) {
      expect(page(`/regions/${fact.region}/`), fact.id).toContain(`data-fact="${fact.id}"`);
      expect(page(`/metrics/${fact.metric}/`), fact.id).toContain(`data-fact="${fact.id}"`);
      expect(page(`/sources/${fact.source}/`), fact.id).toContain(`id="${fact.id}"`);
      expect(page(`/regions/${fact.region}/`), fact.id).toContain(
        `href="/sources/${fact.source}/#${fact.id}"`,
      );
    }
  });

  it("lists Xiamen's districts on Xiamen's page", () => {
    const html = readPage("/regions/xiamen/");
    for (const child of data.childrenOf.get("xiamen") ?? [])
      expect(html).toContain(`href="/regions/${child.id}/"`);
  });

  it("explains its method on /about/, with every source and its number of figures", () => {
    const about = readPage("/about/");
    for (const s of data.sources) {
      const count = data.factsBySource.get(s.id)?.length ?? 0;
      expect(about).toMatch(
        new RegExp(`href="/sources/${s.id}/"[\\s\\S]*?<td class="num">${count}</td>`),
      );
    }
    // Each qualifier is shown with a real quote, linked to where it stands in its source.
    expect(about.match(/href="\/sources\/[^"#]+\/#[^"]+">“/g)?.length).toBe(4);
  });

  it("answers an unknown address with a 404 page that leads back in and is not indexed", () => {
    const page = readFileSync(join(SITE_DIR, "404.html"), "utf8");
    expect(page).toContain('<meta name="robots" content="noindex">');
    for (const href of ["/search/", "/regions/", "/metrics/", "/stories/", "/"]) {
      expect(page).toContain(`href="${href}"`);
    }
  });

  it("serves the data files as they are", () => {
    for (const name of ["facts", "regions", "metrics", "sources", "population"]) {
      expect(readFileSync(join(SITE_DIR, "data", `${name}.csv`), "utf8")).toBe(
        readFileSync(`data/${name}.csv`, "utf8"),
      );
    }
    for (const s of data.sources) {
      expect(readFileSync(join(SITE_DIR, "data", "sources", `${s.id}.txt`), "utf8")).toBe(s.text);
    }
  });
});
