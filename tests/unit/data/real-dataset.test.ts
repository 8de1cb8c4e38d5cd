// The curated data set itself (data/), not a fixture: it validates, every report
// contributes, every measure is used, and no figure silently contradicts another.
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../../src/lib/data/index.ts";

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

  it("gives each place, measure, period and source one value unless a note says why", () => {
    const groups = new Map<string, typeof data.facts>();
    for (const f of data.facts) {
      const key = [f.region, f.metric, f.period, f.source].join("|");
      groups.set(key, [...(groups.get(key) ?? []), f]);
    }
    const unexplained = [...groups.values()]
      .filter((fs) => new Set(fs.map((f) => f.value)).size > 1)
      .flatMap((fs) => fs.filter((f) => f.note.trim() === "").map((f) => f.id));
    expect(unexplained).toEqual([]);
  });

  it("places every district of Xiamen under Xiamen", () => {
    const districts = ["siming", "huli", "jimei", "haicang", "tongan", "xiangan"];
    for (const id of districts) expect(data.regionById.get(id)?.parent, id).toBe("xiamen");
  });
});
