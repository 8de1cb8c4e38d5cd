// Shared and detached strings for a national data set's rows.
import { describe, expect, it } from "vitest";
import { detach, interner } from "../../../src/lib/data/intern.ts";

describe("interner", () => {
  it("returns one shared copy per distinct value, equal to the value", () => {
    const shared = interner();
    const text = "region,metric-with-a-long-name,region";
    const [a, b, c] = text.split(",");
    expect(shared(a ?? "")).toBe("region");
    expect(shared(c ?? "")).toBe(shared(a ?? ""));
    expect(shared(b ?? "")).toBe("metric-with-a-long-name");
  });

  it("detaches without changing the text", () => {
    expect(detach("")).toBe("");
    for (const text of ["全市建成志愿服务队147支", 'a "quoted" \\ back\nslash', "lone \ud800 surrogate"]) {
      expect(detach(text)).toBe(text);
    }
  });
});
