/**
 * Rasterises a social card to PNG at build time with resvg, drawing every
 * glyph with the CJK font shipped in src/fonts: the builder's installed fonts
 * are never consulted (`loadSystemFonts: false`).
 */
import { renderAsync, type ResvgRenderOptions } from "@resvg/resvg-js";
import { resolve } from "node:path";
import { EXPORT_FONT } from "./theme.ts";

/**
 * The shipped font: Noto Sans CJK SC cut to the project's characters (core) and the rest of
 * GB2312 (extra), see scripts/subset-font.py. resvg falls back from one to the other per glyph.
 */
export const FONT_FILES = ["Core", "Extra"].map((part) =>
  resolve(process.cwd(), `src/fonts/NotoSansSC-Silver-${part}.otf`),
);

/** resvg options: `scale`× density, text in `fontFile` only. */
function options(scale: number, fontFiles: string[]): ResvgRenderOptions {
  return {
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: EXPORT_FONT },
    fitTo: { mode: "zoom", value: scale },
    background: "#ffffff",
  };
}

/**
 * PNG bytes of `svg` drawn at `scale`×, its text in `fontFiles` only. Runs on libuv's
 * thread pool, so cards started together are drawn on every core.
 */
export async function renderPng(svg: string, scale = 2, fontFiles = FONT_FILES): Promise<Buffer> {
  const image = await renderAsync(svg, options(scale, fontFiles));
  return image.asPng();
}
