/**
 * The standings table of a place page as an HTML string: each measure's latest
 * figure once (linked to its quote), its period, its rank among the places it is
 * compared with, and a dot strip with the place highlighted. A string because a
 * place at national scale has sixty rows of thirty dots each, and an Astro
 * component per row and dot took most of the page's render time. Every text is
 * escaped by `el` (src/lib/charts/svg.ts).
 */
import { el, num, raw, serialize, type Attrs, type Child, type Markup } from "../charts/svg.ts";
import type { Standing } from "../charts/standing.ts";
import { factAnchor } from "../data/figureLinks.ts";
import { formatPeriod, formatValue } from "../format/number.ts";
import { metricUrl, quoteUrl } from "../links.ts";

/** Options of `standingsTable`. */
export interface StandingsOptions {
  /** Table caption. */
  caption: string;
  /**
   * Give each row the `fact-<id>` anchor of its latest figure: on a compact place page,
   * where no full table holds it (an id may appear only once per page).
   */
  anchors?: boolean;
}

/** An HTML element: as `el`, but never self-closing (`<td/>` opens a cell in HTML). */
function tag(name: string, attrs: Attrs, children: Child): Markup {
  const { html } = el(name, attrs, children);
  return html.endsWith("/>") ? raw(`${html.slice(0, -2)}></${name}>`) : raw(html);
}

/** The strip's size in px (PlaceStandings.astro sets it: 96 × 12) and the room at its ends. */
const STRIP = { width: 96, pad: 4 };

/** x of each peer's dot, the highest at the right (one place in the middle). */
export function stripX(standing: Standing): number[] {
  const values = standing.peers.map((p) => p.fact.value);
  const min = Math.min(...values);
  const span = Math.max(...values) - min;
  const inner = STRIP.width - 2 * STRIP.pad;
  return values.map((v) => STRIP.pad + (span === 0 ? inner / 2 : (inner * (v - min)) / span));
}

/**
 * The dot strip of one standing: the peers' dots as one path of zero-length round-capped
 * strokes (a few bytes a dot instead of a `<circle>` each: sixty strips a page), the place's
 * own drawn last and larger. No viewBox: one unit is one pixel.
 */
function strip(standing: Standing): Markup {
  const xs = stripX(standing);
  const own = standing.peers.findIndex((p) => p.fact === standing.latest);
  const dots = xs.map((x, i) => (i === own ? "" : `M${num(x)} 6h0`)).join("");
  // Its size is in the style sheet (PlaceStandings.astro), not repeated on sixty strips.
  const attrs = { class: "strip", "aria-hidden": "true" };
  return el("svg", attrs, [
    el("path", { class: "axis", d: `M${STRIP.pad} 6H${STRIP.width - STRIP.pad}` }),
    dots !== "" && el("path", { class: "peers", d: dots }),
    el("circle", { class: "own", cx: xs[own] ?? 0, cy: 6, r: 4.5 }),
  ]);
}

/** The rank cell: "第 2 / 9" with the strip and the caveats, or that nothing compares. */
function rankCell(s: Standing): Markup {
  if (s.peers.length <= 1) return tag("td", {}, tag("span", { class: "muted" }, "无可比地区"));
  const caveats =
    s.caveats.length > 0 && tag("span", { class: "note" }, `（${s.caveats.join("，")}）`);
  return tag("td", {}, [`第 ${s.rank} / ${s.peers.length} `, strip(s), caveats]);
}

/** One measure's row. */
function row(s: Standing, anchors: boolean): Markup {
  const value = formatValue(s.latest.value, s.latest.qualifier, s.metric.unit_zh);
  return tag("tr", { id: anchors ? factAnchor(s.latest.id) : undefined }, [
    tag("th", { scope: "row" }, tag("a", { href: metricUrl(s.metric.id) }, s.metric.name_zh)),
    tag("td", { class: "num" }, tag("a", { href: quoteUrl(s.latest) }, value)),
    tag("td", {}, formatPeriod(s.latest.period)),
    rankCell(s),
  ]);
}

const HEAD = serialize(
  tag(
    "thead",
    {},
    tag("tr", {}, [
      tag("th", { scope: "col" }, "指标"),
      tag("th", { scope: "col", class: "num" }, "最新数字"),
      tag("th", { scope: "col" }, "时期"),
      tag("th", { scope: "col" }, "排名"),
    ]),
  ),
);

/** `<table>` of a place's standings in one topic, every text escaped. */
export function standingsTable(standings: readonly Standing[], options: StandingsOptions): string {
  const body = tag(
    "tbody",
    {},
    standings.map((s) => row(s, options.anchors ?? false)),
  );
  return `<table>${tag("caption", {}, options.caption).html}${HEAD}${body.html}</table>`;
}
