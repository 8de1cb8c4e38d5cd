// Social cards as pixels: the PNG has the stated size, is not blank, and its
// Chinese text is drawn with the font the project ships (system fonts are
// never loaded, so text without our font would leave no ink at all).
import { Resvg } from "@resvg/resvg-js";
import { describe, expect, it } from "vitest";
import { cardSvg } from "../../../src/lib/charts/card.ts";
import { FONT_FILES, renderPng } from "../../../src/lib/charts/raster.ts";
import { EXPORT_FONT } from "../../../src/lib/charts/theme.ts";

/** Dark pixels (any channel under 128) in the box, from resvg's RGBA buffer. */
function ink(
  svg: string,
  fontFiles: string[],
  box: { x: number; y: number; w: number; h: number },
) {
  const image = new Resvg(svg, {
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: EXPORT_FONT },
    fitTo: { mode: "zoom", value: 2 },
    background: "#ffffff",
  }).render();
  const pixels = image.pixels;
  let dark = 0;
  for (let y = box.y; y < box.y + box.h; y++)
    for (let x = box.x; x < box.x + box.w; x++) {
      const i = (y * image.width + x) * 4;
      if ((pixels[i] ?? 255) < 128 || (pixels[i + 1] ?? 255) < 128 || (pixels[i + 2] ?? 255) < 128)
        dark++;
    }
  return dark;
}

const CARD = cardSvg({
  kicker: "银龄图谱 Silver Atlas · 指标",
  title: "老党员志愿服务队：各地比较",
  figures: [
    { value: "636 支", label: "海淀区（区）\n2025年", share: 1 },
    { value: "1.6万+ 名", label: "厦门市（市）\n2023年", share: 0.3 },
  ],
  footer: "silver-atlas.example.org/metrics/volunteer-teams/",
});

describe("social card PNG", () => {
  it("is 1,200 × 630", async () => {
    const png = await renderPng(CARD);
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });

  it("is not blank: the title line has ink", () => {
    // The title's first line sits at y ≈ 84 of the 315-px sheet, 64–560 px across (×2).
    expect(ink(CARD, FONT_FILES, { x: 64, y: 120, w: 1000, h: 60 })).toBeGreaterThan(2000);
  });

  it("draws Chinese text with the shipped CJK font, and with nothing else", () => {
    const text = `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="60"><text x="10" y="40" font-size="32" font-family="${EXPORT_FONT}">银龄图谱</text></svg>`;
    const box = { x: 0, y: 0, w: 400, h: 120 };
    expect(ink(text, FONT_FILES, box)).toBeGreaterThan(1000);
    // Without the shipped files there is no font at all: the same text leaves no ink.
    expect(ink(text, [], box)).toBe(0);
    // A character outside the core file (the rest of GB2312) falls back to the extra file.
    const rare = text.replace("银龄图谱", "鼗");
    expect(ink(rare, [FONT_FILES[0] ?? ""], box)).toBe(0);
    expect(ink(rare, FONT_FILES, box)).toBeGreaterThan(100);
  });
});
