/** `/compare/metrics.json`: every measure with a figure (id, name, unit, topic), for the compare script. */
import type { APIRoute } from "astro";
import { jsonResponse, metricTuples } from "../../lib/compare/chunks.ts";
import { getDataset } from "../../lib/data/index.ts";

export const GET: APIRoute = () => jsonResponse(metricTuples(getDataset()));
