// The Excel copies of the data files: which files get one (up to a size threshold), and
// the byte-order mark added to bytes without decoding them.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  BOM,
  CSV_FILES,
  EXCEL_COPY_MAX_BYTES,
  excelCopies,
  withBomBytes,
} from "../../../src/lib/data/downloads.ts";

describe("excelCopies", () => {
  const dir = mkdtempSync(join(tmpdir(), "excel-copies-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, "facts.csv"), "x".repeat(101));
  writeFileSync(join(dir, "regions.csv"), "x".repeat(100));
  writeFileSync(join(dir, "metrics.csv"), "");

  it("copies files up to the threshold, not above it, and none for a missing file", () => {
    expect(excelCopies(dir, 100)).toEqual(["regions.csv", "metrics.csv"]);
  });

  it("copies every file of the real data set (all far below 20 MiB)", () => {
    expect(EXCEL_COPY_MAX_BYTES).toBe(20 * 1024 * 1024);
    expect(excelCopies("data")).toEqual([...CSV_FILES]);
  });
});

describe("withBomBytes", () => {
  it("puts one byte-order mark before the bytes, never a second", () => {
    const csv = Buffer.from("id,名称\n", "utf8");
    const marked = withBomBytes(csv);
    expect(marked.toString("utf8")).toBe(`${BOM}id,名称\n`);
    expect(withBomBytes(marked).equals(marked)).toBe(true);
  });
});
