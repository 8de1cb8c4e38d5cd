// Chart rows shared by the chart tests: the real shapes of Silver Atlas figures
// (mixed levels, periods and qualifiers), plus hostile labels.
import type { ChartOptions, ChartRow } from "../../../src/lib/charts/types.ts";
import { findAll, hasClass, type XmlElement } from "./xml.ts";

/** One measure across four places of three levels, four periods and every qualifier. */
export const MIXED: ChartRow[] = [
  {
    key: "haidian-vol",
    label: "海淀区",
    value: 16000,
    qualifier: "over",
    period: "2023",
    level: "district",
    href: "/sources/haidian-2023/#haidian-vol",
  },
  {
    key: "xiamen-vol",
    label: "厦门市",
    value: 390300,
    qualifier: "exact",
    period: "2025",
    level: "city",
    href: "/sources/xiamen-2025/#xiamen-vol",
  },
  {
    key: "xx-vol",
    label: "XX县",
    value: 5000,
    qualifier: "nearly",
    period: "2021",
    level: "county",
  },
  {
    key: "suzhou-vol",
    label: "苏州市",
    value: 23000,
    qualifier: "about",
    period: "2016-2020",
    level: "city",
  },
];

/** Same level, same year, all exact: a comparison that needs no caveat. */
export const PLAIN: ChartRow[] = [
  {
    key: "siming",
    label: "思明区",
    value: 100,
    qualifier: "exact",
    period: "2024",
    level: "district",
  },
  {
    key: "huli",
    label: "湖里区",
    value: 200,
    qualifier: "exact",
    period: "2024",
    level: "district",
  },
  {
    key: "jimei",
    label: "集美区",
    value: 50,
    qualifier: "exact",
    period: "2024",
    level: "district",
  },
];

/**
 * Same level and year, but one place counts the teams active in one volunteer-service
 * month while the others give their standing totals (the home page's volunteer-team chart).
 */
export const BASES_DIFFER: ChartRow[] = [
  { ...PLAIN[0]!, basis: "campaign" },
  { ...PLAIN[1]!, basis: "stock" },
  { ...PLAIN[2]!, basis: "stock" },
];

/** Labels that would break out of SVG/HTML if they were not escaped. */
export const HOSTILE = [
  "<script>alert(1)</script>",
  "A & B",
  '"><img src=x onerror=alert(1)>',
  "</svg>",
];

/** Options of a chart with id `id`. */
export const options = (id: string, unit = "人"): ChartOptions => ({
  id,
  title: "老年志愿者人数",
  description: "各地老年志愿者人数，按数值从大到小排列。",
  unit,
});

/** The `<g class="mark">` elements of a parsed chart, in drawing order. */
export const marksOf = (root: XmlElement) =>
  findAll(root, (e) => e.name === "g" && hasClass(e, "mark"));

/** The mark drawn for row `key`. */
export function markOf(root: XmlElement, key: string): XmlElement {
  const mark = marksOf(root).find((m) => m.attrs["data-key"] === key);
  if (!mark) throw new Error(`no mark for ${key}`);
  return mark;
}

/** Width of the bar inside a mark, in percent of the chart's width. */
export function barWidth(mark: XmlElement): number {
  const [rect] = findAll(mark, (e) => e.name === "rect" && hasClass(e, "bar"));
  return parseFloat(rect?.attrs["width"] ?? "NaN");
}

/**
 * A city, two of its districts and a district elsewhere on one measure: 翔安区 and 思明区 lie
 * inside 厦门市 (as `rowsOf` records it), 海淀区 does not.
 */
export const NESTED: ChartRow[] = [
  {
    key: "xiamen-talks",
    label: "厦门市",
    value: 23000,
    qualifier: "exact",
    period: "2023",
    level: "city",
    place: { id: "xiamen", name: "厦门市", within: ["fujian"] },
  },
  {
    key: "xiangan-talks",
    label: "翔安区",
    value: 10000,
    qualifier: "over",
    period: "2023",
    level: "district",
    place: { id: "xiangan", name: "翔安区", within: ["xiamen", "fujian"] },
  },
  {
    key: "siming-talks",
    label: "思明区",
    value: 800,
    qualifier: "exact",
    period: "2023",
    level: "district",
    place: { id: "siming", name: "思明区", within: ["xiamen", "fujian"] },
  },
  {
    key: "haidian-talks",
    label: "海淀区",
    value: 3000,
    qualifier: "exact",
    period: "2023",
    level: "district",
    place: { id: "haidian", name: "海淀区", within: ["beijing"] },
  },
];
