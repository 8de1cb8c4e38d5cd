// The frontmatter check reads the YAML as written and reports each problem once,
// on the line of the bad value, with the value in the message.
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../../src/lib/data/index.ts";
import { checkFrontmatter } from "../../../src/lib/stories/frontmatter.ts";
import { isRealDay } from "../../../src/lib/stories/schema.ts";

const data = loadDataset("tests/fixtures/data/valid").dataset;
if (!data) throw new Error("fixture does not validate");
const base = 'title: t\ndek: d\ndate: 2026-11-25\nauthor: a\ntopics: ["volunteer"]\n';
const check = (yaml: string) =>
  checkFrontmatter("s.mdx", `---\n${yaml}---\n\nbody\n`, data).map(
    (p) => `${p.line}: ${p.message}`,
  );

describe("story frontmatter", () => {
  it("knows real days", () => {
    expect(["2026-11-25", "2024-02-29"].every(isRealDay)).toBe(true);
    expect(["2026-02-29", "2026-13-01", "2026-1-5", "2026-11-25T00:00:00Z"].some(isRealDay)).toBe(
      false,
    );
  });

  it("accepts a complete story, with CRLF line ends too", () => {
    const yaml = `${base}regions: ["xiamen"]\nheroChart:\n  metric: volunteer-teams\n  regions: ["xiamen", "siming"]\n`;
    expect(check(yaml)).toEqual([]);
    expect(
      checkFrontmatter("s.mdx", `---\r\n${yaml.replaceAll("\n", "\r\n")}---\r\n`, data),
    ).toEqual([]);
  });

  it("names the value and its line", () => {
    expect(check(`${base}regions: xiamen\nheroChart: volunteer-teams\n`)).toEqual([
      '7: regions: "xiamen" is not a list: write ["haidian"]',
      '8: heroChart: "volunteer-teams" is not a chart: write { metric: "…", regions: ["…"] }',
    ]);
    expect(check(`${base}regions: ["xiamen"]\nheroChart:\n  metric: volunteer-team\n`)).toEqual([
      '9: heroChart.metric: unknown measure "volunteer-team" (not in data/metrics.csv): did you mean "volunteer-teams"?',
    ]);
  });

  it("reports broken YAML at its line", () => {
    expect(check(`${base}regions: ["xiamen"\n`)).toEqual([
      "7: frontmatter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]",
    ]);
  });
});
