// One case per number form the reports use: the figure as written, its value in
// base units, the qualifier its words give and the unit after it.
import { describe, expect, it } from "vitest";
import { readFigures } from "../../../src/lib/figures/figures.ts";

/** The figures of `text` that are not skipped, as `written value qualifier unit`. */
const read = (text: string) =>
  readFigures(text)
    .filter((f) => !f.skip)
    .map((f) => `${f.written} ${f.value} ${f.qualifier} ${f.unit ?? "-"}`);

describe("number forms", () => {
  it.each([
    ["Arabic", "建成180支队伍", "180 180 exact 支"],
    ["decimal percent", "占比45.2%", "45.2 45.2 exact %"],
    ["thousands separator", "惠及12,513户", "12,513 12513 exact 户"],
    ["万", "受众2.3万人次", "2.3万 23000 exact 人次"],
    ["万 with decimals", "签约39.03万人", "39.03万 390300 exact 人"],
    ["亿", "投入2.5亿元", "2.5亿 250000000 exact 元"],
    ["万余", "1.6万余名队员", "1.6万余 16000 over 名"],
    ["余万", "20余万人次", "20余万 200000 over 人次"],
    ["万多", "1万多名党员", "1万多 10000 over 名"],
    ["多", "1000多个党组织", "1000多 1000 over 个"],
    ["余", "宣讲240余场", "240余 240 over 场"],
    ["余 with 支", "服务队50余支", "50余 50 over 支"],
    ["万余元", "营业额302万余元", "302万余 3020000 over 元"],
    ["超过", "超过2000人", "超过2000 2000 over 人"],
    ["超", "覆盖超5000人", "超5000 5000 over 人"],
    ["逾", "逾2500班次", "逾2500 2500 over 班次"],
    ["以上 after the unit", "满意度90%以上", "90%以上 90 over %"],
    ["多 after a percent sign", "增长10%多", "10%多 10 over %"],
    ["百分之", "超过百分之九十的老人", "超过百分之九十 90 over %"],
    ["百分之 with 点", "占百分之三点五", "百分之三点五 3.5 exact %"],
    ["多 after a time unit", "服务队成立3年多", "3年多 3 over 年"],
    ["full-width digits", "资助１２３名学生", "１２３ 123 exact 名"],
    ["约", "约2000名老干部", "约2000 2000 about 名"],
    ["约有", "约有2000名老干部", "约有2000 2000 about 名"],
    ["超过了", "吸引了超过了1200名", "超过了1200 1200 over 名"],
    ["左右", "服务2000人左右", "2000人左右 2000 about 人"],
    ["近", "近5000人", "近5000 5000 nearly 人"],
    ["将近", "将近19万小时", "将近19万 190000 nearly 小时"],
    ["接近", "接近300户", "接近300 300 nearly 户"],
    ["上万", "受众上万人次", "上万 10000 over 人次"],
    ["至少 in the clause", "每季度至少组织开展一次活动", "一 1 over 次"],
    ["Chinese 十二", "十二个社区", "十二 12 exact 个"],
    ["Chinese 四十余", "四十余场", "四十余 40 over 场"],
    ["Chinese 六百余", "六百余户", "六百余 600 over 户"],
    ["Chinese 三千多", "三千多人", "三千多 3000 over 人"],
    ["Chinese 两", "连续举办两期", "两 2 exact 期"],
    ["Chinese 百余", "活动百余场次", "百余 100 over 场次"],
    ["Chinese 千余", "千余名代表", "千余 1000 over 名"],
    ["Chinese 超十万", "覆盖超十万人次", "超十万 100000 over 人次"],
    ["Chinese rate", "每季度选取一本好书", "一 1 exact 本"],
    ["spaces inside", "全市 147 支", "147 147 exact 支"],
    ["line breaks inside", "完\n\n工181部", "181 181 exact 部"],
    ["line break before the unit", "将近19万\n小时", "将近19万 190000 nearly 小时"],
  ])("%s: %s", (_form, text, expected) => {
    expect(read(text)).toEqual([expected]);
  });

  it("reads every figure of a sentence, in order", () => {
    expect(read("建成180支、近5000人的老党员志愿服务队")).toEqual([
      "180 180 exact 支",
      "近5000 5000 nearly 人",
    ]);
    expect(read("636支队伍、1.6万余名队员")).toEqual(["636 636 exact 支", "1.6万余 16000 over 名"]);
  });

  it("does not read the 万 of 4.2万 as a second number", () => {
    expect(readFigures("团结凝聚全市4.2万名老党员").map((f) => f.value)).toEqual([42000]);
  });

  it("gives each figure's span in the original text, whitespace included", () => {
    const text = "全市 147 支队伍";
    const [f] = readFigures(text);
    expect(f && text.slice(f.start, f.end)).toBe("147 支");
  });

  it("does not take 多次 after a year for a hedge", () => {
    expect(read("连续3年多次获评")).toEqual(["3 3 exact 年"]);
  });

  it("does not take 签约 or 附近 as a hedge", () => {
    expect(read("附近3个社区")).toEqual(["3 3 exact 个"]);
  });
});
