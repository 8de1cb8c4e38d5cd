/**
 * The validated data set as pages receive it: typed tables plus the indexes
 * pages need (by id, facts by place / measure / source, child places), built once.
 */
import type { Fact, Metric, Population, Region, Source } from "./schema.ts";

/** Everything the site is built from, validated and indexed. */
export interface Dataset {
  regions: Region[];
  metrics: Metric[];
  sources: Source[];
  facts: Fact[];
  population: Population[];
  regionById: Map<string, Region>;
  metricById: Map<string, Metric>;
  sourceById: Map<string, Source>;
  factById: Map<string, Fact>;
  factsByRegion: Map<string, Fact[]>;
  factsByMetric: Map<string, Fact[]>;
  factsBySource: Map<string, Fact[]>;
  /** Direct children of each region (Xiamen → its six districts). */
  childrenOf: Map<string, Region[]>;
}

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

/** Builds the indexes over already validated tables. */
export function indexDataset(tables: Pick<Dataset, "regions" | "metrics" | "sources" | "facts" | "population">): Dataset {
  return {
    ...tables,
    regionById: new Map(tables.regions.map((r) => [r.id, r])),
    metricById: new Map(tables.metrics.map((m) => [m.id, m])),
    sourceById: new Map(tables.sources.map((s) => [s.id, s])),
    factById: new Map(tables.facts.map((f) => [f.id, f])),
    factsByRegion: groupBy(tables.facts, (f) => f.region),
    factsByMetric: groupBy(tables.facts, (f) => f.metric),
    factsBySource: groupBy(tables.facts, (f) => f.source),
    childrenOf: groupBy(
      tables.regions.filter((r) => r.parent !== null),
      (r) => r.parent ?? "",
    ),
  };
}

/** Places at the top of the hierarchy: no parent, or a parent the data does not have. */
export function topLevelRegions(data: Dataset): Region[] {
  return data.regions.filter((r) => r.parent === null || !data.regionById.has(r.parent));
}

/** Places with at least one figure, in data order. */
export function regionsWithFacts(data: Dataset): Region[] {
  return data.regions.filter((r) => (data.factsByRegion.get(r.id)?.length ?? 0) > 0);
}
