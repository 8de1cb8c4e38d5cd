/**
 * What every mark of every chart shares: ranking order, the label line
 * ("海淀区 2023年 … 1.6万+ 人"), the tooltip, and the `<g class="mark">`
 * wrapper with its key and optional link to the quote.
 */
import { formatPeriod, formatValue } from "../format/number.ts";
import { withLevel } from "../labels.ts";
import { FONT, textWidth, wrap } from "./layout.ts";
import { el, raw, serialize, type Child, type Markup } from "./svg.ts";
import type { ChartRow } from "./types.ts";

/** Rows ranked by value, largest first; ties by label then key so output is deterministic. */
export function sortRows(rows: readonly ChartRow[]): ChartRow[] {
  return [...rows].sort(
    (a, b) =>
      b.value - a.value ||
      a.label.localeCompare(b.label, "zh-CN") ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}

/**
 * A place with its level where the name does not say it, so unlike places are never
 * silently compared: "海淀区", "北京市（省级）"; and the place beside it in the chart that
 * contains it: "翔安区（属厦门市）".
 */
export function rowLabel(row: ChartRow): string {
  // A level qualifies a place's name, never a measure's (charts labelled by measure).
  const isPlace = row.place === undefined || row.place.name === row.label;
  const placeName = row.level && isPlace ? withLevel(row.label, row.level) : row.label;
  const name = row.partOf && isPlace ? `${placeName}（属${row.partOf}）` : placeName;
  return row.detail ? `${name}：${row.detail}` : name;
}

/** The full text of a mark, used as its tooltip and link name: "海淀区，2023年：1.6万+ 人". */
export function rowText(row: ChartRow, unit: string): string {
  return `${rowLabel(row)}，${formatPeriod(row.period)}：${formatValue(row.value, row.qualifier, unit)}`;
}

/** CSS classes of a qualified mark: `approx` (dashed, pale) for about/nearly, plus `q-<qualifier>`. */
export function qualifierClass(row: Pick<ChartRow, "qualifier">): string {
  const approx = row.qualifier === "about" || row.qualifier === "nearly" ? " approx" : "";
  return `q-${row.qualifier}${approx}`;
}

// Gap between the label, period and value on a row's text line.
const GAP = 8;

/** Distance between the lines of a wrapped label. */
export const LABEL_LINE = 20;

/** A row's text: its markup, and how much taller than one line it is (0 unless the label wraps). */
export interface RowHeader {
  markup: Markup;
  extra: number;
}

/**
 * The text above a mark: label and period on the left, the value as the source
 * qualifies it right-aligned at the chart's right edge (`x="100%"`). A label too long
 * for the line at the narrowest width (`width` px) wraps onto more lines rather than
 * being cut, so the visible text is the whole of the mark's link name (WCAG 2.5.3,
 * label in name) and nothing is left to the tooltip.
 */
export function rowHeader(row: ChartRow, unit: string, width: number, y: number): RowHeader {
  const value = formatValue(row.value, row.qualifier, unit);
  const period = formatPeriod(row.period);
  // Bold digits run a little wider than the estimate.
  const valueWidth = textWidth(value, FONT.label) * 1.08;
  const room = width - valueWidth - textWidth(period, FONT.small) - 3 * GAP;
  const [first = "", ...rest] = wrap(rowLabel(row), Math.max(room, 3 * FONT.label), FONT.label);
  // No wrapper <g>, no x="0" and the value's end anchor in the style sheet: a place's embed
  // page draws hundreds of these, and every byte of each is repeated hundreds of times.
  const markup = raw(
    serialize([
      el("text", { class: "label", y }, [
        first,
        rest.map((line) => el("tspan", { x: 0, dy: LABEL_LINE }, line)),
        el("tspan", { class: "period", dx: GAP }, period),
      ]),
      el("text", { class: "value", x: "100%", y }, value),
    ]),
  );
  return { markup, extra: rest.length * LABEL_LINE };
}

/**
 * `href` if it is a site path, fragment or http(s) URL; otherwise nothing. Escaping keeps
 * markup intact but would still let a `javascript:` link run, so such links are dropped.
 */
export function safeHref(href: string | undefined): string | undefined {
  if (href === undefined) return undefined;
  const h = href.trim().toLowerCase();
  const ok = ["/", "#", "./", "../", "http://", "https://"].some((p) => h.startsWith(p));
  return ok ? href : undefined;
}

/**
 * One mark: `<g class="mark" data-key>` with the drawn parts, wrapped in `<a href>` named
 * by the row's full text when the row links to its quote. No `<title>` tooltip: the
 * visible text already holds the whole label, period and value (`rowHeader`), so a
 * tooltip only repeated it, once per mark, in every chart.
 */
export function markGroup(row: ChartRow, unit: string, parts: Child): Markup {
  // Only `q-*` here: `approx` styles shapes, and would outline the text too.
  const mark = el("g", { class: `mark q-${row.qualifier}`, "data-key": row.key }, parts);
  const href = safeHref(row.href);
  return href === undefined ? mark : el("a", { href, "aria-label": rowText(row, unit) }, mark);
}
