/**
 * Every chart of the site, once: the measure and place charts plus the charts
 * stories draw with `<Chart>`. Embed pages and downloads are generated from this list.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Dataset } from "../data/dataset.ts";
import { url } from "../links.ts";
import { storiesDir } from "../stories/dir.ts";
import { findChartTags } from "../stories/references.ts";
import { factSetChart, factSetProblem } from "./factSetChart.ts";
import { isSiblingCompared, metricChart, siteCharts, type ChartSpec } from "./specs.ts";

/** Charts drawn by the stories' `<Chart>` tags (bad tags are the story check's concern). */
export function storyCharts(data: Dataset, dir = storiesDir()): ChartSpec[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".mdx"))
    .flatMap((name) => {
      const page = url(`/stories/${name.replace(/\.mdx$/u, "")}/`);
      return findChartTags(readFileSync(join(dir, name), "utf8")).flatMap((tag) => {
        if (tag.facts) {
          const known = tag.facts.every((id) => data.factById.has(id));
          if (!known || factSetProblem(data, tag.facts)) return [];
          return [factSetChart(data, tag.facts, { title: tag.title, page })];
        }
        const m = data.metricById.get(tag.metric ?? "");
        return m ? [metricChart(data, m, tag.regions)] : [];
      });
    });
}

let cached: { data: Dataset; charts: ChartSpec[] } | undefined;

/** All charts, unique by id (computed once per data set). */
export function allCharts(data: Dataset): ChartSpec[] {
  if (cached?.data === data) return cached.charts;
  const byId = new Map<string, ChartSpec>();
  for (const spec of [...siteCharts(data), ...storyCharts(data)])
    if (!byId.has(spec.id)) byId.set(spec.id, spec);
  cached = { data, charts: withComparedIn(data, [...byId.values()]) };
  return cached.charts;
}

/**
 * `charts` with the topic charts of each sibling-compared place (`isSiblingCompared`) marked
 * with the parent page that shows them: the page of its parent's comparisons holding the
 * first of the chart's measures (a topic's comparisons share a page where they fit).
 */
function withComparedIn(data: Dataset, charts: ChartSpec[]): ChartSpec[] {
  const pageOf = new Map<string, number>();
  for (const spec of charts) {
    const measure = spec.metrics[0]?.id;
    if (spec.parent !== undefined && measure !== undefined)
      pageOf.set(`${spec.parent}\u0000${measure}`, spec.parentPage ?? 1);
  }
  const marked = new Map<ChartSpec, ChartSpec>();
  for (const [place, specs] of groupedBy(charts, "place")) {
    const region = data.regionById.get(place);
    const parent = region?.parent;
    if (!region || !parent || !isSiblingCompared(data, region, specs)) continue;
    const pages = specs.map((s) =>
      Math.min(...s.metrics.map((m) => pageOf.get(`${parent}\u0000${m.id}`) ?? NaN)),
    );
    // Every measure has its parent's comparison (the place and a sibling report it); if one
    // had not, the place keeps its own embed page rather than a target with nothing to show.
    if (pages.some((n) => Number.isNaN(n))) continue;
    specs.forEach((s, i) => marked.set(s, { ...s, comparedIn: parent, parentPage: pages[i] ?? 1 }));
  }
  return charts.map((spec) => marked.get(spec) ?? spec);
}

/**
 * Charts with an embed page and SVG/CSV downloads of their own: all but places' topic
 * charts and sub-place comparisons (those share one embed page and CSV per place or parent).
 */
export function standaloneCharts(data: Dataset): ChartSpec[] {
  return allCharts(data).filter((spec) => spec.place === undefined && spec.parent === undefined);
}

const grouped = new WeakMap<Dataset, Map<"place" | "parent", Map<string, ChartSpec[]>>>();

/** The `charts` that name a `place` or a `parent`, grouped by it in their order. */
function groupedBy(
  charts: readonly ChartSpec[],
  field: "place" | "parent",
): Map<string, ChartSpec[]> {
  const groups = new Map<string, ChartSpec[]>();
  for (const spec of charts) {
    const key = spec[field];
    if (key === undefined) continue;
    const list = groups.get(key);
    if (list) list.push(spec);
    else groups.set(key, [spec]);
  }
  return groups;
}

/** The catalog's charts grouped by `place` or `parent` (`groupedBy`), once per data set. */
function chartsBy(data: Dataset, field: "place" | "parent"): Map<string, ChartSpec[]> {
  let byField = grouped.get(data);
  if (!byField)
    grouped.set(data, (byField = new Map<"place" | "parent", Map<string, ChartSpec[]>>()));
  const known = byField.get(field);
  if (known) return known;
  const groups = groupedBy(allCharts(data), field);
  byField.set(field, groups);
  return groups;
}

/**
 * Each place's topic charts, in catalog order: one CSV per place, and one embed page per
 * place unless they are shown on its parent's comparison page (`comparedIn`).
 */
export const placeCharts = (data: Dataset): Map<string, ChartSpec[]> => chartsBy(data, "place");

/**
 * The parent on whose comparison page a place's topic charts `specs` are shown (a
 * sibling-compared place: the catalog marks all of a place's charts or none), or undefined
 * when the place has its own embed page.
 */
export const comparedInParent = (specs: readonly ChartSpec[]): string | undefined =>
  specs[0]?.comparedIn;

/** Each parent's sub-place comparisons, in catalog order: one embed page and one CSV per parent. */
export const parentCharts = (data: Dataset): Map<string, ChartSpec[]> => chartsBy(data, "parent");
