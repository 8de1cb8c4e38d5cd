// A build from bad data must stop with every problem as file:line and leave
// the previous output directory exactly as it was.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runBuild } from "../support/site.ts";

const scratch = mkdtempSync(join(tmpdir(), "silver-atlas-refuse-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("a build from bad data", () => {
  it("exits non-zero, lists every problem and keeps the last good dist/", () => {
    const dataDir = join(scratch, "data");
    cpSync("tests/fixtures/data/valid", dataDir, { recursive: true });
    cpSync("tests/fixtures/data/unknown-refs", dataDir, { recursive: true });
    const out = join(scratch, "dist");
    mkdirSync(out);
    writeFileSync(join(out, "index.html"), "last good build");

    const { status, stderr, stdout } = runBuild(out, { DATA_DIR: dataDir });
    const printed = stdout + stderr;
    expect(status).toBe(1);
    expect(printed).toMatch(/facts\.csv:3: unknown region "atlantis"/);
    expect(printed).toMatch(/facts\.csv:4: unknown metric "flying-cars"/);
    expect(printed).toMatch(/facts\.csv:5: unknown source "no-such-report"/);
    expect(readFileSync(join(out, "index.html"), "utf8")).toBe("last good build");
  });
});
