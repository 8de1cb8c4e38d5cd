/**
 * Where a place stands on each measure: its latest figure, the latest figures of
 * the places it is compared with (every place reporting the measure when there
 * are few, otherwise its siblings under the same parent), its rank among them,
 * and what makes the comparison shaky. Place pages show this instead of a
 * chart of every year of every peer, which grew to 1.2 MB a page at 3,000 places.
 */
import type { Dataset } from "../data/dataset.ts";
import type { Fact, Metric, Region } from "../data/schema.ts";
import { factsIn, MAX_BARS } from "./specs.ts";

/** One place's latest figure on a measure. */
export interface PeerFigure {
  region: Region;
  fact: Fact;
}

/** A place's standing on one measure. */
export interface Standing {
  metric: Metric;
  /** The place's latest figure (the last one listed in the data when several share the year). */
  latest: Fact;
  /** Latest figures of the compared places, the place included, highest first. */
  peers: PeerFigure[];
  /** 1 + how many peers have a higher latest figure (ties share a rank). */
  rank: number;
  /** Short Chinese flags for what the ranking mixes: levels, years, bases, inexact figures. */
  caveats: string[];
}

const endYear = (period: string) => Number(period.slice(-4));

/** The latest of `facts` by end year (later rows win ties, as in the data's order). */
export function latestFact(facts: readonly Fact[]): Fact | undefined {
  let latest: Fact | undefined;
  for (const f of facts) if (!latest || endYear(f.period) >= endYear(latest.period)) latest = f;
  return latest;
}

const reportingCache = new WeakMap<Dataset, Map<string, Set<string>>>();

/** Places reporting `metric`, computed once per data set and measure (every place page asks). */
function reportingPlaces(data: Dataset, metric: Metric): Set<string> {
  let byMetric = reportingCache.get(data);
  if (!byMetric) {
    byMetric = new Map();
    reportingCache.set(data, byMetric);
  }
  let places = byMetric.get(metric.id);
  if (!places) {
    places = new Set((data.factsByMetric.get(metric.id) ?? []).map((f) => f.region));
    byMetric.set(metric.id, places);
  }
  return places;
}

/** The places `region` is ranked with on `metric` (itself included). */
function peerIds(data: Dataset, region: Region, metric: Metric): string[] {
  const reporting = reportingPlaces(data, metric);
  if (reporting.size <= MAX_BARS) return [...reporting];
  const siblings = (data.childrenOf.get(region.parent ?? "") ?? []).map((r) => r.id);
  return [region.id, ...siblings.filter((id) => id !== region.id && reporting.has(id))];
}

/** What a ranking of `peers` mixes, as short flags ("年份不同"). */
function caveatsOf(peers: readonly PeerFigure[]): string[] {
  const distinct = (values: string[]) => new Set(values).size > 1;
  return [
    distinct(peers.map((p) => p.region.level)) && "层级不同",
    distinct(peers.map((p) => p.fact.period)) && "年份不同",
    distinct(peers.map((p) => p.fact.basis)) && "口径不同",
    peers.some((p) => p.fact.qualifier !== "exact") && "含约数或下限",
  ].filter((c): c is string => c !== false);
}

/** The place's standing on every measure it reports, in the order of `metrics`. */
export function placeStandings(
  data: Dataset,
  region: Region,
  metrics: readonly Metric[],
): Standing[] {
  return metrics.flatMap((metric) => {
    const latest = latestFact(factsIn(data, metric.id, [region.id]));
    if (!latest) return [];
    const peers = peerIds(data, region, metric)
      .flatMap((id) => {
        const peer = data.regionById.get(id);
        const fact = id === region.id ? latest : latestFact(factsIn(data, metric.id, [id]));
        return peer && fact ? [{ region: peer, fact }] : [];
      })
      .sort((a, b) => b.fact.value - a.fact.value);
    const rank = 1 + peers.filter((p) => p.fact.value > latest.value).length;
    return [{ metric, latest, peers, rank, caveats: peers.length > 1 ? caveatsOf(peers) : [] }];
  });
}
