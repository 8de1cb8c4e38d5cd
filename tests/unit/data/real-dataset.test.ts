// The curated data set itself (data/), not a fixture: it validates, every report
// contributes, every measure is used, no figure silently contradicts another, notes
// are Chinese with their English kept apart, and every fact says what it counts on.
import { describe, expect, it } from "vitest";
import { comparisonCaveats } from "../../../src/lib/charts/caveats.ts";
import { metricChart, rowsOf } from "../../../src/lib/charts/specs.ts";
import { BASES, loadDataset } from "../../../src/lib/data/index.ts";

const { dataset, problems } = loadDataset("data");

describe("the real data set", () => {
  it("passes the validator with no problems", () => {
    expect(problems).toEqual([]);
    expect(dataset).toBeDefined();
  });

  const data = dataset;
  if (!data) return;

  it("has facts from every source and measures that are all used", () => {
    const bySource = new Map(data.sources.map((s) => [s.id, 0]));
    for (const f of data.facts) bySource.set(f.source, (bySource.get(f.source) ?? 0) + 1);
    for (const [source, count] of bySource) expect(count, source).toBeGreaterThan(0);
    const unused = data.metrics.filter((m) => !data.factsByMetric.has(m.id)).map((m) => m.id);
    expect(unused).toEqual([]);
  });

  it("gives each place, measure, period and source one value unless a relation links the rows", () => {
    const groups = new Map<string, typeof data.facts>();
    for (const f of data.facts) {
      const key = [f.region, f.metric, f.period, f.source].join("|");
      groups.set(key, [...(groups.get(key) ?? []), f]);
    }
    const linked = (a: (typeof data.facts)[number], b: (typeof data.facts)[number]) =>
      a.relations.some((r) => r.fact === b.id) || b.relations.some((r) => r.fact === a.id);
    const unlinked = [...groups.values()].flatMap((fs) =>
      fs.flatMap((a, i) =>
        fs.slice(i + 1).flatMap((b) => (a.value !== b.value && !linked(a, b) ? [`${a.id} ${b.id}`] : [])),
      ),
    );
    expect(unlinked).toEqual([]);
    // The real pairs exist: the check above is not vacuous.
    expect(data.facts.filter((f) => f.relations.length > 0).length).toBeGreaterThanOrEqual(10);
  });

  it("shows readers Chinese notes and keeps the English in note_en", () => {
    const notChinese = data.facts.filter((f) => /[A-Za-z]{3,}/.test(f.note)).map((f) => f.id);
    expect(notChinese).toEqual([]);
    const unpaired = data.facts.filter((f) => (f.note === "") !== (f.note_en === "")).map((f) => f.id);
    expect(unpaired).toEqual([]);
    const englishless = data.facts.filter((f) => f.note_en !== "" && !/[A-Za-z]{3,}/.test(f.note_en));
    expect(englishless.map((f) => f.id)).toEqual([]);
  });

  it("says what every figure counts on, using every basis but none outside the vocabulary", () => {
    expect(data.facts.every((f) => (BASES as readonly string[]).includes(f.basis))).toBe(true);
    expect(new Set(data.facts.map((f) => f.basis))).toEqual(new Set(BASES));
  });

  it("warns on the home page's volunteer-team chart that Haidian counts one campaign month", () => {
    const metric = data.metricById.get("volunteer-teams");
    expect(metric).toBeDefined();
    if (!metric) return;
    const spec = metricChart(data, metric);
    const caveats = comparisonCaveats(rowsOf(spec.facts, data));
    const basis = caveats.find((c) => c.startsWith("口径不同"));
    expect(basis).toMatch(/厦门市[^，]*为现有总量/);
    expect(basis).toMatch(/海淀区为一次活动或活动月期间的数字/);
  });

  it("places every district of Xiamen under Xiamen", () => {
    const districts = ["siming", "huli", "jimei", "haicang", "tongan", "xiangan"];
    for (const id of districts) expect(data.regionById.get(id)?.parent, id).toBe("xiamen");
  });
});
