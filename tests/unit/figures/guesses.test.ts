// The extractor's guesses of period, place and measure, one case per way of guessing.
import { describe, expect, it } from "vitest";
import type { Metric, Region } from "../../../src/lib/data/schema.ts";
import { guessMeasure } from "../../../src/lib/figures/measure.ts";
import { guessPeriod } from "../../../src/lib/figures/period.ts";
import { guessPlace, reportPlace } from "../../../src/lib/figures/place.ts";

describe("guessPeriod", () => {
  it.each([
    ["2024年主导制定国家标准", 2025, "2024"],
    ["2018年以来，全市共开展", 2021, "2018-2021"],
    ["2018、2019、2020年，连续", 2021, "2018-2020"],
    ["近5年来，市委先后", 2021, "2017-2021"],
    ["五年来先后组织全市", 2021, "2017-2021"],
    ["4年来累计接待来访", 2023, "2020-2023"],
    ["累计惠及", 2025, "2025"],
    ["全区现有养老机构", 2025, "2025"],
    ["全区现有养老机构", undefined, ""],
  ])("%s (report year %s) → %s", (lead, year, period) => {
    expect(guessPeriod(lead, year).period).toBe(period);
  });
});

const region = (
  id: string,
  name_zh: string,
  level: Region["level"],
  parent: string | null,
): Region => ({
  id,
  name_zh,
  name_en: id,
  level,
  parent,
});
const regions = [
  region("beijing", "北京市", "province", null),
  region("haidian", "海淀区", "district", "beijing"),
  region("xiamen", "厦门市", "city", null),
  region("siming", "思明区", "district", "xiamen"),
];

describe("guessPlace", () => {
  const haidian = regions[1];
  it("takes a place named in the sentence, short names included", () => {
    expect(
      guessPlace({ sentence: "思明组建23支队伍", line: "", heading: "" }, regions).region,
    ).toBe("siming");
  });
  it("lets a section heading, then the report's place, stand in", () => {
    expect(
      guessPlace(
        { sentence: "组建23支队伍", line: "", heading: "思明区委老干部局 近邻党建" },
        regions,
      ).region,
    ).toBe("siming");
    expect(
      guessPlace(
        {
          sentence: "组建23支队伍",
          line: "",
          heading: "",
          ...(haidian ? { report: haidian } : {}),
        },
        regions,
      ).region,
    ).toBe("haidian");
  });
  it("keeps the report's district when the sentence names only its province (the issuer of a title)", () => {
    const guess = guessPlace(
      {
        sentence: "6个支部被评为北京市“六好”示范党支部",
        line: "",
        heading: "",
        ...(haidian ? { report: haidian } : {}),
      },
      regions,
    );
    expect(guess.region).toBe("haidian");
  });
  it("does not take 北京大学 for Beijing, and finds a report's place in its publisher", () => {
    expect(
      guessPlace({ sentence: "赴北京大学学习培训", line: "", heading: "" }, regions).region,
    ).toBe("");
    expect(reportPlace("匠心打造最美窗口", "厦门市委老干部局", "", regions)?.id).toBe("xiamen");
  });
});

describe("guessMeasure", () => {
  const metric = (id: string, name_zh: string, unit_zh: string): Metric => ({
    id,
    name_zh,
    name_en: id,
    unit_zh,
    unit_en: "",
    topic: "volunteer",
    definition_zh: "",
  });
  const metrics = [
    metric("volunteer-teams", "志愿服务队", "支"),
    metric("volunteers", "志愿者", "人"),
  ];
  it("picks a measure in the figure's unit whose name shares words with the clause", () => {
    expect(guessMeasure("组建志愿服务队128支", "支", "teams", metrics).metric).toBe(
      "volunteer-teams",
    );
    // 名 counts people, like 人.
    expect(guessMeasure("注册志愿者2000名", "名", "people", metrics).metric).toBe("volunteers");
  });
  it("suggests a new id named after the unit when nothing fits", () => {
    expect(guessMeasure("配送餐食46万份", "份", "copies", metrics)).toMatchObject({
      metric: "new-copies",
      known: false,
    });
  });
});
