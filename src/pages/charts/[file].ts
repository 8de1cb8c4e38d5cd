/**
 * Chart downloads: `/charts/<id>.svg` (standalone, styled, fonts declared) and
 * `/charts/<id>.csv` (exactly the rows the chart shows).
 */
import type { APIRoute, GetStaticPaths } from "astro";
import { allCharts } from "../../lib/charts/catalog.ts";
import { chartCsv } from "../../lib/charts/chartCsv.ts";
import { renderChart } from "../../lib/charts/render.ts";
import type { ChartSpec } from "../../lib/charts/specs.ts";
import { getDataset } from "../../lib/data/index.ts";

export const getStaticPaths = (() =>
  allCharts(getDataset()).flatMap((spec) => [
    { params: { file: `${spec.id}.svg` }, props: { spec, format: "svg" } },
    { params: { file: `${spec.id}.csv` }, props: { spec, format: "csv" } },
  ])) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { spec, format } = props as { spec: ChartSpec; format: "svg" | "csv" };
  const data = getDataset();
  if (format === "csv") {
    return new Response(chartCsv(spec, data), {
      headers: { "Content-Type": "text/csv; charset=utf-8" },
    });
  }
  const svg = renderChart(spec, data).replace("<svg", '<svg xmlns="http://www.w3.org/2000/svg"');
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${svg}`, {
    headers: { "Content-Type": "image/svg+xml; charset=utf-8" },
  });
};
