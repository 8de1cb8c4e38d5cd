// The compare page's URL state, the pre-built sets and the per-place chunks,
// on the real data set.
import { describe, expect, it } from "vitest";
import { placeChunk, placeFigures, readChunk } from "../../../src/lib/compare/chunks.ts";
import { MAX_PLACES, readPlaces, writePlaces } from "../../../src/lib/compare/query.ts";
import { compareSets, defaultSet, setsOf } from "../../../src/lib/compare/sets.ts";
import { loadDataset } from "../../../src/lib/data/index.ts";

const { dataset } = loadDataset("data");
if (!dataset) throw new Error("the real data set does not load");
const data = dataset;
const region = (id: string) => {
  const r = data.regionById.get(id);
  if (!r) throw new Error(id);
  return r;
};

describe("?places=", () => {
  it("round-trips ids in order", () => {
    expect(writePlaces(["jimei", "xiamen"])).toBe("?places=jimei,xiamen");
    expect(readPlaces("?places=jimei,xiamen")).toEqual(["jimei", "xiamen"]);
    expect(writePlaces([])).toBe("");
  });
  it("drops duplicates, non-slugs and places past the limit", () => {
    expect(readPlaces("?places=Jimei,,jimei,../x,<b>,xx-county")).toEqual(["jimei", "xx-county"]);
    const many = Array.from({ length: MAX_PLACES + 3 }, (_, i) => `p${i}`).join(",");
    expect(readPlaces(`?places=${many}`)).toHaveLength(MAX_PLACES);
    expect(readPlaces("")).toEqual([]);
  });
});

describe("pre-built sets", () => {
  it("defaults to the three places with the most figures", () => {
    expect(defaultSet(data).ids).toEqual(["haidian", "suzhou", "xiamen"]);
  });
  it("pairs each place with its parent only when both report, and groups siblings", () => {
    const slugs = compareSets(data).map((s) => s.slug);
    expect(slugs).toContain("in-xiamen");
    expect(slugs).toContain("jimei-and-parent");
    // Xiamen's parent (Fujian) and Haidian's (Beijing) report nothing.
    expect(slugs).not.toContain("xiamen-and-parent");
    expect(slugs).not.toContain("haidian-and-parent");
    expect(setsOf(data, region("jimei")).map((s) => s.ids)).toEqual([
      ["jimei", "xiamen"],
      ["siming", "huli", "jimei", "haicang", "tongan", "xiangan"],
    ]);
  });
});

describe("per-place chunks", () => {
  it("decode to every figure of the place, ancestors included", () => {
    const chunk = placeChunk(data, region("xiangan"));
    const { place, facts } = readChunk(JSON.parse(JSON.stringify(chunk)) as typeof chunk);
    expect(place).toEqual({
      id: "xiangan",
      name: "翔安区",
      level: "district",
      ancestors: ["xiamen", "fujian"],
    });
    expect(facts.map((f) => f.id)).toEqual(data.factsByRegion.get("xiangan")?.map((f) => f.id));
    const first = data.factsByRegion.get("xiangan")?.[0];
    expect(facts[0]).toMatchObject({
      id: first?.id,
      metric: first?.metric,
      value: first?.value,
      qualifier: first?.qualifier,
      period: first?.period,
      source: first?.source,
    });
  });
  it("tell twin figures (one measure, one period) apart by their clause", () => {
    const twins = placeFigures(data, ["haidian"])[0]?.facts.filter(
      (f) => f.metric === "talks-delivered",
    );
    expect(twins?.length).toBeGreaterThan(1);
    expect(new Set(twins?.map((f) => f.detail)).size).toBe(twins?.length);
  });
  it("skip unknown places", () => {
    expect(placeFigures(data, ["nowhere", "suzhou"]).map((p) => p.place.id)).toEqual(["suzhou"]);
  });
});

describe("sub-place sets of a large parent", () => {
  it("come in even groups of at most MAX_PLACES, each place in one", async () => {
    const { indexDataset } = await import("../../../src/lib/data/dataset.ts");
    const { siblingSets } = await import("../../../src/lib/compare/sets.ts");
    const regions = [
      { id: "p", name_zh: "某市", name_en: "P", level: "city" as const, parent: null },
      ...Array.from({ length: 13 }, (_, i) => ({
        id: `d${i}`,
        name_zh: `第${i}区`,
        name_en: `D${i}`,
        level: "district" as const,
        parent: "p",
      })),
    ];
    const facts = regions.slice(1).map((r, i) => ({
      ...(data.facts[0] as (typeof data.facts)[number]),
      id: `f${i}`,
      region: r.id,
    }));
    const big = indexDataset({ regions, metrics: [], sources: [], facts, population: [] });
    const parent = big.regionById.get("p");
    if (!parent) throw new Error("p");
    const sets = siblingSets(big, parent);
    expect(sets.map((s) => [s.slug, s.ids.length])).toEqual([
      ["in-p", 5],
      ["in-p-2", 5],
      ["in-p-3", 3],
    ]);
    expect(sets.flatMap((s) => s.ids)).toEqual(regions.slice(1).map((r) => r.id));
    expect(sets[2]?.title).toBe("某市下辖各地（3/3）");
  });
});

describe("jsonResponse", () => {
  it("writes no markup characters raw, and parses back to the same data", async () => {
    const { jsonResponse } = await import("../../../src/lib/compare/chunks.ts");
    const value = ["<script>", 'a&b"', "x>y"];
    const text = await jsonResponse(value).text();
    expect(text).not.toMatch(/[<>&]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});
