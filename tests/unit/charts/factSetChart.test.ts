// A story's chart of hand-picked facts: bars labelled by measure, the facts it
// was given and no others, one unit only.
import { describe, expect, it } from "vitest";
import { factSetChart } from "../../../src/lib/charts/factSetChart.ts";
import { renderChart } from "../../../src/lib/charts/render.ts";
import { loadDataset } from "../../../src/lib/data/index.ts";

const data = loadDataset("tests/fixtures/data/valid").dataset;
if (!data) throw new Error("fixture does not validate");

describe("factSetChart", () => {
  it("draws exactly the listed facts, with a stable id and the story as its page", () => {
    const spec = factSetChart(data, ["demo-teams", "demo-siming-teams"], {
      title: "两级队伍",
      page: "/stories/demo/",
    });
    expect(spec.facts.map((f) => f.id)).toEqual(["demo-teams", "demo-siming-teams"]);
    expect(spec.id).toMatch(/^facts-[0-9a-f]{8}$/);
    expect(factSetChart(data, ["demo-teams", "demo-siming-teams"]).id).toBe(spec.id);
    expect(factSetChart(data, ["demo-siming-teams", "demo-teams"]).id).not.toBe(spec.id);
    expect(spec.page).toBe("/stories/demo/");
    const svg = renderChart(spec, data);
    expect(svg.match(/<g class="mark[ "]/g)).toHaveLength(2);
    expect(svg).toContain("两级队伍");
  });

  it("labels bars by measure when they come from one place", () => {
    const spec = factSetChart(data, ["demo-volunteers", "demo-members"]);
    expect(spec.labelBy).toBe("metric");
    expect(spec.title).toBe("厦门市：志愿者人数");
    expect(renderChart(spec, data)).toContain("志愿者人数");
  });

  it("throws on mixed units and unknown facts", () => {
    expect(() => factSetChart(data, ["demo-teams", "demo-volunteers"])).toThrow(/mixes units/);
    expect(() => factSetChart(data, ["demo-teams", "nope"])).toThrow('unknown fact "nope"');
    expect(() => factSetChart(data, [])).toThrow(/lists no fact/);
  });
});
