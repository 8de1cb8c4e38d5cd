/**
 * Look-ups for the MDX components: a missing id is an error naming the id,
 * so a story can never render a figure that does not exist.
 */
import { getDataset } from "../data/index.ts";
import type { Fact, Metric, Region } from "../data/schema.ts";

/** The fact `id`, or throws `unknown fact "id"`. */
export function requireFact(id: string): Fact {
  const fact = getDataset().factById.get(id);
  if (!fact) throw new Error(`unknown fact "${id}"`);
  return fact;
}

/** The measure `id`, or throws `unknown measure "id"`. */
export function requireMetric(id: string): Metric {
  const metric = getDataset().metricById.get(id);
  if (!metric) throw new Error(`unknown measure "${id}"`);
  return metric;
}

/** The place `id`, or throws `unknown place "id"`. */
export function requireRegion(id: string): Region {
  const region = getDataset().regionById.get(id);
  if (!region) throw new Error(`unknown place "${id}"`);
  return region;
}
