// The compare page's URL state, the pre-built sets and the per-parent chunks,
// on the real data set (and small made-up ones for what only a large set does).
import { describe, expect, it } from "vitest";
import {
  chunkFile,
  chunkFiles,
  chunkPath,
  placeFigures,
  placeTuples,
  readChunkFile,
} from "../../../src/lib/compare/chunks.ts";
import { MAX_PLACES, readPlaces, writePlaces } from "../../../src/lib/compare/query.ts";
import {
  compareSets,
  defaultSet,
  PAIR_PAGES_MAX_PLACES,
  setsOf,
  setUrl,
} from "../../../src/lib/compare/sets.ts";
import { indexDataset } from "../../../src/lib/data/dataset.ts";
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
    const file = chunkFile(data, [region("xiangan")]);
    const [decoded] = readChunkFile(JSON.parse(JSON.stringify(file)) as typeof file);
    const { place, facts } = decoded ?? { place: undefined, facts: [] };
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
  it("name each measure and source once per file, and decode every place sharing it", () => {
    const districts = data.regions.filter((r) => r.parent === "xiamen");
    const file = chunkFile(data, districts);
    expect(new Set(file.m).size).toBe(file.m.length);
    expect(new Set(file.s).size).toBe(file.s.length);
    const decoded = readChunkFile(JSON.parse(JSON.stringify(file)) as typeof file);
    expect(decoded.map((d) => d.place.id)).toEqual(districts.map((r) => r.id));
    for (const { place, facts } of decoded) {
      const expected = data.factsByRegion.get(place.id) ?? [];
      expect(facts.map((f) => [f.id, f.metric, f.source])).toEqual(
        expected.map((f) => [f.id, f.metric, f.source]),
      );
    }
  });
  it("refuse a figure whose measure is not in its file's list", () => {
    const file = chunkFile(data, [region("xiangan")]);
    const broken = { ...file, m: [] };
    expect(() => readChunkFile(broken)).toThrow(/no entry 0 in a list of 0/);
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

/** A made-up data set: city `p` (with a figure) and `children` districts, each with one. */
function madeUp(children: number) {
  const regions = [
    { id: "p", name_zh: "某市", name_en: "P", level: "city" as const, parent: null },
    ...Array.from({ length: children }, (_, i) => ({
      id: `d${i}`,
      name_zh: `第${i}区`,
      name_en: `D${i}`,
      level: "district" as const,
      parent: "p",
    })),
  ];
  const facts = regions.map((r, i) => ({
    ...(data.facts[0] as (typeof data.facts)[number]),
    id: `f${i}`,
    region: r.id,
  }));
  return indexDataset({ regions, metrics: [], sources: [], facts, population: [] });
}

describe("pages of a place beside its parent", () => {
  it("are built on a small data set such as the real one", () => {
    const jimei = setsOf(data, region("jimei"))[0];
    expect(jimei?.built).toBe(true);
    expect(jimei && setUrl(jimei)).toBe("/compare/jimei-and-parent/");
  });
  it("are not built on a large one, whose place pages open the script's page instead", () => {
    const big = madeUp(PAIR_PAGES_MAX_PLACES);
    expect(compareSets(big).filter((s) => s.kind === "parent")).toEqual([]);
    const [pair] = setsOf(big, big.regionById.get("d3") ?? region("jimei"));
    expect(pair).toMatchObject({ kind: "parent", ids: ["d3", "p"], built: false });
    expect(pair && setUrl(pair)).toBe("/compare/?places=d3,p");
    // One page per group of siblings remains (and the default page).
    expect(compareSets(big)).toHaveLength(1 + Math.ceil(PAIR_PAGES_MAX_PLACES / MAX_PLACES));
  });
});

describe("chunks per parent", () => {
  it("hold each place with figures once, in the chunk its places.json parent names", () => {
    const files = chunkFiles(data);
    const held = [...files.values()].flat().map((r) => r.id);
    expect(held.toSorted()).toEqual([...data.factsByRegion.keys()].toSorted());
    for (const [id, , , parent] of placeTuples(data))
      expect(files.get(chunkPath(id, parent))?.map((r) => r.id)).toContain(id);
    expect(files.get("/compare/in/xiamen.json")?.map((r) => r.id)).toEqual([
      "siming",
      "huli",
      "jimei",
      "haicang",
      "tongan",
      "xiangan",
    ]);
  });
  it("are one per parent, a place at the top having its own", () => {
    expect(chunkPath("jimei", "xiamen")).toBe("/compare/in/xiamen.json");
    expect(chunkPath("xx-county", "")).toBe("/compare/places/xx-county.json");
    expect(chunkFiles(madeUp(40)).size).toBe(2);
  });
});

describe("sub-place sets of a large parent", () => {
  it("come in even groups of at most MAX_PLACES, each place in one", async () => {
    const { siblingSets } = await import("../../../src/lib/compare/sets.ts");
    const big = madeUp(13);
    const parent = big.regionById.get("p");
    if (!parent) throw new Error("p");
    const sets = siblingSets(big, parent);
    expect(sets.map((s) => [s.slug, s.ids.length])).toEqual([
      ["in-p", 5],
      ["in-p-2", 5],
      ["in-p-3", 3],
    ]);
    expect(sets.flatMap((s) => s.ids)).toEqual(Array.from({ length: 13 }, (_, i) => `d${i}`));
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
