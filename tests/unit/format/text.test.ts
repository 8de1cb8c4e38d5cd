import { describe, expect, it } from "vitest";
import { joinSentences, quoted } from "../../../src/lib/format/text.ts";

describe("joinSentences", () => {
  it("runs Chinese sentences together without a space", () => {
    expect(joinSentences(["比较对象层级不同：市、区。", "年份不同：2023年、2025年。"])).toBe(
      "比较对象层级不同：市、区。年份不同：2023年、2025年。",
    );
    expect(joinSentences(["带“+”的数值为下限。”", "下一句"])).toBe("带“+”的数值为下限。”下一句");
  });

  it("keeps one space after other text and drops empty parts", () => {
    expect(joinSentences(["Volunteer teams", undefined, "  ", "4 places"])).toBe(
      "Volunteer teams 4 places",
    );
    expect(joinSentences([])).toBe("");
  });
});

describe("quoted", () => {
  it("frames a quote in “…”", () => {
    expect(quoted("全市147支")).toBe("“全市147支”");
  });

  it("never doubles a quotation mark the quote begins or ends with", () => {
    expect(quoted("“承诺制”助餐点87家")).toBe("「“承诺制”助餐点87家」");
    expect(quoted("建成运营4家“海淀食堂”")).toBe("「建成运营4家“海淀食堂”」");
    expect(quoted("开展“银龄”行动20场")).toBe("“开展“银龄”行动20场”");
  });
});
