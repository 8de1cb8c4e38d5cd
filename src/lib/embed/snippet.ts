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

/** Absolute URL of the embed page of `spec` on `site`. */
export function embedUrl(spec: Pick<ChartSpec, "id">, site: URL | string): string {
  return absoluteUrl(`/embed/${spec.id}/`, site);
}

/** The HTML snippet to paste: iframe (`?theme=` forces its colour scheme) + host script. */
export function embedSnippet(
  spec: Pick<ChartSpec, "id" | "title">,
  site: URL | string,
  theme: EmbedTheme = DEFAULT_EMBED_THEME,
): string {
  const src = `${embedUrl(spec, site)}?theme=${theme}`;
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
