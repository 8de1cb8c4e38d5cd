/**
 * The compact JSON the compare page's script reads, and its decoding. The places
 * of one parent share a chunk (`/compare/in/<parent>.json`, a place at the top has
 * its own `/compare/places/<id>.json`), fetched only when one of them is chosen: a
 * national data set of thousands of places never ships as one blob, nor as a file
 * per place. The measures (`/compare/metrics.json`) are fetched once; the list of
 * places to choose from (`/compare/places.json`, which names each place's parent and
 * so its chunk) when the reader starts typing or asks for a place the page does not know.
 */
import type { Dataset } from "../data/dataset.ts";
import type { Basis, Fact, Level, Qualifier, Region, Topic } from "../data/schema.ts";
import { figureClause } from "../charts/specs.ts";
import type { CompareFact, CompareMetric, ComparePlace, PlaceFigures } from "./model.ts";

/** A measure: id, name, unit, topic. */
export type MetricTuple = [string, string, string, Topic];
/** A place to choose: id, name, level, parent id ("" at the top). */
export type PlaceTuple = [string, string, Level, string];
/**
 * A figure: fact id, measure, value, qualifier, period, source, what it counts on (basis),
 * and, for a twin (same measure and period), the clause of its quote that tells it apart.
 * The measure and the source are positions in their chunk file's lists (`m`, `s`).
 */
export type FactTuple = [string, number, number, Qualifier, string, number, Basis, string?];
/** One place's part of a chunk file: the place (id, name, level, ancestor ids) and its figures. */
export interface PlaceChunk {
  p: [string, string, Level, string[]];
  f: FactTuple[];
}
/**
 * A chunk file: the places that share it, with the measure and source ids their figures
 * name written once each (at 3,000 places they were a third of the compare data).
 */
export interface ChunkFile {
  /** Measure ids. */
  m: string[];
  /** Source ids. */
  s: string[];
  /** The places. */
  p: PlaceChunk[];
}

/** Ids of the places containing `region`, nearest first; stops at a cycle or a missing parent. */
export function ancestorsOf(data: Dataset, region: Region): string[] {
  const chain: string[] = [];
  for (let p = region.parent; p && !chain.includes(p); p = data.regionById.get(p)?.parent ?? null) {
    if (!data.regionById.has(p)) break;
    chain.push(p);
  }
  return chain;
}

/** Every measure that has a figure, in data order. */
export function metricTuples(data: Dataset): MetricTuple[] {
  return data.metrics
    .filter((m) => data.factsByMetric.has(m.id))
    .map((m) => [m.id, m.name_zh, m.unit_zh, m.topic]);
}

/** Every place with at least one figure, in data order. */
export function placeTuples(data: Dataset): PlaceTuple[] {
  return data.regions
    .filter((r) => data.factsByRegion.has(r.id))
    .map((r) => [r.id, r.name_zh, r.level, r.parent ?? ""]);
}

/** Positions of strings in a list that grows as new ones come. */
function positions(): { list: string[]; of: (id: string) => number } {
  const list: string[] = [];
  const at = new Map<string, number>();
  const of = (id: string) => {
    let n = at.get(id);
    if (n === undefined) {
      n = list.push(id) - 1;
      at.set(id, n);
    }
    return n;
  };
  return { list, of };
}

/** The chunk file of `regions` (the places that share it). */
export function chunkFile(data: Dataset, regions: readonly Region[]): ChunkFile {
  const metrics = positions();
  const sources = positions();
  const p = regions.map((region): PlaceChunk => {
    const facts = data.factsByRegion.get(region.id) ?? [];
    const reading = (f: Fact) => `${f.metric}\u0000${f.period}`;
    const readings = new Map<string, number>();
    for (const f of facts) readings.set(reading(f), (readings.get(reading(f)) ?? 0) + 1);
    return {
      p: [region.id, region.name_zh, region.level, ancestorsOf(data, region)],
      f: facts.map((f): FactTuple => {
        const twin = (readings.get(reading(f)) ?? 0) > 1;
        const tuple: FactTuple = [
          f.id,
          metrics.of(f.metric),
          f.value,
          f.qualifier,
          f.period,
          sources.of(f.source),
          f.basis,
        ];
        if (twin) tuple.push(figureClause(f.quote, f.value));
        return tuple;
      }),
    };
  });
  return { m: metrics.list, s: sources.list, p };
}

/**
 * Site path of the chunk that holds the place `id` whose parent is `parent` ("" at the
 * top): its parent's `/compare/in/<parent>.json`, or its own `/compare/places/<id>.json`.
 */
export const chunkPath = (id: string, parent: string): string =>
  parent === "" ? `/compare/places/${id}.json` : `/compare/in/${parent}.json`;

/**
 * Every chunk file: its path and the places (with figures) it holds, in data order. The
 * parent is the place's `parent` as in places.json, so the script finds the same chunk.
 */
export function chunkFiles(data: Dataset): Map<string, Region[]> {
  const files = new Map<string, Region[]>();
  for (const region of data.regions) {
    if (!data.factsByRegion.has(region.id)) continue;
    const path = chunkPath(region.id, region.parent ?? "");
    const list = files.get(path);
    if (list) list.push(region);
    else files.set(path, [region]);
  }
  return files;
}

/** Decodes the measures list. */
export const readMetrics = (tuples: readonly MetricTuple[]): CompareMetric[] =>
  tuples.map(([id, name, unit, topic]) => ({ id, name, unit, topic }));

/** Decodes a chunk file: each of its places with its figures. */
export function readChunkFile(file: ChunkFile): PlaceFigures[] {
  const named = (list: string[], n: number) => {
    const id = list[n];
    if (id === undefined) throw new Error(`chunk file: no entry ${n} in a list of ${list.length}`);
    return id;
  };
  return file.p.map(({ p: [id, name, level, ancestors], f }) => {
    const place: ComparePlace = { id, name, level, ancestors };
    const facts = f.map(([fid, metric, value, qualifier, period, source, basis, detail]) => {
      const fact: CompareFact = {
        id: fid,
        metric: named(file.m, metric),
        value,
        qualifier,
        period,
        source: named(file.s, source),
        basis,
      };
      if (detail) fact.detail = detail;
      return fact;
    });
    return { place, facts };
  });
}

/** The figures of places `ids` (unknown ids skipped), as the browser would decode them. */
export function placeFigures(data: Dataset, ids: readonly string[]): PlaceFigures[] {
  return ids.flatMap((id) => {
    const region = data.regionById.get(id);
    return region ? readChunkFile(chunkFile(data, [region])) : [];
  });
}

/**
 * A JSON response whose text never holds `<`, `>` or `&` (written `\u003c`…): the
 * same data once parsed, but no file of the site carries markup from the data raw.
 */
export function jsonResponse(value: unknown): Response {
  const text = JSON.stringify(value).replace(
    /[<>&]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
  return new Response(text, { headers: { "Content-Type": "application/json; charset=utf-8" } });
}
