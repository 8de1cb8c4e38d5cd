/** `/compare/places.json`: the places a reader can choose (id, name, level, parent), fetched on first use. */
import type { APIRoute } from "astro";
import { jsonResponse, placeTuples } from "../../lib/compare/chunks.ts";
import { getDataset } from "../../lib/data/index.ts";

export const GET: APIRoute = () => jsonResponse(placeTuples(getDataset()));
