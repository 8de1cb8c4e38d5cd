/** Serves each source snapshot as `/data/sources/<id>.txt`, unchanged. */
import type { APIRoute, GetStaticPaths } from "astro";
import { getDataset } from "../../../lib/data/index.ts";

export const getStaticPaths = (() =>
  getDataset().sources.map((source) => ({ params: { file: `${source.id}.txt` }, props: { text: source.text } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { text: string }).text, { headers: { "Content-Type": "text/plain; charset=utf-8" } });
