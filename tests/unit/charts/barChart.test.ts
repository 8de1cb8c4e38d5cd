import { describe, expect, it } from "vitest";
import { barChart } from "../../../src/lib/charts/barChart.ts";
import { barWidth, HOSTILE, markOf, marksOf, MIXED, options, PLAIN } from "./fixtures.ts";
import { findAll, hasClass, parseXml, textOf, type XmlElement } from "./xml.ts";

const draw = (rows = MIXED, unit = "人") => parseXml(barChart(rows, options("vol", unit)));
const classed = (root: XmlElement, name: string) => findAll(root, (e) => hasClass(e, name));

describe("barChart", () => {
  it("draws one mark per row, keyed by the row key", () => {
    const root = draw();
    expect(marksOf(root)).toHaveLength(MIXED.length);
    expect(
      marksOf(root)
        .map((m) => m.attrs["data-key"])
        .sort(),
    ).toEqual(MIXED.map((r) => r.key).sort());
  });

  it("ranks bars largest first", () => {
    const keys = marksOf(draw()).map((m) => m.attrs["data-key"]);
    expect(keys).toEqual(["xiamen-vol", "suzhou-vol", "haidian-vol", "xx-vol"]);
  });

  it("draws bars proportional to value, from zero", () => {
    const root = draw(PLAIN);
    const [w100, w200, w50] = ["siming", "huli", "jimei"].map((k) => barWidth(markOf(root, k)));
    expect(w200).toBeCloseTo(2 * w100!, 1);
    expect(w100).toBeCloseTo(2 * w50!, 1);
  });

  it("labels each mark with place, level where the name does not say it, period and value", () => {
    const text = textOf(markOf(draw(), "haidian-vol"));
    expect(text).toContain("海淀区2023年");
    expect(text).not.toContain("（区）");
    const beijing = { ...PLAIN[0]!, key: "bj", label: "北京市", level: "province" as const };
    expect(textOf(markOf(draw([beijing, PLAIN[1]!]), "bj"))).toContain("北京市（省级）");
    // A chart labelled by measure gives the measure no level.
    const place = { id: "haidian", name: "海淀区", within: [] };
    const measure = {
      ...PLAIN[0]!,
      key: "m",
      label: "养老机构",
      level: "district" as const,
      place,
    };
    expect(textOf(markOf(draw([measure, PLAIN[1]!]), "m"))).not.toContain("（区）");
    expect(text).toContain("2023年");
    expect(text).toContain("1.6万+ 人");
    expect(textOf(markOf(draw(), "suzhou-vol"))).toContain("2016–2020年");
  });

  it("adds a row's detail after place and level, so twin rows read differently", () => {
    const rows = PLAIN.map((r, i) =>
      i < 2 ? { ...r, label: "海淀区", detail: `第${i + 1}项<&>` } : r,
    );
    const text = marksOf(draw(rows)).map(textOf).join("|");
    expect(text).toContain("海淀区：第1项<&>");
    expect(text).toContain("海淀区：第2项<&>");
  });

  it("wraps a label too long for its line instead of cutting it", () => {
    const label = "完成老年健康服务规范化建设的社区卫生服务中心";
    const long = { ...PLAIN[1]!, label, href: "/sources/x/#long" };
    const narrow = (rows: typeof PLAIN) =>
      parseXml(barChart(rows, { ...options("w"), width: 480 }));
    const height = (root: XmlElement) => Number(root.attrs["height"]);
    const wrapped = narrow([long, PLAIN[0]!]);
    const text = findAll(markOf(wrapped, "huli"), (e) => e.name === "text")
      .map(textOf)
      .join("");
    // All of the link's name is visible (axe label-content-name-mismatch), in reading order.
    expect(text).toBe(`${label}（区）2024年200 人`);
    expect(text).not.toContain("…");
    // The row grows by the extra line: its bar sits below the second line, the next row moves down.
    const short = narrow([PLAIN[1]!, PLAIN[0]!]);
    expect(height(wrapped) - height(short)).toBe(20);
    const barY = (root: XmlElement, key: string) =>
      Number(findAll(markOf(root, key), (e) => e.name === "rect")[0]?.attrs["y"]);
    for (const key of ["huli", "siming"]) expect(barY(wrapped, key) - barY(short, key)).toBe(20);
  });

  it("names each linked mark with its full text, which the mark also shows (no tooltip copy)", () => {
    const root = draw();
    const link = findAll(
      root,
      (e) => e.name === "a" && e.attrs["href"]?.endsWith("#xiamen-vol") === true,
    )[0];
    expect(link?.attrs["aria-label"]).toBe("厦门市，2025年：39.03万 人");
    const shown = textOf(markOf(root, "xiamen-vol"));
    for (const part of ["厦门市", "2025年", "39.03万 人"]) expect(shown).toContain(part);
    expect(findAll(root, (e) => e.name === "title")).toHaveLength(1);
  });

  it("shows qualifiers by shape and label, not colour alone", () => {
    const root = draw();
    expect(classed(markOf(root, "haidian-vol"), "arrow")).toHaveLength(1);
    expect(classed(markOf(root, "xiamen-vol"), "arrow")).toHaveLength(0);
    expect(classed(markOf(root, "xiamen-vol"), "approx")).toHaveLength(0);
    for (const key of ["suzhou-vol", "xx-vol"]) {
      expect(classed(markOf(root, key), "approx"), key).toHaveLength(1);
    }
    expect(textOf(markOf(root, "suzhou-vol"))).toContain("约 2.3万 人");
    expect(textOf(markOf(root, "xx-vol"))).toContain("近 5000 人");
  });

  it("adds a legend only when some value is qualified", () => {
    const legend = classed(draw(), "legend-item").map((e) => e.attrs["class"]);
    expect(legend).toEqual([
      "legend-item q-exact",
      "legend-item q-over",
      "legend-item q-about",
      "legend-item q-nearly",
    ]);
    expect(classed(draw(PLAIN), "legend")).toHaveLength(0);
  });

  it("draws caveats into the SVG when levels and periods mix, and none otherwise", () => {
    const notes = classed(draw(), "note").map(textOf).join("");
    expect(notes).toContain("比较对象层级不同：市、区、县");
    expect(notes).toContain("年份不同：");
    expect(classed(draw(PLAIN), "notes")[0]?.children).toHaveLength(0);
  });

  it("is an accessible, self-styled picture laid out for its width, not scaled", () => {
    const svg = barChart(MIXED, options("vol"));
    const root = parseXml(svg);
    expect(root.attrs["class"]).toBe("chart chart-bar");
    // No viewBox: one unit is one CSS pixel, so text keeps its size; the height is the content's.
    expect(root.attrs).not.toHaveProperty("viewBox");
    expect(root.attrs["width"]).toBe("100%");
    // Four bars without legend and notes (pages set those as HTML): four rows and an axis.
    const bare = parseXml(barChart(MIXED, { ...options("vol"), captions: false }));
    expect(Number(bare.attrs["height"])).toBeGreaterThan(4 * 50);
    expect(Number(bare.attrs["height"])).toBeLessThan(4 * 50 + 80);
    expect(Number(root.attrs["height"])).toBeGreaterThan(Number(bare.attrs["height"]));
    const [img] = findAll(root, (e) => e.attrs["role"] === "img");
    expect(img?.attrs["aria-labelledby"]).toBe("vol-title vol-desc");
    expect(findAll(img!, (e) => e.attrs["id"] === "vol-title")[0]?.name).toBe("title");
    expect(findAll(img!, (e) => e.attrs["id"] === "vol-desc")[0]?.name).toBe("desc");
    expect(svg).toContain(
      'font-family:"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif',
    );
    // Colours only through the style sheet, so the page's dark mode can override them.
    expect(
      findAll(root, (e) => "fill" in e.attrs || "stroke" in e.attrs || "style" in e.attrs),
    ).toEqual([]);
  });

  it("carries the style sheet unless told not to (a page's later charts share the first one's)", () => {
    const styles = (svg: string) => findAll(parseXml(svg), (e) => e.name === "style");
    expect(styles(barChart(PLAIN, options("s")))).toHaveLength(1);
    expect(styles(barChart(PLAIN, { ...options("s"), style: false }))).toEqual([]);
  });

  it("keeps links out of the role=img picture (axe nested-interactive)", () => {
    const root = draw();
    const [img] = findAll(root, (e) => e.attrs["role"] === "img");
    expect(findAll(img!, (e) => e.name === "a")).toEqual([]);
    const links = findAll(root, (e) => e.name === "a");
    expect(links.map((a) => a.attrs["href"])).toEqual([
      "/sources/xiamen-2025/#xiamen-vol",
      "/sources/haidian-2023/#haidian-vol",
    ]);
    expect(links[0]?.children[0]?.attrs["data-key"]).toBe("xiamen-vol");
  });

  it("wraps text for options.width (the narrowest column), and stretches marks in percent", () => {
    const long = { ...PLAIN[1]!, label: "完成老年健康服务规范化建设的社区" };
    const height = (width: number) =>
      Number(parseXml(barChart([long], { ...options("w"), width })).attrs["height"]);
    expect(height(280)).toBeGreaterThan(height(640));
    const [rect] = findAll(draw(PLAIN), (e) => e.name === "rect" && hasClass(e, "bar"));
    expect(rect?.attrs["width"]).toMatch(/^[\d.]+%$/);
    // Bars of positive values start at 0, the default x, which is left out.
    expect(rect?.attrs["x"]).toBeUndefined();
  });

  it("draws a single row", () => {
    const root = draw([PLAIN[0]!]);
    expect(marksOf(root)).toHaveLength(1);
    expect(barWidth(marksOf(root)[0]!)).toBeGreaterThan(0);
  });

  it("says 暂无数据 for no rows instead of failing", () => {
    const root = draw([]);
    expect(marksOf(root)).toHaveLength(0);
    expect(textOf(root)).toContain("暂无数据");
    expect(Number(root.attrs["height"])).toBeLessThan(100);
  });
});

describe("barChart escaping", () => {
  const rows = HOSTILE.map((label, i) => ({
    ...PLAIN[0]!,
    key: `k${i}"><script>`,
    label,
    value: i + 1,
    href: `/sources/x/#${label}`,
  }));
  const hostile = {
    ...options("evil"),
    title: HOSTILE.join(" "),
    description: HOSTILE.join(" "),
    unit: "</svg>&",
  };
  const svg = barChart(rows, hostile);

  it("produces well-formed XML with no injected elements", () => {
    const root = parseXml(svg);
    expect(svg).not.toMatch(/<script/i);
    expect(svg).not.toMatch(/<img/i);
    expect(findAll(root, (e) => e.name === "script" || e.name === "img")).toEqual([]);
    expect(svg.split("</svg>")).toHaveLength(3); // the outer and the inner picture, nothing more
  });

  it("keeps hostile text as text", () => {
    const root = parseXml(svg);
    for (const label of HOSTILE) expect(textOf(root)).toContain(label);
    expect(marksOf(root).map((m) => m.attrs["data-key"])).toContain('k0"><script>');
  });

  it("drops links that could run script", () => {
    const root = parseXml(
      barChart([{ ...PLAIN[0]!, href: " JavaScript:alert(1)" }], options("js")),
    );
    expect(findAll(root, (e) => e.name === "a")).toEqual([]);
    expect(marksOf(root)).toHaveLength(1);
  });
});
