import { describe, expect, it } from "vitest";
import { loadDataset } from "../../../src/lib/data/index.ts";
import { checkProps } from "../../../src/lib/stories/props.ts";
import { readingMinutes } from "../../../src/lib/stories/readingTime.ts";
import {
  checkReferences,
  findChartTags,
  findLoneFacts,
  findReferences,
} from "../../../src/lib/stories/references.ts";

const data = loadDataset("tests/fixtures/data/valid").dataset;
if (!data) throw new Error("fixture does not validate");

const story = `---
title: t
---
全市 <Fact id="demo-teams" /> 支队伍，
<SourceQuote fact="demo-volunteers" />

<Compare metric="volunteers" regions={["xiamen", "siming"]} />
<Chart metric='volunteer-teams' />
<Chart
  metric="volunteers"
  regions={["siming"]}
/>
<Chart facts={["demo-teams", "demo-siming-teams"]} title="队伍" />
`;

describe("story references", () => {
  it("finds every id a story cites, with its line", () => {
    expect(findReferences(story)).toEqual([
      { kind: "fact", id: "demo-teams", line: 4 },
      { kind: "fact", id: "demo-volunteers", line: 5 },
      { kind: "metric", id: "volunteers", line: 7 },
      { kind: "region", id: "xiamen", line: 7 },
      { kind: "region", id: "siming", line: 7 },
      { kind: "metric", id: "volunteer-teams", line: 8 },
      { kind: "metric", id: "volunteers", line: 9 },
      { kind: "region", id: "siming", line: 9 },
      { kind: "fact", id: "demo-teams", line: 13 },
      { kind: "fact", id: "demo-siming-teams", line: 13 },
    ]);
  });

  it("reads the charts a story draws", () => {
    expect(findChartTags(story)).toEqual([
      { metric: "volunteer-teams", line: 8 },
      { metric: "volunteers", regions: ["siming"], line: 9 },
      { facts: ["demo-teams", "demo-siming-teams"], title: "队伍", line: 13 },
    ]);
  });

  it("reports unknown facts, measures and places as file:line problems", () => {
    const bad =
      '全市 <Fact id="nope" /> 支\n<Compare metric="flying" regions={["xiamen", "atlantis"]} />';
    expect(checkReferences("s.mdx", bad, data)).toEqual([
      { file: "s.mdx", line: 1, message: 'unknown fact "nope"' },
      { file: "s.mdx", line: 2, message: 'unknown measure "flying"' },
      { file: "s.mdx", line: 2, message: 'unknown place "atlantis"' },
    ]);
    expect(checkReferences("s.mdx", story, data)).toEqual([]);
  });

  it("refuses a fact chart that mixes units or names no data", () => {
    const bad = '<Chart facts={["demo-teams", "demo-volunteers"]} />\n\n<Chart title="x" />';
    expect(checkReferences("s.mdx", bad, data)).toEqual([
      {
        file: "s.mdx",
        line: 1,
        message:
          '<Chart facts> mixes units ("demo-teams" in 支, "demo-volunteers" in 人): a chart has one axis, so list facts of one unit',
      },
    ]);
    // A <Chart> that names no data is a props problem, reported once by checkProps.
    expect(checkProps("s.mdx", bad)).toEqual([
      { file: "s.mdx", line: 3, message: '<Chart> needs metric="…" or facts={[…]}' },
    ]);
  });

  it("estimates reading time from Chinese characters", () => {
    expect(readingMinutes("字".repeat(1200))).toBe(3);
    expect(readingMinutes('<Fact id="x" />')).toBe(1);
  });

  it("refuses a <Fact> alone on its line, which MDX would make a paragraph of its own", () => {
    const split =
      '全区现有党支部\n\n<Fact id="demo-teams" />\n，其中……\n全市 <Fact id="demo-teams" /> 支\n  <Fact id="demo-teams"/>  ';
    expect(findLoneFacts(split)).toEqual([3, 6]);
    expect(checkReferences("s.mdx", split, data).map((p) => `${p.file}:${p.line}`)).toEqual([
      "s.mdx:3",
      "s.mdx:6",
    ]);
    expect(checkReferences("s.mdx", split, data)[0]?.message).toMatch(/^<Fact> stands alone/);
  });
});
