/**
 * Where a fact's figure is shown, for the links back from its quote: its row
 * on the place's page and on the measure's page (`#fact-<id>`). The measure
 * page shows at most the chart's selection of a large set; a fact left out
 * there gets a link to the page itself. A large place's page lists each
 * measure's latest figure only; an earlier figure links to that row.
 */
import { metricChart } from "../charts/specs.ts";
import { metricUrl, regionUrl } from "../links.ts";
import type { Dataset } from "./dataset.ts";
import { shownAs } from "./placeFigures.ts";
import type { Fact } from "./schema.ts";

/** A link: its target and its text. */
export interface Link {
  href: string;
  text: string;
}

/** Anchor of a fact's row in the fact tables of place and measure pages. */
export const factAnchor = (id: string): string => `fact-${id}`;

const charted = new WeakMap<Dataset, Map<string, Set<string>>>();

/** Ids of the facts the measure page of `metric` lists (its chart's rows). */
function onMetricPage(data: Dataset, metric: string): Set<string> {
  let byMetric = charted.get(data);
  if (!byMetric) charted.set(data, (byMetric = new Map<string, Set<string>>()));
  let ids = byMetric.get(metric);
  if (!ids) {
    const m = data.metricById.get(metric);
    ids = new Set(m ? metricChart(data, m).facts.map((f) => f.id) : []);
    byMetric.set(metric, ids);
  }
  return ids;
}

/** For each of `facts`: the link to its row on its place's page and on its measure's page. */
export function figureLinks(
  data: Dataset,
  facts: readonly Fact[],
): Map<string, { place: Link; metric: Link }> {
  return new Map(
    facts.map((f) => {
      const anchor = `#${factAnchor(f.id)}`;
      const placeAnchor = `#${factAnchor(shownAs(data, f).id)}`;
      const metricHref = metricUrl(f.metric) + (onMetricPage(data, f.metric).has(f.id) ? anchor : "");
      return [
        f.id,
        {
          place: { href: regionUrl(f.region) + placeAnchor, text: data.regionById.get(f.region)?.name_zh ?? f.region },
          metric: { href: metricHref, text: data.metricById.get(f.metric)?.name_zh ?? f.metric },
        },
      ];
    }),
  );
}
