/**
 * The topic charts of sibling-compared places as targets on their parent's comparison
 * embed page (src/pages/embed/in/[...page].astro): for each chart a hidden
 * `<i id="region-<place>-<topic>">` that, once the fragment names it, shows the line
 * "突出显示：<place>" and, through CSS `:target` alone (JavaScript off too), hides the other
 * topics' comparisons and highlights the place's marks (`data-r`, added by `withPlaceMarks`).
 * Pure: the page renders its result, tests read it.
 */
import { escapeHtml } from "../html.ts";

/** One place's topic chart shown on the parent's page. */
export interface SiblingTarget {
  /** The chart id, `region-<place>-<topic>`: the fragment that names it. */
  id: string;
  place: string;
  /** The place's Chinese name, shown in the highlight line. */
  name: string;
  topic: string;
}

/** A value inside a CSS attribute selector's double quotes. */
const cssString = (s: string) => s.replace(/[\\"]/gu, "\\$&").replace(/[\n\r\f]/gu, "");

/**
 * Mark colour of the highlighted place (fill, and the outline and arrow of qualified figures):
 * about 4:1 against the light and the dark background alike, and unlike either theme's bars.
 */
export const HIGHLIGHT = "#d9480f";

/**
 * The targets' markup (children of `main`, before the sections) and their style sheet: a rule
 * per topic hiding the sections of other topics (sections carry `data-topic`), a rule per place
 * highlighting its marks, and the list of pages hidden while a target is named (the page title,
 * naming the parent, stays above the line naming the place).
 */
export function siblingTargets(targets: readonly SiblingTarget[]): { html: string; css: string } {
  if (targets.length === 0) return { html: "", css: "" };
  const html = targets
    .map(
      (t) =>
        `<i class="sibling-target" id="${escapeHtml(t.id)}" data-topic="${escapeHtml(t.topic)}" data-place="${escapeHtml(t.place)}" hidden>突出显示：${escapeHtml(t.name)}</i>`,
    )
    .join("");
  const named = (attr: string, value: string) =>
    `main:has(>i[data-${attr}="${cssString(value)}"]:target)`;
  const topics = [...new Set(targets.map((t) => t.topic))].map(
    (topic) =>
      `${named("topic", topic)}>.parent-chart:not([data-topic="${cssString(topic)}"]){display:none}`,
  );
  const places = [...new Set(targets.map((t) => t.place))].map(
    (place) =>
      `${named("place", place)} [data-r="${cssString(place)}"]{--chart-bar:${HIGHLIGHT};--chart-bar-qualified:${HIGHLIGHT};font-weight:700}`,
  );
  const css = [
    "main>i.sibling-target:target{display:block;font-style:normal;margin:0 0 .5rem}",
    // The page title stays: it names the parent, the target line the place.
    "main:has(>i.sibling-target:target)>.parent-pages{display:none}",
    ...topics,
    ...places,
  ].join("\n");
  return { html, css };
}

/**
 * Rendered chart markup with each mark's fact (`data-key="<fact id>"`) replaced by its
 * place (`data-r="<place id>"`), so that a target's rule can highlight one place's marks.
 * Nothing on these pages reads the fact key, and at 3,000 places it was 8 MB of them.
 * `placeOf` gives a fact's place; marks of unknown facts are left as they are.
 */
export function withPlaceMarks(
  html: string,
  placeOf: (fact: string) => string | undefined,
): string {
  return html.replace(/ data-key="([^"]*)"/gu, (whole, key: string) => {
    const place = placeOf(key.replace(/&amp;/gu, "&"));
    return place === undefined ? whole : ` data-r="${escapeHtml(place)}"`;
  });
}
