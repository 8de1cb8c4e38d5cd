/**
 * Chart downloads: `/charts/<id>.svg` (the chart on its own sheet with title,
 * notes, source and citation; styled, fonts declared; the PNG button draws
 * this sheet in the browser) and `/charts/<id>.csv` (exactly the rows the chart shows).
 */
import type { APIRoute, GetStaticPaths } from "astro";
import { allCharts } from "../../lib/charts/catalog.ts";
import { chartCsv } from "../../lib/charts/chartCsv.ts";
import { chartPoster } from "../../lib/charts/exports.ts";
import type { ChartSpec } from "../../lib/charts/specs.ts";
import { getDataset } from "../../lib/data/index.ts";

export const getStaticPaths = (() =>
  allCharts(getDataset()).flatMap((spec) => [
    { params: { file: `${spec.id}.svg` }, props: { spec, format: "svg" } },
    { params: { file: `${spec.id}.csv` }, props: { spec, format: "csv" } },
  ])) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { spec, format } = props as { spec: ChartSpec; format: "svg" | "csv" };
  const data = getDataset();
  if (format === "csv") {
    return new Response(chartCsv(spec, data), {
      headers: { "Content-Type": "text/csv; charset=utf-8" },
    });
  }
  const origin = site ?? new URL("https://silver-atlas.example.org");
  return new Response(chartPoster(spec, data, origin), {
    headers: { "Content-Type": "image/svg+xml; charset=utf-8" },
  });
};
