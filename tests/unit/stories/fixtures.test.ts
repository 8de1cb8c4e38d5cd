// Each folder in tests/fixtures/stories/ holds a story with one kind of slip and
// expected.txt with the exact problems `npm run validate` must print for it,
// checked against the real data set (the stories cite its ids).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatProblem, loadDataset } from "../../../src/lib/data/index.ts";
import { checkStories } from "../../../src/lib/stories/check.ts";

const root = "tests/fixtures/stories";
const data = loadDataset("data").dataset;
if (!data) throw new Error("data/ does not validate; run npm run validate");

describe("story fixtures", () => {
  it("accepts the site's own stories", () => {
    expect(checkStories(data, "src/content/stories").map(formatProblem)).toEqual([]);
  });

  it.each(readdirSync(root))("%s", (name) => {
    const expected = readFileSync(join(root, name, "expected.txt"), "utf8").trim();
    const printed = checkStories(data, join(root, name)).map(formatProblem);
    expect(printed.join("\n")).toBe(expected);
    // Plain text an editor can act on: no markdown markup, no stack trace.
    for (const line of printed) expect(line).not.toMatch(/\*\*|\n\s+at /u);
  });
});
