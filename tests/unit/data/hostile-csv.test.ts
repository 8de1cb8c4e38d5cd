// Awkward CSV files through the real `npm run validate` entry point: each one
// passes or fails with `file:line: message` lines — never a stack trace — and a
// 50 MB facts.csv (generated here, not committed) is read in one pass with a
// capped heap and its one bad row reported by line.
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const FIXTURES = "tests/fixtures/data";
const scratch = mkdtempSync(join(tmpdir(), "silver-atlas-hostile-csv-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Heap cap for the 50 MB run: about 1.5× what it needs today (~350 MB), ten times the file. */
const HEAP_MB = 512;

/** Runs scripts/validate.ts on `dataDir` (no stories) and returns its exit status and output. */
function validateCli(dataDir: string, nodeOptions = "") {
  const stories = join(scratch, "no-stories");
  mkdirSync(stories, { recursive: true });
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/validate.ts"], {
    env: { ...process.env, DATA_DIR: dataDir, STORIES_DIR: stories, NODE_OPTIONS: nodeOptions },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, output: result.stdout + result.stderr };
}

/** The valid fixture with `overlay`'s files on top, in a fresh scratch directory. */
function dataDirWith(name: string, overlay?: string): string {
  const dir = join(scratch, name);
  cpSync(join(FIXTURES, "valid"), dir, { recursive: true });
  if (overlay) cpSync(overlay, dir, { recursive: true });
  rmSync(join(dir, "expected.txt"), { force: true });
  return dir;
}

const STACK_TRACE = /^\s+at .+[:(]/m;

describe("awkward CSV files through npm run validate", () => {
  it.each([
    "bom-crlf",
    "ragged-row",
    "unterminated-quote",
    "empty-file",
    "comma-unquoted",
    "invalid-utf8",
    "gbk-file",
  ])(
    "%s: passes or fails with file:line messages only",
    (name) => {
      const dir = dataDirWith(name, join(FIXTURES, name));
      const expected = readFileSync(join(FIXTURES, name, "expected.txt"), "utf8").trim();
      const { status, output } = validateCli(dir);
      expect(output).not.toMatch(STACK_TRACE);
      expect(status).toBe(expected === "" ? 0 : 1);
      const shown = output.replaceAll(relative(process.cwd(), dir), `${FIXTURES}/${name}`);
      for (const line of expected.split("\n").filter(Boolean)) expect(shown).toContain(line);
    },
  );

  it("reports the one bad row of a 50 MB facts.csv by its line, within a capped heap", () => {
    const dir = dataDirWith("fifty-mb");
    const header = readFileSync(join(dir, "facts.csv"), "utf8").split("\n")[0] ?? "";
    const quote = "建成180支、近5000人的老党员志愿服务队";
    const rows = [header];
    let bytes = 0;
    for (let i = 0; bytes < 50 * 1024 * 1024; i++) {
      const row = `big-${i},xiamen,volunteers,5000,nearly,2023,demo-report,${quote},"生成的第${i}行, 说明带逗号","generated row ${i}, with a quoted, comma-laden note",stock,`;
      rows.push(row);
      bytes += Buffer.byteLength(row) + 1;
    }
    const badLine = rows.length - 100; // the 1-based line the bad row is inserted at, near the end
    rows.splice(badLine - 1, 0, `big-bad,atlantis,volunteers,5000,nearly,2023,demo-report,${quote},,,stock,`);
    writeFileSync(join(dir, "facts.csv"), rows.join("\n") + "\n");

    const started = performance.now();
    const { status, output } = validateCli(dir, `--max-old-space-size=${HEAP_MB}`);
    const seconds = (performance.now() - started) / 1000;
    console.log(`50 MB facts.csv (${rows.length} lines) validated in ${seconds.toFixed(1)} s`);

    expect(output).not.toMatch(STACK_TRACE);
    expect(output).not.toMatch(/heap out of memory/i);
    expect(status).toBe(1);
    expect(output).toContain(
      `${relative(process.cwd(), join(dir, "facts.csv"))}:${badLine}: unknown region "atlantis"`,
    );
    expect(output).toContain("\n1 problem in ");
  }, 180_000);
});
