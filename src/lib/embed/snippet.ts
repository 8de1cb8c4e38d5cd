/**
 * What a journalist copies to embed a chart, and how to cite it: the iframe
 * (lazy, full width, a sensible default height that works without script) and
 * the host script that sizes it, plus a one-line citation.
 */
import type { Dataset } from "../data/dataset.ts";
import type { ChartSpec } from "../charts/specs.ts";
import { absoluteUrl } from "../links.ts";

/** Colour scheme of an embed: forced light or dark, or auto (the reader's system setting). */
export type EmbedTheme = "light" | "dark" | "auto";

/**
 * The snippet's default: light, because most news pages are light whatever the reader's
 * system says, and an auto embed turns into a dark block on them for readers in dark mode.
 */
export const DEFAULT_EMBED_THEME: EmbedTheme = "light";

/** Height the iframe has before (or without) the host script. */
export const DEFAULT_EMBED_HEIGHT = 520;

const escapeAttr = (s: string) =>
  s.replace(/&/gu, "&amp;").replace(/"/gu, "&quot;").replace(/</gu, "&lt;").replace(/>/gu, "&gt;");

type ChartRef = Pick<ChartSpec, "id" | "place" | "parent" | "parentPage" | "comparedIn">;

/** Site path of page `n` (1, 2, …) of a parent's sub-place comparisons. */
export const parentEmbedPage = (parent: string, n: number): string =>
  n > 1 ? `/embed/in/${parent}/${n}/` : `/embed/in/${parent}/`;

/**
 * Site path of the page that embeds `spec`, with the fragment that names it on a shared
 * page: its own `/embed/<id>/`, its place's `/embed/place/<place>/#<id>` or its parent's
 * `/embed/in/<parent>/#<id>` (`/embed/in/<parent>/<n>/#<id>` for page n > 1 of a parent
 * with many); the fragment shows that chart alone through `:target`, JavaScript off too.
 * A sibling-compared place's topic chart (`comparedIn`) is a target on its parent's page:
 * `/embed/in/<parent>/[<n>/]#region-<place>-<topic>`.
 */
export function embedPath(spec: ChartRef): { page: string; fragment: string } {
  if (spec.comparedIn !== undefined)
    return {
      page: parentEmbedPage(spec.comparedIn, spec.parentPage ?? 1),
      fragment: `#${spec.id}`,
    };
  if (spec.place !== undefined)
    return { page: `/embed/place/${spec.place}/`, fragment: `#${spec.id}` };
  if (spec.parent !== undefined)
    return { page: parentEmbedPage(spec.parent, spec.parentPage ?? 1), fragment: `#${spec.id}` };
  return { page: `/embed/${spec.id}/`, fragment: "" };
}

/** Absolute URL of the embed page of `spec` on `site`, with `query` (`?theme=…`) if given. */
export function embedUrl(spec: ChartRef, site: URL | string, query = ""): string {
  const { page, fragment } = embedPath(spec);
  return `${absoluteUrl(page, site)}${query}${fragment}`;
}

/** Site path of the CSV that holds `spec`'s rows (a place's or a parent's charts share one). */
export function chartCsvPath(spec: ChartRef): string {
  if (spec.place !== undefined) return `/charts/place-${spec.place}.csv`;
  if (spec.parent !== undefined) return `/charts/in-${spec.parent}.csv`;
  return `/charts/${spec.id}.csv`;
}

/** Site path of `spec`'s standalone SVG sheet; charts on a shared embed page have none. */
export function chartSvgPath(spec: ChartRef): string | undefined {
  return spec.place === undefined && spec.parent === undefined
    ? `/charts/${spec.id}.svg`
    : undefined;
}

/** The HTML snippet to paste: iframe (`?theme=` forces its colour scheme) + host script. */
export function embedSnippet(
  spec: Pick<ChartSpec, "id" | "title" | "place" | "parent" | "parentPage" | "comparedIn">,
  site: URL | string,
  theme: EmbedTheme = DEFAULT_EMBED_THEME,
): string {
  const src = embedUrl(spec, site, `?theme=${theme}`);
  const script = absoluteUrl("/embed.js", site);
  return [
    `<iframe src="${escapeAttr(src)}" title="${escapeAttr(`${spec.title}（银龄图谱）`)}" loading="lazy" width="100%" height="${DEFAULT_EMBED_HEIGHT}" style="width:100%;border:0" data-silver-atlas-embed></iframe>`,
    `<script src="${escapeAttr(script)}" async></script>`,
  ].join("\n");
}

/** Titles of the sources behind a chart, in order of first use. */
export function chartSources(spec: ChartSpec, data: Dataset): string[] {
  return [...new Set(spec.facts.map((f) => f.source))].map(
    (id) => data.sourceById.get(id)?.title_zh ?? id,
  );
}

/** "Silver Atlas, <title>, data from <sources>, <URL>" — in Chinese. */
export function citation(spec: ChartSpec, data: Dataset, site: URL | string): string {
  return `银龄图谱 Silver Atlas，《${spec.title}》，数据来自${chartSources(spec, data)
    .map((t) => `《${t}》`)
    .join("、")}，${embedUrl(spec, site)}`;
}
