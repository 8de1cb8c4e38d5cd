import { describe, expect, it } from "vitest";
import { formatDate, formatPublished } from "../../../src/lib/format/date.ts";

describe("one date style", () => {
  it("writes a date as precisely as it is known, without padding", () => {
    expect(formatPublished("2025")).toBe("2025年");
    expect(formatPublished("2023-07")).toBe("2023年7月");
    expect(formatPublished("2025-12-03")).toBe("2025年12月3日");
  });

  it("writes a story's date in the same style, in UTC", () => {
    expect(formatDate(new Date("2026-11-05T23:30:00Z"))).toBe("2026年11月5日");
  });

  it("leaves anything that is not a date as given", () => {
    expect(formatPublished("")).toBe("");
    expect(formatPublished("2025年春")).toBe("2025年春");
  });
});
