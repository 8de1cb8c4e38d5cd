/**
 * A chart of hand-picked facts, for stories: `<Chart facts={[…]} />`. Each bar
 * is one fact, labelled by its measure (one place) or by place and measure.
 * One axis means one unit, so facts with different units are refused rather
 * than drawn on a shared scale that would make 家 and 人 look comparable.
 */
import type { Dataset } from "../data/dataset.ts";
import type { Fact } from "../data/schema.ts";
import { metricUrl } from "../links.ts";
import type { ChartSpec } from "./specs.ts";

/** Why a fact set cannot be one chart, or undefined when it can. */
export function factSetProblem(data: Dataset, ids: readonly string[]): string | undefined {
  if (ids.length === 0) return "<Chart facts> lists no fact";
  const facts = ids.flatMap((id) => data.factById.get(id) ?? []);
  if (facts.length < ids.length) return undefined; // unknown ids are reported on their own
  const units = new Map<string, string>();
  for (const f of facts) {
    const unit = data.metricById.get(f.metric)?.unit_zh ?? "";
    if (!units.has(unit)) units.set(unit, f.id);
  }
  if (units.size > 1) {
    const listed = [...units].map(([unit, id]) => `"${id}" in ${unit}`).join(", ");
    return `<Chart facts> mixes units (${listed}): a chart has one axis, so list facts of one unit`;
  }
  return undefined;
}

/** FNV-1a of the ids: a short, stable chart id that changes when the list does. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, "0");
}

/** Where a fact-set chart lives and what it is called. */
export interface FactSetOptions {
  /** Chart title (default: the places and the measures). */
  title?: string | undefined;
  /** The page that shows the chart, e.g. the story (default: the first measure's page). */
  page?: string | undefined;
}

/**
 * The chart of `ids`, bars ranked by value. Throws on unknown ids or mixed
 * units (the story check reports both with the file and line first).
 */
export function factSetChart(
  data: Dataset,
  ids: readonly string[],
  { title, page }: FactSetOptions = {},
): ChartSpec {
  const problem = factSetProblem(data, ids);
  if (problem) throw new Error(problem);
  const facts: Fact[] = ids.map((id) => {
    const fact = data.factById.get(id);
    if (!fact) throw new Error(`unknown fact "${id}"`);
    return fact;
  });
  const metrics = [...new Set(facts.map((f) => f.metric))].flatMap(
    (id) => data.metricById.get(id) ?? [],
  );
  const places = [...new Set(facts.map((f) => f.region))].flatMap(
    (id) => data.regionById.get(id)?.name_zh ?? [],
  );
  const unit = metrics[0]?.unit_zh ?? "";
  const names = metrics.map((m) => m.name_zh).join("、");
  return {
    id: `facts-${hash(ids.join(","))}`,
    kind: unit === "%" ? "dot" : "bar",
    title: title ?? `${places.join("、")}：${names}`,
    description: `${places.join("、")}的 ${facts.length} 个数字（${unit}）：${names}。按数值从大到小排列。`,
    facts,
    metrics,
    page: page ?? metricUrl(metrics[0]?.id ?? ""),
    labelBy: "metric",
  };
}
