/**
 * How a parent's sub-place comparisons are shared out among its embed pages. One page
 * holds them all while they are few; measured on the synthetic data sets, an embed page
 * weighs ~53 bytes gzip per chart row over ~8 KB of shell (480 rows: 33.6 KB, 600 rows —
 * sixty charts of ten bars — 40.0 KB, at the 40 KB embed budget), so more than
 * PARENT_PAGE_MAX_ROWS rows go to several pages, whole topics together where they fit.
 */
import { TOPICS } from "../data/schema.ts";
import type { ChartSpec } from "./specs.ts";

/** Most chart rows (bars or dots) one embed page of a parent's comparisons holds. */
export const PARENT_PAGE_MAX_ROWS = 450;

/**
 * The page (1, 2, …) of each chart, in the order of `specs`, for pages of at most
 * `maxRows` rows: all on page 1 when they fit; otherwise in topic order, a topic starting
 * a new page when it does not fit in what is left of the current one, and a chart
 * starting one when it does not fit (a chart larger than a page has a page of its own).
 */
export function parentPages(
  specs: readonly Pick<ChartSpec, "facts" | "metrics">[],
  maxRows = PARENT_PAGE_MAX_ROWS,
): number[] {
  const rows = (i: number) => specs[i]?.facts.length ?? 0;
  const all = specs.reduce((n, s) => n + s.facts.length, 0);
  if (all <= maxRows) return specs.map(() => 1);
  const topicOf = (i: number) => TOPICS.indexOf(specs[i]?.metrics[0]?.topic ?? TOPICS[0]);
  const order = specs.map((_, i) => i).sort((a, b) => topicOf(a) - topicOf(b) || a - b);
  const topicRows = new Map<number, number>();
  for (const i of order) topicRows.set(topicOf(i), (topicRows.get(topicOf(i)) ?? 0) + rows(i));
  const pages: number[] = specs.map(() => 1);
  let page = 1;
  let used = 0;
  let topic = -1;
  for (const i of order) {
    const starts = topicOf(i) !== topic;
    topic = topicOf(i);
    const need = starts ? (topicRows.get(topic) ?? 0) : rows(i);
    if (used > 0 && (used + need > maxRows || used + rows(i) > maxRows)) {
      page++;
      used = 0;
    }
    pages[i] = page;
    used += rows(i);
  }
  return pages;
}
