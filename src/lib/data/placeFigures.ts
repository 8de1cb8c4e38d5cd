/**
 * Which figures a place page lists. A place with at most `PLACE_TABLE_MAX` figures
 * (every real place) gets every figure in a table per topic; a larger one (60
 * measures × 5 years at national scale) only each measure's latest figure, and
 * sends readers to its CSV and the measure pages for earlier years.
 */
import { latestFact } from "../charts/standing.ts";
import { factsIn } from "../charts/specs.ts";
import type { Dataset } from "./dataset.ts";
import type { Fact } from "./schema.ts";

/** Most figures a place page lists in full (and gives the search index with their quotes). */
export const PLACE_TABLE_MAX = 150;

/** Whether the page of place `region` lists each measure's latest figure only. */
export function isCompactPlace(data: Dataset, region: string): boolean {
  return (data.factsByRegion.get(region)?.length ?? 0) > PLACE_TABLE_MAX;
}

/**
 * The figure whose row shows `fact` on its place's page: the fact itself, or on a compact
 * page the latest figure of its measure, the row that says where its earlier years are.
 */
export function shownAs(data: Dataset, fact: Fact): Fact {
  if (!isCompactPlace(data, fact.region)) return fact;
  return latestFact(factsIn(data, fact.metric, [fact.region])) ?? fact;
}
