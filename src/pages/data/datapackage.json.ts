/** `/data/datapackage.json`: the Frictionless descriptor of the downloads. */
import type { APIRoute } from "astro";
import { dataPackage } from "../../lib/data/datapackage.ts";
import { getDataset } from "../../lib/data/index.ts";

export const GET: APIRoute = ({ site }) =>
  new Response(JSON.stringify(dataPackage(getDataset(), site ?? "https://silver-atlas.example.org"), null, 2), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
