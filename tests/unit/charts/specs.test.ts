// Chart specs from data: a place's topic chart compares, so it only has panels
// for measures some other place reports too; rows that would read the same are
// told apart by their quotes.
import { describe, expect, it } from "vitest";
import { figureClause, regionTopicChart, rowsOf } from "../../../src/lib/charts/specs.ts";
import { loadDataset } from "../../../src/lib/data/index.ts";

const data = loadDataset("tests/fixtures/data/valid").dataset;
if (!data) throw new Error("fixture does not validate");
const region = (id: string) => {
  const r = data.regionById.get(id);
  if (!r) throw new Error(id);
  return r;
};

describe("regionTopicChart", () => {
  it("draws a panel only for measures another place also reports", () => {
    const spec = regionTopicChart(data, region("xiamen"), "volunteer");
    expect(spec?.metrics.map((m) => m.id)).toEqual(["volunteer-teams"]);
    expect(spec?.facts.map((f) => f.id).sort()).toEqual(["demo-siming-teams", "demo-teams"]);
  });

  it("draws nothing for a topic with no comparable measure", () => {
    expect(regionTopicChart(data, region("xiamen"), "care")).toBeUndefined();
  });
});

describe("figureClause", () => {
  it("picks the clause of a quote that states the figure", () => {
    expect(figureClause("组织专题宣讲10余场，累计受众约1000人次", 10)).toBe("组织专题宣讲10余场");
    expect(figureClause("组织专题宣讲10余场，累计受众约1000人次", 1000)).toBe("累计受众约1000人次");
  });

  it("does not cut inside quotation marks, and falls back to the whole quote", () => {
    expect(figureClause("开展“积极老龄观,健康老龄化”百场宣讲进社区活动", 100)).toBe(
      "开展“积极老龄观,健康老龄化”百场宣讲进社区活动",
    );
    expect(figureClause("两句，都没有", 7)).toBe("两句，都没有");
  });
});

describe("rowsOf", () => {
  it("tells apart two figures of one place, measure and period by their quotes", () => {
    const [base] = data.facts;
    if (!base) throw new Error("empty fixture");
    const twin = { ...base, id: `${base.id}-b`, value: 6, quote: "采取“点单式”宣讲6场" };
    const other = data.facts.find((f) => f.region !== base.region && f.metric === base.metric);
    const rows = rowsOf([base, twin, ...(other ? [other] : [])], data);
    expect(rows[0]?.detail).toBe(figureClause(base.quote, base.value));
    expect(rows[1]?.detail).toBe("采取“点单式”宣讲6场");
    if (other) expect(rows[2]?.detail).toBeUndefined();
    expect(rowsOf([base], data)[0]?.detail).toBeUndefined();
  });
});
