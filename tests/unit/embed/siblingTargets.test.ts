// A sibling-compared place's topic charts as :target elements on its parent's page: the
// markup, a hiding rule per topic and a highlight rule per place, and marks naming places.
import { describe, expect, it } from "vitest";
import {
  HIGHLIGHT,
  siblingTargets,
  withPlaceMarks,
} from "../../../src/lib/embed/siblingTargets.ts";

const targets = [
  { id: "region-a-care", place: "a", name: "甲县", topic: "care" },
  { id: "region-a-party", place: "a", name: "甲县", topic: "party" },
  { id: "region-b-care", place: "b", name: "乙<县>", topic: "care" },
];

describe("siblingTargets", () => {
  const { html, css } = siblingTargets(targets);

  it("writes one hidden target per chart, naming its topic and place, with the highlight line", () => {
    expect(html.match(/<i /gu)).toHaveLength(3);
    expect(html).toContain(
      '<i class="sibling-target" id="region-a-care" data-topic="care" data-place="a" hidden>突出显示：甲县</i>',
    );
    expect(html).toContain("突出显示：乙&lt;县&gt;</i>");
  });

  it("writes a hiding rule per topic and a highlight rule per place, once each", () => {
    const rules = css.split("\n");
    expect(rules.filter((r) => r.includes(':not([data-topic="care"])'))).toEqual([
      'main:has(>i[data-topic="care"]:target)>.parent-chart:not([data-topic="care"]){display:none}',
    ]);
    expect(rules.filter((r) => r.includes(':not([data-topic="'))).toHaveLength(2);
    expect(rules.filter((r) => r.includes("--chart-bar"))).toEqual([
      `main:has(>i[data-place="a"]:target) [data-r="a"]{--chart-bar:${HIGHLIGHT};--chart-bar-qualified:${HIGHLIGHT};font-weight:700}`,
      `main:has(>i[data-place="b"]:target) [data-r="b"]{--chart-bar:${HIGHLIGHT};--chart-bar-qualified:${HIGHLIGHT};font-weight:700}`,
    ]);
  });

  it("adds nothing to a page without targets", () => {
    expect(siblingTargets([])).toEqual({ html: "", css: "" });
  });

  it("escapes quotes in attribute selectors", () => {
    const { css: odd } = siblingTargets([{ id: "x", place: 'a"b', name: "x", topic: "care" }]);
    expect(odd).toContain('[data-r="a\\"b"]');
  });
});

describe("withPlaceMarks", () => {
  it("names each known mark's place instead of its fact, and leaves the others", () => {
    const html = '<g class="mark q-exact" data-key="f1"><rect/></g><g class="mark" data-key="zz">';
    const places: Record<string, string> = { f1: "a" };
    expect(withPlaceMarks(html, (id) => places[id])).toBe(
      '<g class="mark q-exact" data-r="a"><rect/></g><g class="mark" data-key="zz">',
    );
  });
});
