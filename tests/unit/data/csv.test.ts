import { describe, expect, it } from "vitest";
import { parseCsv } from "../../../src/lib/data/csv.ts";

describe("parseCsv", () => {
  it("numbers records by the line they start on, across multi-line fields", () => {
    const { records, problems } = parseCsv('a,b\n1,"x\ny"\n\n3,4\n', "f.csv", ["a", "b"]);
    expect(problems).toEqual([]);
    expect(records).toEqual([
      { line: 2, fields: { a: "1", b: "x\ny" } },
      { line: 5, fields: { a: "3", b: "4" } },
    ]);
  });

  it("strips a BOM and accepts CRLF line ends", () => {
    const { records } = parseCsv("\uFEFFa,b\r\n1,2\r\n", "f.csv", ["a", "b"]);
    expect(records).toEqual([{ line: 2, fields: { a: "1", b: "2" } }]);
  });

  it("keeps markup in fields as text (escaping is the renderer's job)", () => {
    const { records } = parseCsv('a,b\n"<script>alert(1)</script>","a, ""b"""\n', "f.csv", ["a", "b"]);
    expect(records[0]?.fields).toEqual({ a: "<script>alert(1)</script>", b: 'a, "b"' });
  });

  it("parses a large file in one pass without losing line numbers", () => {
    const rows = Array.from({ length: 50_000 }, (_, i) => `${i},value ${i}`).join("\n");
    const { records, problems } = parseCsv(`a,b\n${rows}\n1,2,3\n`, "big.csv", ["a", "b"]);
    expect(records).toHaveLength(50_000);
    expect(problems).toEqual([
      {
        file: "big.csv",
        line: 50_002,
        message:
          'expected 2 fields, found 3: a field that holds an ASCII comma must be quoted; wrap the whole field in "…" (a " inside it is written "")',
      },
    ]);
  });

  it("hands each good record to a callback instead of collecting them, with the same problems", () => {
    const text = 'a,b\n1,"x\ny"\n2\n3,4\n';
    const seen: unknown[] = [];
    const streamed = parseCsv(text, "f.csv", ["a", "b"], (record) => seen.push(record));
    const collected = parseCsv(text, "f.csv", ["a", "b"]);
    expect(streamed.records).toEqual([]);
    expect(seen).toEqual(collected.records);
    expect(seen).toHaveLength(2);
    expect(streamed.problems).toEqual(collected.problems);
  });

  it("hands over no record when the header lacks a required column", () => {
    const seen: unknown[] = [];
    const { problems } = parseCsv("a\n1\n2\n", "f.csv", ["a", "b"], (record) => seen.push(record));
    expect(seen).toEqual([]);
    expect(problems.map((p) => p.message)).toEqual(['missing column "b"']);
  });
});
