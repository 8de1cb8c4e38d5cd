/**
 * Chart downloads: `/charts/<id>.svg` (the chart on its own sheet with title,
 * notes, source and citation; styled, fonts declared; the PNG button draws
 * this sheet in the browser) and `/charts/<id>.csv` (exactly the rows the chart
 * shows) for measure and story charts; `/charts/place-<id>.csv` holds the rows of
 * all of one place's topic charts and `/charts/in-<parent>.csv` those of all of one
 * parent's sub-place comparisons (one file per place or parent, not two per chart); a
 * sibling-compared place's CSV holds only its own figures (its charts are its parent's).
 */
import type { APIRoute, GetStaticPaths } from "astro";
import {
  comparedInParent,
  parentCharts,
  placeCharts,
  standaloneCharts,
} from "../../lib/charts/catalog.ts";
import { chartsCsv, placeFiguresCsv } from "../../lib/charts/chartCsv.ts";
import { chartPoster } from "../../lib/charts/exports.ts";
import type { ChartSpec } from "../../lib/charts/specs.ts";
import { getDataset } from "../../lib/data/index.ts";

type Props = {
  specs: ChartSpec[];
  /** `own`: a sibling-compared place's own figures. */
  format: "svg" | "csv" | "own";
};

export const getStaticPaths = (() => {
  const data = getDataset();
  const single = standaloneCharts(data).flatMap((spec) => [
    { params: { file: `${spec.id}.svg` }, props: { specs: [spec], format: "svg" } },
    { params: { file: `${spec.id}.csv` }, props: { specs: [spec], format: "csv" } },
  ]);
  const perPlace = [...placeCharts(data)].map(([place, specs]) => ({
    params: { file: `place-${place}.csv` },
    props: { specs, format: comparedInParent(specs) === undefined ? "csv" : "own" },
  }));
  const perParent = [...parentCharts(data)].map(([parent, specs]) => ({
    params: { file: `in-${parent}.csv` },
    props: { specs, format: "csv" },
  }));
  return [...single, ...perPlace, ...perParent] as { params: { file: string }; props: Props }[];
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { specs, format } = props as Props;
  const data = getDataset();
  if (format === "own") {
    return new Response(placeFiguresCsv(specs[0]?.place ?? "", data), {
      headers: { "Content-Type": "text/csv; charset=utf-8" },
    });
  }
  if (format === "csv") {
    return new Response(chartsCsv(specs, data), {
      headers: { "Content-Type": "text/csv; charset=utf-8" },
    });
  }
  const origin = site ?? new URL("https://silver-atlas.example.org");
  const [spec] = specs;
  if (!spec) throw new Error("chart download without a chart");
  return new Response(chartPoster(spec, data, origin), {
    headers: { "Content-Type": "image/svg+xml; charset=utf-8" },
  });
};
