// The pure half of <table-sort>: row order by one column.
import { describe, expect, it } from "vitest";
import { firstDirection, sortKey, sortOrder } from "../../../src/lib/tables/sort.ts";

describe("sortOrder", () => {
  it("sorts numbers by value both ways", () => {
    expect(sortOrder([10, 636, 147], "descending")).toEqual([1, 2, 0]);
    expect(sortOrder([10, 636, 147], "ascending")).toEqual([0, 2, 1]);
  });
  it("is stable and keeps empty cells last either way", () => {
    expect(sortOrder([5, "", 5, 9], "descending")).toEqual([3, 0, 2, 1]);
    expect(sortOrder([5, "", 5, 9], "ascending")).toEqual([0, 2, 3, 1]);
  });
  it("sorts Chinese text and periods, digits read as numbers", () => {
    expect(sortOrder(["2025年", "2016–2020年", "2021年"], "ascending")).toEqual([1, 2, 0]);
    expect(sortOrder(["第10", "第9"], "ascending")).toEqual([1, 0]);
  });
});

describe("sortKey", () => {
  it("reads data-sort as a number when it is one, else the cell text", () => {
    expect(sortKey("16000", "16,000+ 人")).toBe(16000);
    expect(sortKey("8.72", "8.72%")).toBe(8.72);
    expect(sortKey(undefined, "  海淀区 ")).toBe("海淀区");
    expect(sortKey("abc", "x")).toBe("x");
  });
  it("sorts numbers largest first and text A→Z on first click", () => {
    expect(firstDirection([1, 2])).toBe("descending");
    expect(firstDirection(["a"])).toBe("ascending");
  });
});
