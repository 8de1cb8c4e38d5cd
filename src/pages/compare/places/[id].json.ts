/** `/compare/places/<id>.json`: one place's figures, fetched when a reader adds the place. */
import type { APIRoute, GetStaticPaths } from "astro";
import { placeChunk } from "../../../lib/compare/chunks.ts";
import { getDataset, type Region } from "../../../lib/data/index.ts";

export const getStaticPaths = (() =>
  getDataset()
    .regions.filter((region) => getDataset().factsByRegion.has(region.id))
    .map((region) => ({ params: { id: region.id }, props: { region } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ region: Region }> = ({ props }) =>
  Response.json(placeChunk(getDataset(), props.region));
