/** `/data/datapackage.json`: the Frictionless descriptor of the downloads, at the paths they are published under. */
import type { APIRoute } from "astro";
import { dataPackage } from "../../lib/data/datapackage.ts";
import { compressedFiles } from "../../lib/data/downloads.ts";
import { dataDir, getDataset } from "../../lib/data/index.ts";

export const GET: APIRoute = ({ site }) =>
  new Response(JSON.stringify(
      dataPackage(getDataset(), site ?? "https://silver-atlas.example.org", compressedFiles(dataDir())),
      null,
      2,
    ), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
