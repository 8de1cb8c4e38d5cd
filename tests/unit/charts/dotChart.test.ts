import { describe, expect, it } from "vitest";
import { dotChart } from "../../../src/lib/charts/dotChart.ts";
import { HOSTILE, markOf, marksOf, options } from "./fixtures.ts";
import { findAll, hasClass, parseXml, textOf, type XmlElement } from "./xml.ts";
import type { ChartRow } from "../../../src/lib/charts/types.ts";

const SHARES: ChartRow[] = [
  { key: "a", label: "海淀区", value: 8.72, qualifier: "exact", period: "2023", level: "district" },
  { key: "b", label: "厦门市", value: 35, qualifier: "over", period: "2023", level: "city" },
  { key: "c", label: "XX县", value: 17.44, qualifier: "about", period: "2023", level: "county" },
];
const draw = (rows = SHARES, unit = "%") => parseXml(dotChart(rows, options("share", unit)));
const cx = (mark: XmlElement) =>
  parseFloat(findAll(mark, (e) => e.name === "circle")[0]?.attrs["cx"] ?? "NaN");

describe("dotChart", () => {
  it("draws one dot mark per row, ranked", () => {
    const root = draw();
    expect(root.attrs["class"]).toBe("chart chart-dot");
    expect(marksOf(root).map((m) => m.attrs["data-key"])).toEqual(["b", "c", "a"]);
  });

  it("spans 0–100 for percentages, so positions are proportional to the share", () => {
    const root = draw();
    const ticks = findAll(root, (e) => e.name === "text" && hasClass(e, "tick")).map(textOf);
    expect(ticks[0]).toBe("0%");
    expect(ticks.at(-1)).toBe("100%");
    const zero = parseFloat(findAll(root, (e) => hasClass(e, "zero"))[0]?.attrs["x1"] ?? "NaN");
    expect(cx(markOf(root, "c")) - zero).toBeCloseTo(2 * (cx(markOf(root, "a")) - zero), 1);
  });

  it("does not stretch to 100 for other units", () => {
    const root = draw(SHARES, "个");
    const ticks = findAll(root, (e) => e.name === "text" && hasClass(e, "tick"));
    // Niced to the data (0–35 here), not to a 0–100 share scale: the largest dot nears the end.
    expect(Number(textOf(ticks.at(-1)!))).toBeLessThan(40);
    expect(Math.max(...marksOf(root).map(cx))).toBeGreaterThan(85);
  });

  it("marks qualifiers by shape and label", () => {
    const root = draw();
    expect(findAll(markOf(root, "b"), (e) => hasClass(e, "arrow"))).toHaveLength(1);
    expect(findAll(markOf(root, "c"), (e) => hasClass(e, "approx"))).toHaveLength(1);
    expect(textOf(markOf(root, "b"))).toContain("35%+");
    expect(textOf(markOf(root, "c"))).toContain("约 17.44%");
    expect(textOf(markOf(root, "a"))).toContain("8.72%");
  });

  it("states mixed levels and handles empty, single and hostile rows", () => {
    expect(
      findAll(draw(), (e) => hasClass(e, "note"))
        .map(textOf)
        .join(""),
    ).toContain("层级不同");
    expect(textOf(draw([]))).toContain("暂无数据");
    expect(marksOf(draw([SHARES[0]!]))).toHaveLength(1);
    const svg = dotChart(
      HOSTILE.map((label, i) => ({ ...SHARES[0]!, key: `h${i}`, label })),
      options("evil", "%"),
    );
    expect(svg).not.toMatch(/<script|<img/i);
    expect(marksOf(parseXml(svg))).toHaveLength(HOSTILE.length);
  });
});
