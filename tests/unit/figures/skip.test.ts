// One case per skip rule: a number that is not a figure, the rule that says so,
// and numbers next to it that are figures and must not be skipped.
import { describe, expect, it } from "vitest";
import { readFigures } from "../../../src/lib/figures/figures.ts";
import { SKIP_RULES } from "../../../src/lib/figures/skip.ts";

/** Each number of `text` as `written:rule`, `-` for a figure. */
const rules = (text: string) => readFigures(text).map((f) => `${f.written}:${f.skip?.rule ?? "-"}`);

describe("skip rules", () => {
  it.each([
    ["date", "2025年海淀区老干部工作", ["2025:date"]],
    ["date", "2018、2019、2020年，连续3年荣获", ["2018:date", "2019:date", "2020:date", "3:-"]],
    ["date", "6月28日开展活动", ["6:date", "28:date"]],
    ["date", "2025年1-10月，累计", ["2025:date", "1:date", "10:date"]],
    ["weekday", "每逢周三开展", ["三:weekday"]],
    ["age", "惠及12513户90岁以上“老老人”", ["12513:-", "90岁以上:age"]],
    ["age", "签约65周岁及以上老年人39.03万人", ["65周岁及以上:age", "39.03万:-"]],
    ["age", "为2万户80-89周岁老年人家庭", ["2万:-", "80:age", "89:age"]],
    ["anniversary", "庆祝新中国成立76周年书画展", ["76:anniversary"]],
    ["ordinal", "开展第二批推荐工作", ["二:ordinal"]],
    ["ordinal", "第24期培训班", ["24:ordinal"]],
    ["congress", "党的二十届四中全会精神", ["二十:congress", "四:congress"]],
    ["congress", "学习党的二十大精神", ["二十:congress"]],
    ["time-frame", "近5年来，市委先后6次召开", ["近5:time-frame", "6:-"]],
    ["time-frame", "4年来累计接待来访243人次", ["4:time-frame", "243:-"]],
    ["time-frame", "五年来先后组织550余人次", ["五:time-frame", "550余:-"]],
    ["in-name", "探索“1+3+N”模式", ["1:in-name", "3:in-name"]],
    ["in-name", "开展“五个一”活动", ["五:in-name", "一:in-name"]],
    ["in-name", "举办“70年70人”肖像展", ["70:in-name", "70:in-name"]],
    ["in-name", "出版《银发100微故事集》", ["100:in-name"]],
    ["code", "推进5G+智慧养老", ["5:code"]],
    ["code", "“套餐式”“1+X”服务", ["1:in-name"]],
    ["code", "探索1+X服务", ["1:code"]],
    ["fixed-term", "区四套班子领导", ["四:fixed-term"]],
    ["slogan", "推行一人一策", ["一:slogan", "一:slogan"]],
    ["slogan", "推进六有一提升工程", ["六:slogan", "一:slogan"]],
    ["slogan", "以三个“必谈”为内容", ["三:slogan"]],
    ["list-parts", "在五大方面提出建议", ["五:list-parts"]],
    ["level", "三级养老服务网络", ["三:level"]],
    ["level", "四级调研员及以上5人", ["四:level", "5:-"]],
    ["vague", "开展数十场活动", ["十:vague"]],
    [
      "hyperbole",
      "千篇感言、万人热议、百万点赞",
      ["千:hyperbole", "万:hyperbole", "百万:hyperbole"],
    ],
    ["every", "让每一位老人", ["一:every"]],
    ["article", "选树了一批先进典型", ["一:article"]],
    ["no-unit", "坚持稳中求进、一体推进", ["一:no-unit"]],
  ])("%s: %s", (_rule, text, expected) => {
    expect(rules(text)).toEqual(expected);
  });

  it("keeps figures that look like skipped forms", () => {
    // How long a team has existed is a figure; 连续N年 counts years; 每…一 is a rate; 至少 bounds.
    expect(rules("服务队成立3年来")).toEqual(["3:-"]);
    expect(rules("连续四年开展主题党日活动")).toEqual(["四:-"]);
    expect(rules("每年精心确定一个主题")).toEqual(["一:-"]);
    expect(rules("至少开展一次行动")).toEqual(["一:-"]);
    expect(rules("16个“六好”示范党支部")).toEqual(["16:-", "六:in-name"]);
    expect(rules("获市党员教育视频大赛三等奖")).toEqual(["三:-"]);
    expect(rules("受众上万人次")).toEqual(["上万:-"]);
  });

  it("gives every rule a reason with an example", () => {
    for (const r of SKIP_RULES) expect(r.reason).toMatch(/\(.+\)/u);
    expect(new Set(SKIP_RULES.map((r) => r.rule)).size).toBe(SKIP_RULES.length);
  });
});
