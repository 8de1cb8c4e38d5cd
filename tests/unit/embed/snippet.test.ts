// Where each kind of chart is embedded and downloaded: its own page and files, or its
// place's or its parent's shared embed page (named by fragment) and CSV.
import { describe, expect, it } from "vitest";
import { parentCharts, standaloneCharts } from "../../../src/lib/charts/catalog.ts";
import {
  chartCsvPath,
  chartSvgPath,
  embedPath,
  embedSnippet,
} from "../../../src/lib/embed/snippet.ts";
import { loadDataset } from "../../../src/lib/data/index.ts";

const { dataset } = loadDataset("data");
if (!dataset) throw new Error("the real data set does not load");
const data = dataset;
const SITE = "https://silver-atlas.example.org";

describe("a parent's sub-place comparisons", () => {
  const xiamen = parentCharts(data).get("xiamen") ?? [];

  it("are grouped by parent and have no page or files of their own", () => {
    expect([...parentCharts(data).keys()]).toEqual(["xiamen"]);
    expect(xiamen.length).toBeGreaterThan(1);
    expect(xiamen.every((spec) => spec.id.endsWith("-in-xiamen"))).toBe(true);
    const own = new Set(standaloneCharts(data).map((spec) => spec.id));
    expect(xiamen.filter((spec) => own.has(spec.id))).toEqual([]);
  });

  it("are embedded through the parent's page, named by fragment, and download as its one CSV", () => {
    const spec = { id: "metric-volunteer-activities-in-xiamen", parent: "xiamen" };
    expect(embedPath(spec)).toEqual({
      page: "/embed/in/xiamen/",
      fragment: "#metric-volunteer-activities-in-xiamen",
    });
    expect(chartCsvPath(spec)).toBe("/charts/in-xiamen.csv");
    expect(chartSvgPath(spec)).toBeUndefined();
    expect(embedPath({ ...spec, parentPage: 2 }).page).toBe("/embed/in/xiamen/2/");
    expect(embedSnippet({ ...spec, title: "志愿活动" }, SITE)).toContain(
      `src="${SITE}/embed/in/xiamen/?theme=light#metric-volunteer-activities-in-xiamen"`,
    );
  });

  it("leave measure charts and places' topic charts where they were", () => {
    expect(embedPath({ id: "metric-volunteer-teams" })).toEqual({
      page: "/embed/metric-volunteer-teams/",
      fragment: "",
    });
    expect(chartSvgPath({ id: "metric-volunteer-teams" })).toBe(
      "/charts/metric-volunteer-teams.svg",
    );
    const topic = { id: "region-haidian-volunteer", place: "haidian" };
    expect(embedPath(topic).page).toBe("/embed/place/haidian/");
    expect(chartCsvPath(topic)).toBe("/charts/place-haidian.csv");
  });
});

describe("a sibling-compared place's topic chart", () => {
  it("is embedded as a target on its parent's page holding it, and downloads as the place's CSV", () => {
    const spec = { id: "region-p-c1-care", place: "p-c1", comparedIn: "p", parentPage: 2 };
    expect(embedPath(spec)).toEqual({ page: "/embed/in/p/2/", fragment: "#region-p-c1-care" });
    expect(embedPath({ ...spec, parentPage: 1 }).page).toBe("/embed/in/p/");
    expect(chartCsvPath(spec)).toBe("/charts/place-p-c1.csv");
    expect(chartSvgPath(spec)).toBeUndefined();
  });
});
