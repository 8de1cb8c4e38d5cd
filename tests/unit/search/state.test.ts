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

describe("searching the reports' text", () => {
  it("keeps the request in the URL as quotes=1, after the filters", () => {
    const state = { q: "志愿", filters: { type: "source" }, quotes: true };
    expect(writeState(state)).toBe("?q=%E5%BF%97%E6%84%BF&type=source&quotes=1");
    expect(readState(writeState(state))).toEqual(state);
  });

  it("leaves it out unless asked (a checkbox not ticked sends nothing)", () => {
    expect(readState("?q=a&quotes=0")).toEqual({ q: "a", filters: {} });
    expect(writeState({ q: "a", filters: {}, quotes: false })).toBe("?q=a");
  });
});
