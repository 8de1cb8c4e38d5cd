// The comparison logic on small hand-made places: which measures appear, in
// which order, and which notes an honest reading needs (years, containment,
// counting basis, levels, qualifiers).
import { describe, expect, it } from "vitest";
import {
  compare,
  containmentOf,
  latestFigures,
  type CompareFact,
  type CompareMetric,
  type ComparePlace,
  type PlaceFigures,
} from "../../../src/lib/compare/model.ts";

const METRICS: CompareMetric[] = [
  { id: "branches", name: "党支部", unit: "个", topic: "party" },
  { id: "teams", name: "志愿服务队", unit: "支", topic: "volunteer" },
  { id: "members", name: "党员", unit: "人", topic: "party" },
  { id: "unused", name: "无人报告", unit: "个", topic: "care" },
];
const xiamen: ComparePlace = { id: "xiamen", name: "厦门市", level: "city", ancestors: ["fujian"] };
const xiangan: ComparePlace = {
  id: "xiangan",
  name: "翔安区",
  level: "district",
  ancestors: ["xiamen", "fujian"],
};
const suzhou: ComparePlace = {
  id: "suzhou",
  name: "苏州市",
  level: "city",
  ancestors: ["jiangsu"],
};

const fact = (
  id: string,
  metric: string,
  value: number,
  period = "2023",
  extra: Partial<CompareFact> = {},
): CompareFact => ({
  id,
  metric,
  value,
  qualifier: "exact",
  period,
  source: "report",
  basis: "stock",
  ...extra,
});

const XIAMEN: PlaceFigures = {
  place: xiamen,
  facts: [fact("x-teams", "teams", 180), fact("x-members", "members", 42000)],
};
const XIANGAN: PlaceFigures = {
  place: xiangan,
  facts: [fact("xa-teams", "teams", 10000, "2023", { qualifier: "over" })],
};
const SUZHOU: PlaceFigures = {
  place: suzhou,
  facts: [fact("s-branches", "branches", 693, "2021"), fact("s-teams", "teams", 147, "2021")],
};

describe("compare", () => {
  it("lists every measure any chosen place reports, by topic, shared measures first", () => {
    const c = compare([XIAMEN, SUZHOU], METRICS);
    expect(c.topics.map((t) => [t.topic, t.rows.map((r) => r.metric.id)])).toEqual([
      ["party", ["branches", "members"]],
      ["volunteer", ["teams"]],
    ]);
    const teams = c.topics[1]?.rows[0];
    expect(teams?.reporting).toBe(2);
    expect(teams?.cells.map((cell) => cell.map((f) => f.id))).toEqual([["x-teams"], ["s-teams"]]);
    // A place without the measure gets an empty cell in its column, not a shifted one.
    expect(c.topics[0]?.rows[0]?.cells.map((cell) => cell.length)).toEqual([0, 1]);
  });

  it("puts measures two places report before those only one does, within a topic", () => {
    const both: PlaceFigures = { place: suzhou, facts: [fact("s-members", "members", 5)] };
    const c = compare(
      [XIAMEN, { place: both.place, facts: [...SUZHOU.facts, ...both.facts] }],
      METRICS,
    );
    expect(c.topics[0]?.rows.map((r) => [r.metric.id, r.reporting])).toEqual([
      ["members", 2],
      ["branches", 1],
    ]);
  });

  it("notes different years on a row", () => {
    const c = compare([XIAMEN, SUZHOU], METRICS);
    expect(c.topics[1]?.rows[0]?.notes).toEqual(["年份不同：2021年、2023年"]);
  });

  it("marks a place beside the place that contains it, on the table and on the shared rows", () => {
    const c = compare([XIAMEN, XIANGAN, SUZHOU], METRICS);
    expect(c.containment.map((p) => [p.outer.id, p.inner.id])).toEqual([["xiamen", "xiangan"]]);
    expect(c.notes.join("\n")).toContain("厦门市包含翔安区");
    const teams = c.topics.find((t) => t.topic === "volunteer")?.rows[0];
    expect(teams?.notes.some((n) => n.startsWith("厦门市包含翔安区"))).toBe(true);
    // A row only the city reports says nothing about containment.
    const members = c.topics
      .find((t) => t.topic === "party")
      ?.rows.find((r) => r.metric.id === "members");
    expect(members?.notes).toEqual([]);
  });

  it("says when places of different levels are compared, and what + means", () => {
    const c = compare([XIAMEN, XIANGAN], METRICS);
    expect(c.notes[0]).toMatch(/层级不同：市、区/);
    expect(c.notes.at(-1)).toMatch(/下限/);
    expect(compare([XIAMEN, SUZHOU], METRICS).notes).toEqual([]);
  });

  it("names the places whose figures count on different bases", () => {
    const withBasis = (p: PlaceFigures, basis: CompareFact["basis"]): PlaceFigures => ({
      ...p,
      facts: p.facts.map((f) => ({ ...f, basis })),
    });
    const c = compare([withBasis(XIAMEN, "stock"), withBasis(SUZHOU, "campaign")], METRICS);
    const teams = c.topics.find((t) => t.topic === "volunteer")?.rows[0];
    expect(teams?.notes).toContain(
      "口径不同：厦门市为现有总量，苏州市为一次活动或活动月期间的数字，不宜直接比较",
    );
    const same = compare([XIAMEN, SUZHOU], METRICS).topics.find((t) => t.topic === "volunteer");
    expect(same?.rows[0]?.notes.join()).not.toMatch(/口径/);
  });

  it("compares nothing to nothing", () => {
    expect(compare([], METRICS)).toEqual({ places: [], containment: [], topics: [], notes: [] });
  });
});

describe("containmentOf", () => {
  it("finds ancestors at any depth, in either order of choice", () => {
    const fujian: ComparePlace = { id: "fujian", name: "福建省", level: "province", ancestors: [] };
    expect(containmentOf([xiangan, fujian]).map((p) => `${p.outer.id}>${p.inner.id}`)).toEqual([
      "fujian>xiangan",
    ]);
    expect(containmentOf([suzhou, xiamen])).toEqual([]);
  });
});

describe("latestFigures", () => {
  it("keeps each measure's latest period, every figure of it, and drops earlier years", () => {
    const place: PlaceFigures = {
      place: suzhou,
      facts: [
        fact("b21", "branches", 600, "2021"),
        fact("b23", "branches", 693, "2023"),
        fact("b23-2", "branches", 12, "2023"),
        fact("t-span", "teams", 100, "2016-2020"),
        fact("t19", "teams", 90, "2019"),
      ],
    };
    const latest = latestFigures(place);
    expect(latest.place).toBe(suzhou);
    expect(latest.facts.map((f) => f.id)).toEqual(["b23", "b23-2", "t-span"]);
  });
});
