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

describe("joinCjkLines at the edge of a link or emphasis", () => {
  it("drops a break that meets Chinese text on the other side", () => {
    expect(joinCjkLines("分成两个指标：\n", "", "离退休干部党支部")).toBe("分成两个指标：");
    expect(joinCjkLines("\n同样，厦门", "离退休干部党组织", "")).toBe("同样，厦门");
  });

  it("keeps it next to Latin text or a figure component (no text)", () => {
    expect(joinCjkLines("数据来自\n", "", "Haidian")).toBe("数据来自\n");
    expect(joinCjkLines("全区现有\n", "", "")).toBe("全区现有\n");
  });
});
