// The synthetic data set of the build benchmark (scripts/synth.ts) must pass the
// real validator untouched, have the requested shape, and be the same for a seed.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formatProblem, loadDataset, QUALIFIERS, TOPICS } from "../../src/lib/data/index.ts";
import { generateSynthetic, SYNTHETIC_BANNER } from "../../scripts/synth.ts";

const scratch = mkdtempSync(join(tmpdir(), "silver-atlas-synth-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const small = { places: 20, metrics: 3, years: 2, seed: 1 };

/** Every file of a directory with its content, for byte-for-byte comparison. */
const contents = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, encoding: "utf8" })
      .filter((name) => name.includes("."))
      .sort()
      .map((name) => [name, readFileSync(join(dir, name), "utf8")]),
  );

describe("synthetic data set", () => {
  const dir = join(scratch, "small");
  const summary = generateSynthetic(small, dir);
  const result = loadDataset(dir);
  const data = result.dataset;

  it("passes the validator with no problems", () => {
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(data).toBeDefined();
  });

  it("has one figure per place, measure and year", () => {
    expect(summary).toEqual({ regions: 20, metrics: 3, sources: 2, facts: 120, population: 40 });
    expect(data?.regions).toHaveLength(20);
    expect(data?.metrics).toHaveLength(3);
    expect(data?.facts).toHaveLength(20 * 3 * 2);
    expect(new Set(data?.facts.map((f) => f.period))).toEqual(new Set(["2024", "2025"]));
  });

  it("nests counties in cities in a province", () => {
    const levels = data?.regions.map((r) => r.level) ?? [];
    expect(levels.filter((l) => l === "province")).toHaveLength(1);
    expect(levels.filter((l) => l === "city")).toHaveLength(2);
    expect(levels.filter((l) => l === "county")).toHaveLength(17);
    for (const region of data?.regions ?? []) {
      const parent = region.parent ? data?.regionById.get(region.parent) : undefined;
      if (region.level === "province") expect(region.parent).toBeNull();
      if (region.level === "city") expect(parent?.level).toBe("province");
      if (region.level === "county") expect(parent?.level).toBe("city");
      expect(region.id).toMatch(/^p\d{2}(-c\d{2}(-x\d{3})?)?$/);
    }
    expect(data?.regionById.get("p01-c01-x001")?.name_zh).toBe("合成县0001");
  });

  it("is marked synthetic everywhere a reader could meet it", () => {
    for (const r of data?.regions ?? []) expect(r.name_zh).toMatch(/^合成/);
    for (const m of data?.metrics ?? []) expect(m.name_zh).toContain("合成");
    for (const s of data?.sources ?? []) {
      expect(s.text.startsWith(SYNTHETIC_BANNER)).toBe(true);
      expect(s.title_zh).toContain("非真实");
    }
    for (const p of data?.population ?? [])
      expect(p.source_url).toBe("https://example.org/synthetic");
  });

  it("varies qualifiers and spreads measures over every topic", () => {
    expect(new Set(data?.facts.map((f) => f.qualifier))).toEqual(new Set(QUALIFIERS));
    const wide = join(scratch, "wide");
    generateSynthetic({ places: 3, metrics: TOPICS.length * 2, years: 1, seed: 1 }, wide);
    const topics = loadDataset(wide).dataset?.metrics.map((m) => m.topic);
    expect(new Set(topics)).toEqual(new Set(TOPICS));
  });

  it("is deterministic for a seed", () => {
    const again = join(scratch, "again");
    generateSynthetic(small, again);
    expect(contents(again)).toEqual(contents(dir));
    const other = join(scratch, "other");
    generateSynthetic({ ...small, seed: 2 }, other);
    expect(contents(other)["facts.csv"]).not.toEqual(contents(dir)["facts.csv"]);
  });

  it("refuses to overwrite a directory it did not write", () => {
    const foreign = join(scratch, "foreign");
    mkdirSync(foreign);
    writeFileSync(join(foreign, "notes.txt"), "not synthetic");
    expect(() => generateSynthetic(small, foreign)).toThrow(/not written by/);
    expect(readFileSync(join(foreign, "notes.txt"), "utf8")).toBe("not synthetic");
    expect(() => generateSynthetic(small, "data/synthetic")).toThrow(/apart from data/);
  });
});
