/** `/compare/places/<id>.json`: one place's figures, fetched when a reader adds the place. */
import type { APIRoute, GetStaticPaths } from "astro";
import { jsonResponse, placeChunk } from "../../../lib/compare/chunks.ts";
import { getDataset, type Region } from "../../../lib/data/index.ts";

export const getStaticPaths = (() =>
  getDataset()
    .regions.filter((region) => getDataset().factsByRegion.has(region.id))
    .map((region) => ({ params: { id: region.id }, props: { region } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ region: Region }> = ({ props }) =>
  jsonResponse(placeChunk(getDataset(), props.region));
