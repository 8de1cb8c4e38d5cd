// Each folder in tests/fixtures/data/ (except valid/) holds one kind of bad input:
// the files it overrides in valid/, and expected.txt with the exact problems the
// validator must print. An empty expected.txt means the input must be accepted.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formatProblem, loadDataset } from "../../../src/lib/data/index.ts";

const root = "tests/fixtures/data";
const cases = readdirSync(root).filter((name) => name !== "valid");
const scratch = mkdtempSync(join(tmpdir(), "silver-atlas-fixtures-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Builds valid/ with the case's files laid over it, in a scratch directory. */
function materialise(name: string): string {
  const dir = join(scratch, name);
  cpSync(join(root, "valid"), dir, { recursive: true });
  cpSync(join(root, name), dir, { recursive: true });
  return dir;
}

describe("data fixtures", () => {
  it("accepts the valid fixture", () => {
    const result = loadDataset(join(root, "valid"));
    expect(result.problems).toEqual([]);
    expect(result.dataset?.facts.map((f) => f.id)).toEqual([
      "demo-teams",
      "demo-volunteers",
      "demo-members",
      "demo-siming-teams",
    ]);
  });

  it.each(cases)("%s", (name) => {
    const dir = materialise(name);
    const expected = readFileSync(join(root, name, "expected.txt"), "utf8").trim();
    const result = loadDataset(dir);
    const shownAs = relative(process.cwd(), dir);
    const printed = result.problems
      .map(formatProblem)
      .map((line) => line.replaceAll(shownAs, `${root}/${name}`))
      .filter((line) => !line.includes("expected.txt"));
    expect(printed.join("\n")).toBe(expected);
    expect(result.dataset === undefined).toBe(expected !== "");
  });
});
