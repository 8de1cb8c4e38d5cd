/**
 * `/embed/places.json`: the sibling-compared places (no embed page of their own, their topic
 * charts are targets on their parent's comparison pages) as `MovedPlaces`, read by the
 * not-found page to forward their old `/embed/place/<id>/#…` addresses. Empty on the real
 * site, where no place is sibling-compared.
 */
import type { APIRoute } from "astro";
import { comparedInParent, placeCharts } from "../../lib/charts/catalog.ts";
import { getDataset } from "../../lib/data/index.ts";
import type { MovedPlaces } from "../../lib/embed/legacy.ts";

export const GET: APIRoute = () => {
  const moved: MovedPlaces = {};
  for (const [place, specs] of placeCharts(getDataset())) {
    const parent = comparedInParent(specs);
    if (parent === undefined) continue;
    const pages = Object.fromEntries(
      specs.flatMap((s) => (s.topic && (s.parentPage ?? 1) > 1 ? [[s.topic, s.parentPage]] : [])),
    ) as Record<string, number>;
    moved[place] = [parent, pages];
  }
  return new Response(JSON.stringify(moved), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
