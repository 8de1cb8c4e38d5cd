// File snapshots of whole charts, pretty-printed one element per line so a
// change shows up as a readable diff. Open the .svg files to look at them.
import { describe, expect, it } from "vitest";
import { barChart } from "../../../src/lib/charts/barChart.ts";
import { dotChart } from "../../../src/lib/charts/dotChart.ts";
import { groupedBarChart } from "../../../src/lib/charts/groupedBarChart.ts";
import { MIXED, options, PLAIN } from "./fixtures.ts";
import { prettyXml } from "./xml.ts";

// Written as standalone files, as /charts/<id>.svg is: with the SVG namespace.
const normalise = (svg: string) =>
  prettyXml(svg.replace("<svg", '<svg xmlns="http://www.w3.org/2000/svg"'));

const CASES: Record<string, () => string> = {
  "bar-mixed": () => barChart(MIXED, options("bar-mixed")),
  "bar-plain": () => barChart(PLAIN, options("bar-plain", "支")),
  "bar-empty": () => barChart([], options("bar-empty")),
  grouped: () =>
    groupedBarChart(
      [
        ...MIXED.map((r) => ({ ...r, group: "vol" })),
        ...PLAIN.map((r) => ({ ...r, group: "teams" })),
      ],
      {
        ...options("grouped"),
        groups: [
          { id: "vol", title: "老年志愿者", unit: "人" },
          { id: "teams", title: "志愿服务队", unit: "支" },
        ],
      },
    ),
  "dot-percent": () =>
    dotChart(
      [
        {
          key: "a",
          label: "海淀区",
          value: 8.72,
          qualifier: "exact",
          period: "2023",
          level: "district",
        },
        { key: "b", label: "厦门市", value: 35, qualifier: "over", period: "2024", level: "city" },
        {
          key: "c",
          label: "XX县",
          value: 12.5,
          qualifier: "nearly",
          period: "2023",
          level: "county",
        },
      ],
      options("dot-percent", "%"),
    ),
};

describe("chart snapshots", () => {
  for (const [name, render] of Object.entries(CASES)) {
    it(name, async () => {
      await expect(normalise(render())).toMatchFileSnapshot(`./__snapshots__/${name}.svg`);
    });
  }
});
