/**
 * A chart as it is downloaded: the standalone SVG sheet (title, chart with
 * legend and notes, source, citation), in light colours and with the shipped
 * font named first, so it looks the same wherever it is opened. The PNG is this
 * sheet drawn in the reader's browser on demand (src/scripts/chartPng.ts), so no
 * chart costs a build-time raster: at national scale there are ~46,000 charts.
 */
import type { Dataset } from "../data/dataset.ts";
import { chartSources, citation } from "../embed/snippet.ts";
import { posterSvg, POSTER_WIDTH } from "./poster.ts";
import { renderChart } from "./render.ts";
import type { ChartSpec } from "./specs.ts";
import { LIGHT } from "./theme.ts";

/** The standalone SVG document of `spec` with its title, notes, source and citation. */
export function chartPoster(spec: ChartSpec, data: Dataset, site: URL): string {
  const chart = renderChart(spec, data, {
    width: POSTER_WIDTH - 40,
    captions: true,
    palette: LIGHT,
  });
  return posterSvg({
    chart,
    title: spec.title,
    source: `来源：${chartSources(spec, data)
      .map((s) => `《${s}》`)
      .join("、")}`,
    citation: `引用：${citation(spec, data, site)}`,
    palette: LIGHT,
  });
}
