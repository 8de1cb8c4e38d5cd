// The built data package read by the Frictionless Data reference library for JavaScript
// (`datapackage` on npm), as a data journalist's tool would: the descriptor is valid, and
// every resource reads, typed against its schema, with foreign keys resolved, to exactly
// the rows of the data set. Without the declared CSV dialect the library sniffed the
// delimiter of metrics.csv wrongly and refused it.
import { Package } from "datapackage";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { getDataset } from "../../src/lib/data/index.ts";
import { SITE_DIR } from "../support/site.ts";

const dir = join(SITE_DIR, "data");
const data = getDataset();

describe("datapackage.json in the Frictionless library", () => {
  it("is a valid descriptor whose resources declare their encoding and dialect", async () => {
    const pkg = await Package.load(join(dir, "datapackage.json"), { basePath: dir, strict: true });
    expect(pkg.errors.map(String)).toEqual([]);
    expect(pkg.valid).toBe(true);
    const descriptor = JSON.parse(readFileSync(join(dir, "datapackage.json"), "utf8")) as {
      resources: { name: string; encoding?: string; dialect?: { delimiter?: string } }[];
    };
    for (const resource of descriptor.resources) {
      expect(resource.encoding, resource.name).toBe("utf-8");
      expect(resource.dialect?.delimiter, resource.name).toBe(",");
    }
  });

  it("reads every resource, typed and with its foreign keys, to the data set's rows", async () => {
    const pkg = await Package.load(join(dir, "datapackage.json"), { basePath: dir });
    const expected: Record<string, { length: number }> = {
      regions: data.regions,
      metrics: data.metrics,
      sources: data.sources,
      facts: data.facts,
      population: data.population,
    };
    expect(pkg.resources.map((r) => r.name).sort()).toEqual(Object.keys(expected).sort());
    for (const resource of pkg.resources) {
      const rows = await resource.read({ keyed: true, relations: true });
      expect(rows.length, resource.name).toBe(expected[resource.name]?.length);
    }
    const facts = await pkg.resources.find((r) => r.name === "facts")?.read({ keyed: true });
    const first = data.facts[0];
    expect(facts?.[0]).toMatchObject({ id: first?.id, quote: first?.quote, value: first?.value });
  });
});
