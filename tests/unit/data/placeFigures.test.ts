// Which figures a place page lists, and where the links back from a quote land: every
// figure of a small place has its own row; a large place's earlier figures land on the
// row of their measure's latest figure.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generateSynthetic } from "../../../scripts/synth.ts";
import { figureLinks } from "../../../src/lib/data/figureLinks.ts";
import { loadDataset } from "../../../src/lib/data/index.ts";
import { isCompactPlace, PLACE_TABLE_MAX, shownAs } from "../../../src/lib/data/placeFigures.ts";

const scratch = mkdtempSync(join(tmpdir(), "silver-atlas-place-figures-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("place figures", () => {
  it("lists every figure of every real place (none is compact)", () => {
    const { dataset } = loadDataset("data");
    if (!dataset) throw new Error("the real data set does not load");
    for (const region of dataset.regions) expect(isCompactPlace(dataset, region.id)).toBe(false);
    for (const fact of dataset.facts) expect(shownAs(dataset, fact)).toBe(fact);
  });

  it("shows a large place's earlier figures through its measure's latest one", () => {
    generateSynthetic({ places: 4, metrics: 40, years: 5, seed: 1 }, scratch);
    const { dataset } = loadDataset(scratch);
    if (!dataset) throw new Error("the synthetic data set does not load");
    const [place] = dataset.regions.filter((r) => isCompactPlace(dataset, r.id));
    if (!place) throw new Error("no synthetic place has more than the table's figures");
    const facts = dataset.factsByRegion.get(place.id) ?? [];
    expect(facts.length).toBeGreaterThan(PLACE_TABLE_MAX);
    const links = figureLinks(dataset, facts);
    let earlier = 0;
    for (const fact of facts) {
      const shown = shownAs(dataset, fact);
      expect([shown.region, shown.metric]).toEqual([fact.region, fact.metric]);
      expect(Number(shown.period.slice(-4))).toBeGreaterThanOrEqual(Number(fact.period.slice(-4)));
      if (shown !== fact) earlier++;
      expect(links.get(fact.id)?.place.href).toBe(`/regions/${place.id}/#fact-${shown.id}`);
    }
    // Five years of each measure: four of every five figures are earlier ones.
    expect(earlier).toBeGreaterThan(facts.length / 2);
  });
});
