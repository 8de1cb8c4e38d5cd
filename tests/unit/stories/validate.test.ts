// `npm run validate` checks the stories after the data: every problem on its own
// line, then a count that says where the problems are (it builds nothing).
import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { validate } from "../../../scripts/validate.ts";

afterEach(() => {
  delete process.env["STORIES_DIR"];
});

describe("npm run validate", () => {
  it("prints each story problem once and a count, and fails", () => {
    process.env["STORIES_DIR"] = "tests/fixtures/stories/wrong-prop";
    const lines: string[] = [];
    expect(validate("data", (line) => lines.push(line))).toBe(false);
    const expected = readFileSync("tests/fixtures/stories/wrong-prop/expected.txt", "utf8").trim();
    expect(lines).toEqual([
      ...expected.split("\n"),
      "\n3 problems in tests/fixtures/stories/wrong-prop/.",
    ]);
  });

  it("says what it checked when everything is valid", () => {
    const lines: string[] = [];
    expect(validate("data", (line) => lines.push(line))).toBe(true);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^data\/ is valid: \d+ facts, .*; \d+ stories checked \(\d+ ms\)$/u);
  });
});
