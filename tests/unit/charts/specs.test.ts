// Chart specs from data: a place's topic chart compares, so it only has panels
// for measures some other place reports too.
import { describe, expect, it } from "vitest";
import { regionTopicChart } from "../../../src/lib/charts/specs.ts";
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
