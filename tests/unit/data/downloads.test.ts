// The data files as published: which get an Excel copy (up to a size threshold), which are
// too large and published gzip-compressed instead (and under which name), the threshold an
// environment variable may lower, and the byte-order mark added to bytes without decoding them.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { compressDataFiles } from "../../../src/integrations/dataFiles.ts";
import {
  BOM,
  compressedFiles,
  CSV_FILES,
  EXCEL_COPY_MAX_BYTES,
  excelCopies,
  largeFileLimit,
  LARGE_FILE_ENV,
  publishedName,
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

describe("compressedFiles", () => {
  const dir = mkdtempSync(join(tmpdir(), "compressed-files-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, "facts.csv"), "x".repeat(101));
  writeFileSync(join(dir, "regions.csv"), "x".repeat(100));

  it("names the files over the threshold, not those at it, and no missing file", () => {
    expect(compressedFiles(dir, 100)).toEqual(["facts.csv"]);
    expect(compressedFiles(dir, 101)).toEqual([]);
  });

  it("publishes those files as .gz and every other under its own name", () => {
    const compressed = compressedFiles(dir, 100);
    expect(publishedName("facts.csv", compressed)).toBe("facts.csv.gz");
    expect(publishedName("regions.csv", compressed)).toBe("regions.csv");
  });

  it("compresses no file of the real data set (all far below 20 MiB)", () => {
    expect(compressedFiles("data")).toEqual([]);
  });
});

describe("largeFileLimit", () => {
  it("is 20 MiB unless the environment lowers it, and refuses what is not a byte count", () => {
    expect(largeFileLimit({})).toBe(EXCEL_COPY_MAX_BYTES);
    expect(largeFileLimit({ [LARGE_FILE_ENV]: "" })).toBe(EXCEL_COPY_MAX_BYTES);
    expect(largeFileLimit({ [LARGE_FILE_ENV]: "1000000" })).toBe(1_000_000);
    expect(() => largeFileLimit({ [LARGE_FILE_ENV]: "1 MB" })).toThrow(
      "LARGE_DATA_FILE_BYTES=1 MB: expected a whole number of bytes",
    );
  });
});

describe("compressDataFiles", () => {
  const dir = mkdtempSync(join(tmpdir(), "compress-data-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const data = join(dir, "data");
  const target = join(dir, "dist", "data");
  // Several chunks of a read stream (64 KiB each), with a byte-order mark and CRLF to keep.
  const facts = Buffer.from(`${BOM}id,quote\r\n${"f1,建成志愿服务队12支\r\n".repeat(20_000)}`);

  it("writes the gzip of the exact bytes of each file over the threshold, and nothing else", async () => {
    mkdirSync(data);
    writeFileSync(join(data, "facts.csv"), facts);
    writeFileSync(join(data, "regions.csv"), "id\na\n");
    expect(await compressDataFiles(data, target, 1000)).toEqual(["facts.csv.gz"]);
    expect(readdirSync(target)).toEqual(["facts.csv.gz"]);
    const gz = readFileSync(join(target, "facts.csv.gz"));
    expect(gunzipSync(gz).equals(facts)).toBe(true);
    expect(gz.length).toBeLessThan(facts.length / 10);
  });

  it("writes nothing, not even the folder, when no file is over it", async () => {
    const empty = join(dir, "empty");
    expect(await compressDataFiles(data, empty)).toEqual([]);
    expect(() => readdirSync(empty)).toThrow();
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
