// datapackage.json describes every column of the data contract, the new facts
// columns included, with the vocabularies the validator enforces.
import { describe, expect, it } from "vitest";
import { dataPackage } from "../../../src/lib/data/datapackage.ts";
import { BASES, COLUMNS, loadDataset, RELATION_KINDS } from "../../../src/lib/data/index.ts";

const { dataset } = loadDataset("tests/fixtures/data/valid");

describe("dataPackage", () => {
  if (!dataset) throw new Error("the valid fixture does not validate");
  const pkg = dataPackage(dataset, "https://example.org/");
  const facts = pkg.resources.find((r) => r.name === "facts");

  it("lists the facts columns in the order they are written, each with a description", () => {
    expect(facts?.schema.fields.map((f) => f.name)).toEqual([...COLUMNS.facts]);
    for (const field of facts?.schema.fields ?? []) expect(field.description, field.name).not.toBe("");
  });

  it("gives basis its vocabulary and relation its pattern", () => {
    const field = (name: string) => facts?.schema.fields.find((f) => f.name === name);
    expect(field("basis")?.constraints).toEqual({ required: true, enum: [...BASES] });
    const pattern = new RegExp(`^(?:${String(field("relation")?.constraints?.["pattern"])})$`);
    expect(pattern.test("different-scope:hda25-forum-visitors")).toBe(true);
    expect(pattern.test("part-of:a; restates:b-2")).toBe(true);
    expect(pattern.test("same-as:a")).toBe(false);
    expect(RELATION_KINDS.every((k) => pattern.test(`${k}:x`))).toBe(true);
    expect(field("note_en")?.constraints).toBeUndefined();
  });

  it("describes every file at its plain path, and a compressed one at its .gz path", () => {
    expect(pkg.resources.map((r) => r.path)).toEqual([
      "regions.csv",
      "metrics.csv",
      "sources.csv",
      "facts.csv",
      "population.csv",
    ]);
    expect(pkg.resources.every((r) => !("compression" in r))).toBe(true);
    const large = dataPackage(dataset, "https://example.org/", ["facts.csv"]);
    const resource = large.resources.find((r) => r.name === "facts");
    expect(resource).toMatchObject({ path: "facts.csv.gz", compression: "gz", format: "csv" });
    expect(large.resources.filter((r) => "compression" in r)).toHaveLength(1);
  });
});
