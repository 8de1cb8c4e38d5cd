import { describe, expect, it } from "vitest";
import { levelNote, withLevel } from "../../src/lib/labels.ts";

describe("withLevel", () => {
  it("adds no level the name already says", () => {
    expect(withLevel("苏州市", "city")).toBe("苏州市");
    expect(withLevel("海淀区", "district")).toBe("海淀区");
    expect(withLevel("XX县", "county")).toBe("XX县");
    expect(withLevel("福建省", "province")).toBe("福建省");
    expect(levelNote("翔安区", "district")).toBeUndefined();
  });

  it("keeps the level where it adds information", () => {
    expect(withLevel("北京市", "province")).toBe("北京市（省级）");
    expect(withLevel("昆山市", "county")).toBe("昆山市（县）");
    expect(levelNote("浦东", "district")).toBe("区");
  });
});
