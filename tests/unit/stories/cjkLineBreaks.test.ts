import { describe, expect, it } from "vitest";
import { joinCjkLines } from "../../../src/lib/stories/cjkLineBreaks.ts";

describe("joinCjkLines", () => {
  it("drops a soft break between Chinese characters and punctuation", () => {
    expect(joinCjkLines("实现每2万常住人口配备1家养老驿站。\n这个比例")).toBe(
      "实现每2万常住人口配备1家养老驿站。这个比例",
    );
    expect(joinCjkLines("是总数，  \n  “承诺制”助餐点")).toBe("是总数，“承诺制”助餐点");
  });

  it("keeps a break next to Latin letters or digits, where a space belongs", () => {
    expect(joinCjkLines("Silver\nAtlas")).toBe("Silver\nAtlas");
    expect(joinCjkLines("共有\n403 个")).toBe("共有\n403 个");
    expect(joinCjkLines("数据来自\nHaidian")).toBe("数据来自\nHaidian");
  });

  it("leaves paragraph breaks alone", () => {
    expect(joinCjkLines("第一段。\n\n第二段。")).toBe("第一段。\n\n第二段。");
  });
});
