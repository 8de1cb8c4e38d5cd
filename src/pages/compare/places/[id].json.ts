/**
 * `/compare/places/<id>.json`: the figures of a place at the top of the hierarchy (no
 * parent to share a chunk with), as a chunk of one, fetched when a reader adds it.
 */
import type { APIRoute, GetStaticPaths } from "astro";
import { chunkFile, chunkFiles, jsonResponse } from "../../../lib/compare/chunks.ts";
import { getDataset, type Region } from "../../../lib/data/index.ts";

export const getStaticPaths = (() =>
  [...chunkFiles(getDataset()).values()].flatMap((places) => {
    const [region] = places;
    return region && !region.parent ? [{ params: { id: region.id }, props: { places } }] : [];
  })) satisfies GetStaticPaths;

export const GET: APIRoute<{ places: Region[] }> = ({ props }) =>
  jsonResponse(chunkFile(getDataset(), props.places));
