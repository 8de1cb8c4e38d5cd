// The extractor on a report it was not built on: a synthetic report written after it
// (tests/fixtures/extract/README.md), with every figure a curator would enter labelled by hand.
import { readFileSync } from "node:fs";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { QUALIFIERS, type Fact, type Qualifier } from "../../../src/lib/data/schema.ts";
import { extractCandidates } from "../../../src/lib/figures/candidates.ts";

const dir = "tests/fixtures/extract";
const text = readFileSync(`${dir}/synthetic-report.txt`, "utf8");
const labels = Papa.parse<Record<string, string>>(readFileSync(`${dir}/expected.csv`, "utf8"), {
  header: true,
  skipEmptyLines: true,
}).data;
const isQualifier = (q: string): q is Qualifier => (QUALIFIERS as readonly string[]).includes(q);
const facts: Fact[] = labels.map((row, i) => {
  const qualifier = row["qualifier"] ?? "";
  if (!isQualifier(qualifier)) throw new Error(`expected.csv:${i + 2}: bad qualifier`);
  return {
    id: `label-${i + 2}`,
    region: "",
    metric: "",
    value: Number(row["value"]),
    qualifier,
    period: "",
    source: "synthetic",
    quote: row["quote"] ?? "",
    note: "",
    note_en: "",
    basis: "period",
    relations: [],
    line: i + 2,
  };
});

describe("extract on an unseen (synthetic) report", () => {
  const rows = extractCandidates(text, { source: "synthetic", regions: [], metrics: [], facts });
  const found = new Set(rows.flatMap((r) => (r.existing ? r.existing.split(" ") : [])));
  const correct = rows.filter((r) => r.existing !== "").length;

  it("labels locate in the text (else the scores below would mean nothing)", () => {
    expect(facts).toHaveLength(28);
    for (const f of facts) expect(text.replace(/\s+/gu, ""), f.quote).toContain(f.quote);
  });

  it("finds ≥ 95 % of the labelled figures with the right value and qualifier", () => {
    expect(found.size / facts.length).toBeGreaterThanOrEqual(0.95);
  });

  it("proposes ≥ 85 % figures a curator would enter", () => {
    expect(correct / rows.length).toBeGreaterThanOrEqual(0.85);
  });
});
