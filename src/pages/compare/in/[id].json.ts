/**
 * `/compare/in/<parent>.json`: the figures of every place directly under `<parent>`
 * (one chunk per parent, not per place), fetched when a reader adds one of them.
 */
import type { APIRoute, GetStaticPaths } from "astro";
import { chunkFile, chunkFiles, jsonResponse } from "../../../lib/compare/chunks.ts";
import { getDataset, type Region } from "../../../lib/data/index.ts";

export const getStaticPaths = (() =>
  [...chunkFiles(getDataset()).values()].flatMap((places) => {
    const parent = places[0]?.parent;
    return parent ? [{ params: { id: parent }, props: { places } }] : [];
  })) satisfies GetStaticPaths;

export const GET: APIRoute<{ places: Region[] }> = ({ props }) =>
  jsonResponse(chunkFile(getDataset(), props.places));
