// Charts in the built site: every measure page has an SVG chart with a data
// table; every chart has an embed page (small, self-contained) and downloads
// whose CSV lists exactly the chart's rows and whose SVG stands alone.
import Papa from "papaparse";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { parentCharts, placeCharts, standaloneCharts } from "../../src/lib/charts/catalog.ts";
import { CHART_CSV_COLUMNS } from "../../src/lib/charts/chartCsv.ts";
import { loadDataset } from "../../src/lib/data/index.ts";
import { readPage, SITE_DIR } from "../support/site.ts";

const data = loadDataset("data").dataset;
if (!data) throw new Error("data/ does not validate; run npm run validate");
const charts = standaloneCharts(data);
const byPlace = placeCharts(data);
const byParent = parentCharts(data);

describe("charts in the built site", () => {
  it("puts an accessible SVG chart and a table on every measure page", () => {
    for (const metric of data.metrics.filter((m) => data.factsByMetric.has(m.id))) {
      const html = readPage(`/metrics/${metric.id}/`);
      expect(html, metric.id).toMatch(/<svg[^>]*role="img"/);
      expect(html, metric.id).toMatch(/<svg[\s\S]*<title[^>]*>[\s\S]*<desc/);
      expect(html, metric.id).toContain("<table");
    }
  });

  it("shows the three headline charts on the home page, each with its embed page", () => {
    const ids = [
      ...new Set([...readPage("/").matchAll(/data-chart="([^"]+)"/g)].map((m) => m[1] ?? "")),
    ];
    expect(ids).toHaveLength(3);
    expect(ids.slice(0, 2)).toEqual(["metric-retired-party-branches", "metric-volunteer-teams"]);
    for (const id of ids)
      expect(existsSync(join(SITE_DIR, "embed", id, "index.html")), id).toBe(true);
  });

  it("says on the home page that Haidian's volunteer teams count one campaign month, Xiamen's a standing total", () => {
    const home = readPage("/");
    expect(home).toMatch(
      /口径不同：[^<]*厦门市[^<]*为现有总量[^<]*海淀区为一次活动或活动月期间的数字/,
    );
  });

  /** Reads a chart CSV and checks its columns and that every row is the fact it names. */
  const csvFacts = (file: string, label: string): Record<string, string>[] => {
    const csv = readFileSync(join(SITE_DIR, "charts", file), "utf8");
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(parsed.errors, label).toEqual([]);
    expect(parsed.meta.fields).toEqual([...CHART_CSV_COLUMNS]);
    for (const row of parsed.data) {
      const fact = data.factById.get(row["fact"] ?? "");
      expect(row["quote"]).toBe(fact?.quote);
      expect(Number(row["value"])).toBe(fact?.value);
    }
    return parsed.data;
  };

  it("gives each place one CSV holding its topic charts' rows, chart by chart, then its other figures", () => {
    expect(byPlace.size).toBeGreaterThan(0);
    for (const [place, specs] of byPlace) {
      const rows = csvFacts(`place-${place}.csv`, place);
      const drawn = specs.flatMap((spec) => spec.facts.map((f) => `${spec.id} ${f.id}`));
      expect(rows.slice(0, drawn.length).map((r) => `${r["chart"]} ${r["fact"]}`)).toEqual(drawn);
      // Every figure of the place is in its CSV: those the charts leave out with no chart.
      const rest = rows.slice(drawn.length);
      expect(rest.every((r) => r["chart"] === "" && r["region"] === place)).toBe(true);
      const own = new Set(rows.filter((r) => r["region"] === place).map((r) => r["fact"]));
      expect([...own].sort()).toEqual(
        (data.factsByRegion.get(place) ?? []).map((f) => f.id).sort(),
      );
      for (const spec of specs) {
        expect(existsSync(join(SITE_DIR, "charts", `${spec.id}.csv`)), spec.id).toBe(false);
        expect(existsSync(join(SITE_DIR, "embed", spec.id)), spec.id).toBe(false);
      }
    }
  });

  it("gives each place one embed page with a section per topic chart, shown by fragment", () => {
    for (const [place, specs] of byPlace) {
      const html = readFileSync(join(SITE_DIR, "embed", "place", place, "index.html"), "utf8");
      for (const spec of specs) expect(html, spec.id).toContain(`id="${spec.id}"`);
      expect(html).toMatch(/:target/);
      const script = readFileSync(join(SITE_DIR, "embed-frame.js"));
      expect(gzipSync(html).length + gzipSync(script).length, place).toBeLessThanOrEqual(40 * 1024);
    }
  });

  it("gives each parent one CSV and one embed page for its sub-place comparisons, none per chart", () => {
    expect([...byParent.keys()]).toEqual(["xiamen"]);
    const script = readFileSync(join(SITE_DIR, "embed-frame.js"));
    for (const [parent, specs] of byParent) {
      const rows = csvFacts(`in-${parent}.csv`, parent);
      expect(rows.map((r) => `${r["chart"]} ${r["fact"]}`)).toEqual(
        specs.flatMap((spec) => spec.facts.map((f) => `${spec.id} ${f.id}`)),
      );
      // Xiamen's six comparisons fit on one page.
      const html = readFileSync(join(SITE_DIR, "embed", "in", parent, "index.html"), "utf8");
      expect(gzipSync(html).length + gzipSync(script).length, parent).toBeLessThanOrEqual(
        40 * 1024,
      );
      for (const spec of specs) {
        expect(html, spec.id).toContain(`id="${spec.id}"`);
        for (const file of [`${spec.id}.csv`, `${spec.id}.svg`])
          expect(existsSync(join(SITE_DIR, "charts", file)), file).toBe(false);
        expect(existsSync(join(SITE_DIR, "embed", spec.id)), spec.id).toBe(false);
      }
    }
  });

  it("gives every chart a CSV of exactly its rows", () => {
    for (const spec of charts) {
      const csv = readFileSync(join(SITE_DIR, "charts", `${spec.id}.csv`), "utf8");
      const parsed = Papa.parse<Record<string, string>>(csv, {
        header: true,
        skipEmptyLines: true,
      });
      expect(parsed.errors, spec.id).toEqual([]);
      expect(parsed.meta.fields).toEqual([...CHART_CSV_COLUMNS]);
      expect(
        parsed.data.map((r) => r["fact"]),
        spec.id,
      ).toEqual(spec.facts.map((f) => f.id));
      for (const row of parsed.data) {
        const fact = data.factById.get(row["fact"] ?? "");
        expect(row["quote"]).toBe(fact?.quote);
        expect(Number(row["value"])).toBe(fact?.value);
        expect(row["basis"]).toBe(fact?.basis);
        expect(row["note"]).toBe(fact?.note);
        expect(row["note_en"]).toBe(fact?.note_en);
      }
    }
  });

  it("gives every chart a standalone SVG and an embed page under 40 KB gzip", () => {
    for (const spec of charts) {
      const svg = readFileSync(join(SITE_DIR, "charts", `${spec.id}.svg`), "utf8");
      expect(svg, spec.id).toMatch(
        /^<\?xml[^>]*>\s*<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/,
      );
      expect(svg, spec.id).toMatch(/font-family/);
      const embed = join(SITE_DIR, "embed", spec.id, "index.html");
      expect(existsSync(embed), spec.id).toBe(true);
      const html = readFileSync(embed, "utf8");
      expect(html).not.toMatch(/(src|href)="https?:\/\/(?!silver-atlas\.example\.org)/);
      const script = readFileSync(join(SITE_DIR, "embed-frame.js"));
      expect(gzipSync(html).length + gzipSync(script).length, spec.id).toBeLessThanOrEqual(
        40 * 1024,
      );
    }
  });
});
