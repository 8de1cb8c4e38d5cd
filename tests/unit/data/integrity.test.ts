// Pure helpers behind the data-integrity messages: nearest ids, the closest
// passage of a snapshot, UTF-8 decoding with the failing byte, the place hierarchy.
import { describe, expect, it } from "vitest";
import { closestPassage } from "../../../src/lib/data/closest.ts";
import { decodeUtf8 } from "../../../src/lib/data/encoding.ts";
import { hierarchyProblems } from "../../../src/lib/data/hierarchy.ts";
import { didYouMean, editDistance, nearestId } from "../../../src/lib/data/suggest.ts";

describe("nearest id", () => {
  it("counts insertions, deletions, substitutions and swaps as one edit each", () => {
    expect(editDistance("xmc23-volunter-teams", "xmc23-volunteer-teams")).toBe(1);
    expect(editDistance("haidain", "haidian")).toBe(1);
    expect(editDistance("siming", "jimei")).toBe(4);
    expect(editDistance("abc", "abcdefgh", 2)).toBe(3);
  });

  it("suggests a close id and nothing for a distant one", () => {
    const ids = ["xmc23-volunteers", "xmc23-volunteer-teams", "hda25-meal-points"];
    expect(didYouMean("xmc23-volunter-teams", ids)).toBe(': did you mean "xmc23-volunteer-teams"?');
    expect(nearestId("atlantis", ["xiamen", "siming"])).toBeUndefined();
    expect(didYouMean("", ids)).toBe("");
  });
});

describe("closest passage", () => {
  const snapshot = "近年来，全市建成180支、近5000人的老党员志愿服务队，";
  it("aligns on the longest matching start and names the first difference", () => {
    expect(closestPassage(snapshot, "建成181支")).toEqual({ passage: "建成180支", character: 5, inQuote: "1", inSnapshot: "0" });
  });
  it("falls back to the longest matching end when the start differs", () => {
    expect(closestPassage(snapshot, "建立180支、近5000人")).toEqual({
      passage: "建成180支、近5000人",
      character: 2,
      inQuote: "立",
      inSnapshot: "成",
    });
  });
  it("gives up when nothing is alike", () => {
    expect(closestPassage(snapshot, "完全不同的话")).toBeUndefined();
  });
});

describe("UTF-8", () => {
  it("decodes valid UTF-8", () => {
    expect(decodeUtf8(Buffer.from("a,b\n厦门,1\n"))).toEqual({ text: "a,b\n厦门,1\n" });
  });
  it("names the line and byte of an invalid sequence", () => {
    const bytes = Buffer.concat([Buffer.from("a,b\nx"), Buffer.from([0xff, 0x41]), Buffer.from(",1\n")]);
    expect(decodeUtf8(bytes)).toEqual({
      problem: { line: 2, message: "not valid UTF-8: byte 0xFF at byte 2 of the line (offset 5 in the file); save the file as UTF-8" },
    });
  });
  it("recognises GBK text", () => {
    const gbk = Buffer.from([0x61, 0x0a, 0xcf, 0xc3, 0xc3, 0xc5, 0x0a]); // "a\n厦门\n" in GBK
    const result = decodeUtf8(gbk);
    expect("problem" in result && result.problem.message).toContain('save it again as "CSV UTF-8 (逗号分隔)"');
  });
});

describe("place hierarchy", () => {
  const row = (id: string, level: "province" | "city" | "district" | "county", parent: string | null, line: number) => ({ id, level, parent, line });
  it("accepts a tree whose levels descend", () => {
    expect(hierarchyProblems("r.csv", [row("fujian", "province", null, 2), row("xiamen", "city", "fujian", 3), row("siming", "district", "xiamen", 4)])).toEqual([]);
  });
  it("names a cycle once, from its first row", () => {
    const problems = hierarchyProblems("r.csv", [
      row("a", "city", "c", 2),
      row("b", "city", "a", 3),
      row("c", "city", "b", 4),
      row("d", "district", "a", 5),
    ]);
    expect(problems.map((p) => [p.line, p.message.split(" (")[0]])).toEqual([[2, "parent goes round in a cycle: a → c → b → a"]]);
  });
  it("refuses a county beside a district as its parent", () => {
    const problems = hierarchyProblems("r.csv", [row("x", "district", null, 2), row("y", "county", "x", 3)]);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.line).toBe(3);
  });
});
