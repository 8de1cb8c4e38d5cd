/**
 * The site's charts as data: every chart has a stable id, a title, the facts
 * behind it, and how to draw them. Pages, embed pages and downloads
 * (`/charts/<id>.svg`, `/charts/<id>.csv`) are all generated from this one list.
 */
import type { Dataset } from "../data/dataset.ts";
import type { Fact, Metric, Region } from "../data/schema.ts";
import { statesValue } from "../figures/index.ts";
import { TOPIC_LABELS } from "../labels.ts";
import { parentPages } from "./parentPages.ts";
import { metricUrl, quoteUrl, regionUrl } from "../links.ts";
import type { ChartRow } from "./types.ts";

/** A chart of the site. */
export interface ChartSpec {
  /** Stable slug, used in `/embed/<id>/` and download names. */
  id: string;
  /** How it is drawn: ranked bars, dots on 0–100 % for percentages, or panels per measure. */
  kind: "bar" | "dot" | "panels";
  title: string;
  description: string;
  /** The facts the chart shows, exactly (the CSV download lists these). */
  facts: Fact[];
  /** Measures shown (one for bar/dot, several for panels). */
  metrics: Metric[];
  /** Where the chart lives on the site (for the link back and the permalink). */
  page: string;
  /** Says what was left out when there were too many rows to draw (large data sets). */
  note?: string;
  /** Bar labels: the place (default), or the measure for one place's figures side by side. */
  labelBy?: "region" | "metric";
  /**
   * Set on a place's topic charts: the place they belong to. They have no embed page or
   * downloads of their own (three files a chart would multiply at national scale): they are
   * embedded through the place's one embed page (`/embed/place/<place>/#<id>`) and their
   * rows are in the place's one CSV (`/charts/place-<place>.csv`).
   */
  place?: string;
  /** The topic of a place's topic chart (its `?chart=` name on the place's embed page). */
  topic?: Metric["topic"];
  /**
   * Set on the topic charts of a sibling-compared place (`isSiblingCompared`): the parent
   * whose comparison embed page (page `parentPage`) shows them, as `#<id>` targets that
   * show the topic's comparisons with the place highlighted. Such a place has no embed page.
   */
  comparedIn?: string;
  /**
   * Set on sub-place comparisons: the parent whose sub-places they compare. Like a place's
   * topic charts they share one embed page (`/embed/in/<parent>/#<id>`) and one CSV
   * (`/charts/in-<parent>.csv`) per parent, and have no SVG file of their own.
   */
  parent?: string;
  /**
   * Which of its parent's embed pages holds a sub-place comparison when they are too many for
   * one (src/lib/charts/parentPages.ts): page 1 is `/embed/in/<parent>/`, page n `…/<n>/`.
   */
  parentPage?: number;
}

/** Most bars a chart draws; beyond this it shows the top and bottom of the ranking. */
export const MAX_BARS = 30;

/** The last period of a fact, for "latest figure" selection (`2016-2020` → 2020). */
const endYear = (period: string) => Number(period.slice(-4));

/**
 * Facts to draw when a measure has more than MAX_BARS: each place's latest
 * figure, then the 20 highest and 5 lowest. Small sets are drawn whole.
 */
export function selectForChart(facts: Fact[]): { facts: Fact[]; note?: string } {
  if (facts.length <= MAX_BARS) return { facts };
  const latest = new Map<string, Fact>();
  for (const f of facts) {
    const seen = latest.get(f.region);
    if (!seen || endYear(f.period) > endYear(seen.period)) latest.set(f.region, f);
  }
  const ranked = [...latest.values()].sort((a, b) => b.value - a.value);
  if (ranked.length <= MAX_BARS) {
    return { facts: ranked, note: `每个地区只显示最新一期数字（共 ${facts.length} 个数字）。` };
  }
  return {
    facts: [...ranked.slice(0, 20), ...ranked.slice(-5)],
    note: `共 ${ranked.length} 个地区：图中显示各地最新一期数字的前 20 名和后 5 名，全部数据见 CSV 下载。`,
  };
}

const isPercent = (m: Metric) => m.unit_zh === "%" || m.unit_en === "percent";

/**
 * The clause of a quote that states `value` ("组织专题宣讲10余场，累计受众约1000人次" → "组织专题宣讲10余场"),
 * or the whole quote when no single clause does.
 */
export function figureClause(quote: string, value: number): string {
  return clauses(quote).find((c) => statesValue(c, value)) ?? quote;
}

/** A quote cut at its commas and stops, but never inside “quotation marks”. */
function clauses(quote: string): string[] {
  const parts: string[] = [];
  let current = "";
  let depth = 0;
  for (const ch of quote) {
    if (ch === "“") depth++;
    if (ch === "”") depth = Math.max(0, depth - 1);
    if (depth === 0 && "，。；;,".includes(ch)) {
      parts.push(current.trim());
      current = "";
    } else current += ch;
  }
  return [...parts, current.trim()].filter((c) => c !== "");
}

/**
 * Chart rows for facts: the place's (or measure's) name as label, its level, a link to the quote.
 * Two rows that would read the same (one place, one measure, one period: two programmes of one
 * report, say) are told apart by the clause of their quote that states the figure. A place
 * inside another place of the same measure in the chart names it (`partOf`: 翔安区 in 厦门市).
 */
export function rowsOf(
  facts: Fact[],
  data: Dataset,
  labelBy: ChartSpec["labelBy"] = "region",
): ChartRow[] {
  const nameOf = (f: Fact) =>
    labelBy === "metric"
      ? (data.metricById.get(f.metric)?.name_zh ?? f.metric)
      : (data.regionById.get(f.region)?.name_zh ?? f.region);
  const reading = (f: Fact) => `${f.metric}\u0000${nameOf(f)}\u0000${f.period}`;
  const seen = new Map<string, number>();
  for (const f of facts) seen.set(reading(f), (seen.get(reading(f)) ?? 0) + 1);
  const placesOf = new Map<string, Set<string>>();
  for (const f of facts)
    placesOf.set(f.metric, (placesOf.get(f.metric) ?? new Set()).add(f.region));
  return facts.map((f) => {
    const region = data.regionById.get(f.region);
    const twin = (seen.get(reading(f)) ?? 0) > 1;
    const place = region && rowPlace(data, region);
    const container = place?.within.find((id) => placesOf.get(f.metric)?.has(id));
    const partOf = container === undefined ? undefined : data.regionById.get(container)?.name_zh;
    return {
      key: f.id,
      label: nameOf(f),
      ...(twin ? { detail: figureClause(f.quote, f.value) } : {}),
      value: f.value,
      qualifier: f.qualifier,
      period: f.period,
      basis: f.basis,
      group: f.metric,
      href: quoteUrl(f),
      ...(region && place ? { level: region.level, place } : {}),
      ...(partOf ? { partOf } : {}),
    };
  });
}

/**
 * A row's place: its id, name and the ids of every place containing it, nearest first
 * (翔安区 → xiamen, fujian), so caveats can tell a place beside its parent.
 */
export function rowPlace(data: Dataset, region: Region): NonNullable<ChartRow["place"]> {
  const within: string[] = [];
  for (let p = region.parent; p !== null && !within.includes(p) && p !== region.id;) {
    within.push(p);
    p = data.regionById.get(p)?.parent ?? null;
  }
  return { id: region.id, name: region.name_zh, within };
}

/** Facts by measure, then place, in data order: built once per data set, so that no chart scans all facts. */
interface FactIndex {
  byMetricRegion: Map<string, Map<string, Fact[]>>;
  order: Map<Fact, number>;
}
const indexes = new WeakMap<Dataset, FactIndex>();

function factIndex(data: Dataset): FactIndex {
  let index = indexes.get(data);
  if (!index) {
    const byMetricRegion = new Map<string, Map<string, Fact[]>>();
    const order = new Map<Fact, number>();
    data.facts.forEach((f, i) => {
      order.set(f, i);
      let byRegion = byMetricRegion.get(f.metric);
      if (!byRegion) {
        byRegion = new Map<string, Fact[]>();
        byMetricRegion.set(f.metric, byRegion);
      }
      const list = byRegion.get(f.region);
      if (list) list.push(f);
      else byRegion.set(f.region, [f]);
    });
    index = { byMetricRegion, order };
    indexes.set(data, index);
  }
  return index;
}

/** The facts of `metric` for each of `regions`, in data order. */
export function factsIn(data: Dataset, metric: string, regions: Iterable<string>): Fact[] {
  const { byMetricRegion, order } = factIndex(data);
  const byRegion = byMetricRegion.get(metric);
  if (!byRegion) return [];
  const facts = [...new Set(regions)].flatMap((r) => byRegion.get(r) ?? []);
  // One map lookup per fact, not two per comparison: this runs for every place × measure.
  return facts
    .map((f) => ({ f, at: order.get(f) ?? 0 }))
    .sort((a, b) => a.at - b.at)
    .map(({ f }) => f);
}

/** Optional id and title of a comparison chart of selected places. */
interface MetricChartOptions {
  id?: string;
  title?: string;
}

/** The comparison chart of one measure across `regions` (default: every place that has it). */
export function metricChart(
  data: Dataset,
  metric: Metric,
  regions?: readonly string[],
  options: MetricChartOptions = {},
): ChartSpec {
  const { facts, note } = selectForChart(
    regions ? factsIn(data, metric.id, regions) : (data.factsByMetric.get(metric.id) ?? []),
  );
  const names = (rs: Region[]) => rs.map((r) => r.name_zh).join("、");
  const subset = regions ? `-${regions.join("-")}` : "";
  const places = [...new Set(facts.map((f) => f.region))].flatMap(
    (id) => data.regionById.get(id) ?? [],
  );
  const title = regions ? `${metric.name_zh}：${names(places)}` : `${metric.name_zh}：各地比较`;
  return {
    id: options.id ?? `metric-${metric.id}${subset}`,
    kind: isPercent(metric) ? "dot" : "bar",
    title: options.title ?? title,
    description: `${metric.name_zh}（${metric.unit_zh}），${places.length} 个地区、${facts.length} 个数字，按数值从大到小排列。${metric.definition_zh}`,
    facts,
    metrics: [metric],
    page: metricUrl(metric.id),
    ...(note ? { note } : {}),
  };
}

const byParent = new WeakMap<Dataset, Map<string, Fact[]>>();

/** The facts of `metric` of every child of `parent`, in data order; shared by the siblings' panels. */
function childFacts(data: Dataset, parent: string, metric: string): Fact[] {
  let cache = byParent.get(data);
  if (!cache) byParent.set(data, (cache = new Map<string, Fact[]>()));
  const key = `${parent}\u0000${metric}`;
  let facts = cache.get(key);
  if (!facts) {
    const children = (data.childrenOf.get(parent) ?? []).map((r) => r.id);
    cache.set(key, (facts = factsIn(data, metric, children)));
  }
  return facts;
}

/**
 * Whether a place's panel of `metric` compares it with its siblings (too many places report
 * the measure to draw them all) rather than with every reporting place: `peerFacts`'s branch.
 */
export function comparesSiblings(data: Dataset, metric: Pick<Metric, "id">): boolean {
  return (data.factsByMetric.get(metric.id)?.length ?? 0) > MAX_BARS;
}

/**
 * Whether a place's topic charts are sibling comparisons: it has a parent and every panel of
 * every one of them came from the siblings branch of `peerFacts`. They then redraw its
 * parent's sub-place comparisons of the same measures with the place highlighted, so they
 * are shown there rather than on an embed page of the place's own (every place at national
 * scale; no real place, which are few and compare with all reporting places).
 */
export function isSiblingCompared(
  data: Dataset,
  region: Pick<Region, "parent">,
  charts: readonly Pick<ChartSpec, "metrics">[],
): boolean {
  return (
    region.parent !== null &&
    charts.length > 0 &&
    charts.every((c) => c.metrics.every((m) => comparesSiblings(data, m)))
  );
}

/**
 * The figures a place's panel compares it with: every place reporting the
 * measure when there are few; otherwise the place's figures of its latest year and its
 * siblings (same parent), each sibling's latest figure, at most MAX_BARS in all.
 */
function peerFacts(data: Dataset, region: Region, metric: Metric): Fact[] {
  const all = data.factsByMetric.get(metric.id) ?? [];
  if (!comparesSiblings(data, metric)) return all;
  // The place's latest period only: earlier years are in its table and CSV.
  const mine = factsIn(data, metric.id, [region.id]);
  const last = Math.max(...mine.map((f) => endYear(f.period)));
  const own = mine.filter((f) => endYear(f.period) === last);
  const siblings = childFacts(data, region.parent ?? "", metric.id).filter(
    (f) => f.region !== region.id,
  );
  const peers = selectForChart(siblings).facts;
  return [...own, ...peers].slice(0, MAX_BARS);
}

/**
 * One chart per topic of a place: a panel per measure, each comparing the
 * place with other places that report the same measure. Measures only this
 * place reports get no panel (a lone bar always fills its panel and says
 * nothing); the place's fact table lists them. No comparable measure, no chart.
 */
export function regionTopicChart(
  data: Dataset,
  region: Region,
  topic: Metric["topic"],
): ChartSpec | undefined {
  const candidates = [...new Set((data.factsByRegion.get(region.id) ?? []).map((f) => f.metric))]
    .flatMap((id) => data.metricById.get(id) ?? [])
    .filter((m) => m.topic === topic);
  const panels = candidates
    .map((m) => ({ metric: m, facts: peerFacts(data, region, m) }))
    .filter(({ facts }) => facts.some((f) => f.region !== region.id));
  if (panels.length === 0) return undefined;
  const metrics = panels.map((p) => p.metric);
  const facts = panels.flatMap((p) => p.facts);
  return {
    id: `region-${region.id}-${topic}`,
    kind: "panels",
    title: `${region.name_zh} · ${TOPIC_LABELS[topic].zh}：与其他地区比较`,
    description: `${region.name_zh}在${TOPIC_LABELS[topic].zh}方面的 ${metrics.length} 个指标，每个指标单独一格，与报告了同一指标的其他地区并列。`,
    facts,
    metrics,
    page: regionUrl(region.id),
    place: region.id,
    topic,
  };
}

/**
 * Charts comparing the sub-places of `region` on each measure at least two of
 * them report, with ids `metric-<measure>-in-<region>` (a list of every child
 * would outgrow file-name limits for a city of twenty districts), marked with
 * their parent: they are embedded and downloaded per parent, not one by one.
 */
export function childComparisonCharts(data: Dataset, region: Region): ChartSpec[] {
  const childIds = (data.childrenOf.get(region.id) ?? []).map((c) => c.id);
  if (childIds.length < 2) return [];
  const { byMetricRegion } = factIndex(data);
  const reporting = (m: Metric) => {
    const byRegion = byMetricRegion.get(m.id);
    return byRegion ? childIds.filter((id) => byRegion.has(id)).length : 0;
  };
  const specs = data.metrics
    .filter((m) => reporting(m) >= 2)
    .map((m) =>
      metricChart(data, m, childIds, {
        id: `metric-${m.id}-in-${region.id}`,
        title: `${m.name_zh}：${region.name_zh}下辖地区比较`,
      }),
    );
  const pages = parentPages(specs);
  return specs.map((spec, i) => ({ ...spec, parent: region.id, parentPage: pages[i] ?? 1 }));
}

/** Every chart the pages show: per measure, per place and topic, and sub-place comparisons. */
export function siteCharts(data: Dataset): ChartSpec[] {
  const metricCharts = data.metrics
    .filter((m) => data.factsByMetric.has(m.id))
    .map((m) => metricChart(data, m));
  const topics = Object.keys(TOPIC_LABELS) as Metric["topic"][];
  const regionCharts = data.regions.flatMap((r) =>
    topics.flatMap((t) => regionTopicChart(data, r, t) ?? []),
  );
  const childCharts = data.regions.flatMap((r) => childComparisonCharts(data, r));
  return [...metricCharts, ...regionCharts, ...childCharts];
}
