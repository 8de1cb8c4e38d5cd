// The extractor on a real snapshot: quotes that pass the validator, rows already in
// facts.csv marked, deterministic CSV; and the CLI's --new-only and --evaluate.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Papa from "papaparse";
import { afterAll, describe, expect, it } from "vitest";
import { candidatesCsv, main } from "../../../scripts/extract.ts";
import { loadDataset } from "../../../src/lib/data/index.ts";
import { compactText, locateQuote } from "../../../src/lib/data/quote.ts";
import { COLUMNS, MAX_QUOTE_LENGTH } from "../../../src/lib/data/schema.ts";
import { CANDIDATE_COLUMNS, extractCandidates } from "../../../src/lib/figures/candidates.ts";
import { figureProblem } from "../../../src/lib/figures/check.ts";
import { evaluate } from "../../../src/lib/figures/evaluate.ts";

const loaded = loadDataset("data");
if (!loaded.dataset) throw new Error("data/ must be valid for these tests");
const data = loaded.dataset;
const source = data.sourceById.get("haidian-cadres-2025");
if (!source) throw new Error("missing snapshot haidian-cadres-2025");
const options = {
  source: source.id,
  title: source.title_zh,
  publisher: source.publisher_zh,
  year: 2025,
  regions: data.regions,
  metrics: data.metrics,
  facts: data.factsBySource.get(source.id) ?? [],
};
const scratch = mkdtempSync(join(tmpdir(), "silver-atlas-extract-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("extract on the haidian-cadres-2025 snapshot", () => {
  const rows = extractCandidates(source.text, options);

  it("writes quotes the validator accepts: in the snapshot, ≤ 80 characters, stating the figure", () => {
    const view = compactText(source.text);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.quote.length).toBeLessThanOrEqual(MAX_QUOTE_LENGTH);
      expect(locateQuote(view, row.quote), row.quote).toBeDefined();
      expect(figureProblem(row.quote, row.value, row.qualifier), row.quote).toBeUndefined();
    }
  });

  it("marks every curated fact of the report as existing, and nothing without facts", () => {
    const marked = rows.flatMap((r) => (r.existing ? r.existing.split(" ") : []));
    expect(new Set(marked)).toEqual(new Set(options.facts.map((f) => f.id)));
    expect(
      extractCandidates(source.text, { ...options, facts: [] }).every((r) => r.existing === ""),
    ).toBe(true);
  });

  it("guesses place, measure and period from the text", () => {
    const volunteers = rows.find((r) => r.existing === "hdc25-volunteers");
    expect(volunteers).toMatchObject({
      region: "haidian",
      value: 16000,
      qualifier: "over",
      period: "2025",
      unit: "名",
    });
    expect(volunteers?.quote).toContain("1.6万余名");
  });

  it("writes the same CSV every time, in facts.csv's columns plus the reviewer's", () => {
    const csv = candidatesCsv(rows);
    expect(candidatesCsv(extractCandidates(source.text, options))).toBe(csv);
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(parsed.meta.fields).toEqual([...CANDIDATE_COLUMNS]);
    // facts.csv's columns come first and in order, so reviewed rows paste straight in.
    expect(CANDIDATE_COLUMNS.slice(0, COLUMNS.facts.length)).toEqual([...COLUMNS.facts]);
    expect(parsed.data).toHaveLength(rows.length);
  });
});

describe("npm run extract", () => {
  const quiet = () => undefined;

  it("--new-only leaves out what facts.csv already holds; without it, existing rows come last", () => {
    const all = join(scratch, "all.csv");
    const fresh = join(scratch, "new.csv");
    expect(main(["data/sources/xx-county-speech-2025.txt", "--out", all], quiet)).toBe(0);
    expect(
      main(["data/sources/xx-county-speech-2025.txt", "--new-only", "--out", fresh], quiet),
    ).toBe(0);
    const read = (path: string) =>
      Papa.parse<Record<string, string>>(readFileSync(path, "utf8"), {
        header: true,
        skipEmptyLines: true,
      }).data;
    const rows = read(all);
    const firstExisting = rows.findIndex((r) => r["existing"] !== "");
    expect(rows.slice(firstExisting).every((r) => r["existing"] !== "")).toBe(true);
    expect(read(fresh)).toEqual(rows.filter((r) => r["existing"] === ""));
  });

  it("refuses a flag without its value and a report that is not there, without a stack trace", () => {
    const lines: string[] = [];
    expect(main(["report.txt", "--out"], (l) => lines.push(l))).toBe(2);
    expect(lines[0]).toBe("extract: --out needs a value");
    expect(main(["no-such-report.txt"], (l) => lines.push(l))).toBe(1);
    expect(lines.at(-1)).toBe('extract: no such report "no-such-report.txt"');
  });

  it("--evaluate scores the five snapshots: recall ≥ 95 %, precision ≥ 85 %", () => {
    const scores = evaluate(data);
    expect(scores.map((s) => s.source)).toEqual([...data.sources.map((s) => s.id), "all"]);
    const total = scores.at(-1);
    expect(total?.facts).toBe(data.facts.length);
    expect(total?.recall).toBeGreaterThanOrEqual(0.95);
    expect(total?.precision).toBeGreaterThanOrEqual(0.85);
  });
});
