/**
 * Which social card (og:image) each page gets, and what each card says. Cards
 * are rasterised at build time, so their number must not grow with places:
 * one for the home page, one per measure compared across places (other
 * measures share their topic's card), one per top-level place for it and every
 * place under it, one per story. At national scale: ~60 + 9 + ~30 + stories.
 */
import type { Dataset } from "../data/dataset.ts";
import { topLevelRegions } from "../data/dataset.ts";
import type { Fact, Metric, Region } from "../data/schema.ts";
import { formatPeriod, formatValue } from "../format/number.ts";
import { LEVEL_LABELS, TOPIC_LABELS } from "../labels.ts";
import type { CardFigure, CardInput } from "./card.ts";
import { metricChart } from "./specs.ts";

/** A card to build: its file name (`/cards/<name>.png`) and content. */
export interface SocialCard {
  name: string;
  card: CardInput;
}

/** What the cards need to know of a story. */
export interface StoryInfo {
  slug: string;
  title: string;
  dek: string;
  /** Fact ids the story cites, in order (its headline figures). */
  facts: readonly string[];
}

const SITE = "银龄图谱 Silver Atlas";

/** Measures reported by at least two places: the ones with a comparison worth a card. */
function compared(data: Dataset, metric: Metric): boolean {
  const facts = data.factsByMetric.get(metric.id) ?? [];
  return new Set(facts.map((f) => f.region)).size >= 2;
}

/** The top-level place `region` belongs to (itself at the top). */
function topOf(data: Dataset, region: Region): Region {
  let current = region;
  const seen = new Set<string>();
  while (current.parent && data.regionById.has(current.parent) && !seen.has(current.id)) {
    seen.add(current.id);
    current = data.regionById.get(current.parent) ?? current;
  }
  return current;
}

/** A figure of one fact: its value as the site writes it, place and period underneath. */
function factFigure(data: Dataset, fact: Fact, label: string, largest?: number): CardFigure {
  const unit = data.metricById.get(fact.metric)?.unit_zh ?? "";
  return {
    value: formatValue(fact.value, fact.qualifier, unit),
    label,
    ...(largest ? { share: fact.value / largest } : {}),
  };
}

/** Card name of the page at site path `path` (without base path), e.g. `metric-volunteer-teams`. */
export function cardName(data: Dataset, path: string): string {
  const [section, id] = path.split("/").filter(Boolean);
  if (section === "metrics" && id) {
    const metric = data.metricById.get(id);
    if (metric) return compared(data, metric) ? `metric-${id}` : `topic-${metric.topic}`;
  }
  if (section === "regions" && id) {
    const region = data.regionById.get(id);
    if (region) return `place-${topOf(data, region).id}`;
  }
  if (section === "stories" && id) return `story-${id}`;
  return "home";
}

/** Every card the site needs, for `stories`; `host` (the site's address) is printed at the bottom. */
export function socialCards(
  data: Dataset,
  stories: readonly StoryInfo[],
  host: string,
): SocialCard[] {
  const count = (n: number, what: string) => ({ value: String(n), label: what });
  const home: SocialCard = {
    name: "home",
    card: {
      kicker: SITE,
      title: "老干部工作与养老服务：各地数字，附原文出处",
      figures: [
        count(data.facts.length, "个数字，每个都链接到原文"),
        count(data.regions.length, "个地区"),
        count(data.metrics.length, "项指标"),
        count(data.sources.length, "份报告"),
      ],
      footer: host,
    },
  };
  const metrics = data.metrics.filter((m) => compared(data, m));
  const metricCards = metrics.map((m): SocialCard => {
    const facts = [...metricChart(data, m).facts].sort((a, b) => b.value - a.value);
    const largest = Math.max(...facts.map((f) => f.value));
    return {
      name: `metric-${m.id}`,
      card: {
        kicker: `${SITE} · 指标 · ${TOPIC_LABELS[m.topic].zh}`,
        title: `${m.name_zh}：各地比较`,
        figures: facts.slice(0, 4).map((f) => {
          const region = data.regionById.get(f.region);
          const place = region ? `${region.name_zh}（${LEVEL_LABELS[region.level].zh}）` : f.region;
          return factFigure(data, f, `${place}\n${formatPeriod(f.period)}`, largest);
        }),
        footer: `${host}/metrics/${m.id}/`,
      },
    };
  });
  const topics = [...new Set(data.metrics.map((m) => m.topic))];
  const topicCards = topics.map((t): SocialCard => {
    const inTopic = data.metrics.filter((m) => m.topic === t);
    const facts = inTopic.flatMap((m) => data.factsByMetric.get(m.id) ?? []);
    return {
      name: `topic-${t}`,
      card: {
        kicker: `${SITE} · 指标`,
        title: `${TOPIC_LABELS[t].zh}：${inTopic.length} 项指标`,
        figures: [
          count(facts.length, "个数字"),
          count(new Set(facts.map((f) => f.region)).size, "个地区"),
          count(new Set(facts.map((f) => f.source)).size, "份报告"),
        ],
        footer: host,
      },
    };
  });
  const placeCards = topLevelRegions(data).map((top): SocialCard => {
    const places = data.regions.filter((r) => topOf(data, r).id === top.id);
    const facts = places.flatMap((r) => data.factsByRegion.get(r.id) ?? []);
    const under = places.length - 1;
    return {
      name: `place-${top.id}`,
      card: {
        kicker: `${SITE} · 地区`,
        title: under > 0 ? `${top.name_zh}及下辖 ${under} 个地区` : top.name_zh,
        figures: [
          count(facts.length, "个数字"),
          count(new Set(facts.map((f) => f.metric)).size, "项指标"),
          count(new Set(facts.map((f) => f.source)).size, "份报告"),
        ],
        footer: `${host}/regions/${top.id}/`,
      },
    };
  });
  const storyCards = stories.map((s): SocialCard => {
    const facts = s.facts.flatMap((id) => data.factById.get(id) ?? []).slice(0, 4);
    return {
      name: `story-${s.slug}`,
      card: {
        kicker: `${SITE} · 故事`,
        title: s.title,
        figures: facts.map((f) =>
          factFigure(
            data,
            f,
            `${data.regionById.get(f.region)?.name_zh ?? ""}\n${data.metricById.get(f.metric)?.name_zh ?? ""}`,
          ),
        ),
        footer: s.dek,
      },
    };
  });
  return [home, ...metricCards, ...topicCards, ...placeCards, ...storyCards];
}
