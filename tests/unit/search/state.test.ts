import { describe, expect, it } from "vitest";
import { readState, writeState } from "../../../src/lib/search/state.ts";

describe("search state in the URL", () => {
  it("round-trips a Chinese query with filters", () => {
    const state = { q: "志愿服务队", filters: { place: "苏州市", type: "measure" } };
    const query = writeState(state);
    expect(query).toBe(
      "?q=%E5%BF%97%E6%84%BF%E6%9C%8D%E5%8A%A1%E9%98%9F&type=measure&place=%E8%8B%8F%E5%B7%9E%E5%B8%82",
    );
    expect(readState(query)).toEqual(state);
  });

  it("drops empty and unknown parameters", () => {
    expect(readState("?q=+&place=&foo=bar")).toEqual({ q: "", filters: {} });
    expect(writeState({ q: "", filters: {} })).toBe("");
  });
});
