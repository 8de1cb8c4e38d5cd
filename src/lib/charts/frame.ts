/**
 * The outer SVG every chart shares: style, accessible name and description,
 * background, the chart's panels, the qualifier legend and the caveat notes,
 * stacked top to bottom with the height computed from what was drawn.
 *
 * Structure: the picture is an inner `<svg role="img">` named by its <title> and
 * <desc>; the marks sit beside it, not inside, because links inside role="img"
 * are hidden from assistive technology and fail axe's `nested-interactive` rule.
 */
import { DEFAULT_WIDTH, FONT, MARGIN, SMALL_LINE, wrap } from "./layout.ts";
import { legend, type Block, type LegendSample } from "./legend.ts";
import { el, type Markup } from "./svg.ts";
import { CHART_STYLE } from "./theme.ts";
import type { ChartOptions, ChartRow } from "./types.ts";
import { joinSentences } from "../format/text.ts";

/** A drawn part of a chart: backdrop (axes, headings, notes) inside the picture, marks on top. */
export interface Panel {
  backdrop: Markup;
  marks: Markup;
  height: number;
}

/** Wrapped small-print lines ("注：…") at (x, y), one paragraph per note. */
export function notesBlock(notes: readonly string[], x: number, y: number, width: number): Block {
  const lines = notes.flatMap((n, i) => wrap(i === 0 ? `注：${n}` : n, width, FONT.small));
  const texts = lines.map((line, i) =>
    el("text", { class: "note", x, y: y + (i + 0.75) * SMALL_LINE }, line),
  );
  return { markup: el("g", { class: "notes" }, texts), height: lines.length * SMALL_LINE };
}

/** What a chart function hands to `chartFrame`. */
export interface FrameInput {
  options: ChartOptions;
  /** Chart type, giving the class `chart-<kind>`. */
  kind: string;
  /** All rows drawn (for the legend and the empty state). */
  rows: readonly ChartRow[];
  /** Draws the chart's panels starting at `y`, `width` wide. */
  body: (y: number, width: number) => Panel;
  /** Notes drawn at the bottom (and read out in <desc>). */
  notes: readonly string[];
  /** Notes already drawn inside panels, added to <desc> only. */
  panelNotes?: readonly string[];
  /** Sample marks for the legend, in the chart's own style. */
  sample: LegendSample;
}

/** An empty chart says so instead of drawing an empty frame. */
function emptyPanel(y: number, width: number): Panel {
  const message = el(
    "text",
    { class: "empty", x: width / 2, y: y + 40, "text-anchor": "middle" },
    "暂无数据",
  );
  return { backdrop: message, marks: el("g"), height: 64 };
}

/** The complete `<svg>` markup of a chart. */
export function chartFrame(input: FrameInput): string {
  const { options, rows } = input;
  const width = options.width ?? DEFAULT_WIDTH;
  const inner = width - MARGIN.left - MARGIN.right;
  let y = MARGIN.top;
  const body = rows.length === 0 ? emptyPanel(y, width) : input.body(y, width);
  y += body.height;
  const key =
    rows.length === 0
      ? { markup: el("g"), height: 0 }
      : legend(rows, input.sample, MARGIN.left, y + 10, inner);
  y += key.height > 0 ? key.height + 10 : 0;
  const notes = notesBlock(input.notes, MARGIN.left, y + 8, inner);
  y += notes.height > 0 ? notes.height + 8 : 0;
  const height = Math.ceil(y + MARGIN.bottom);
  const desc = joinSentences([options.description, ...(input.panelNotes ?? []), ...input.notes]);
  const picture = el(
    "svg",
    { role: "img", "aria-labelledby": `${options.id}-title ${options.id}-desc` },
    [
      el("title", { id: `${options.id}-title` }, options.title),
      el("desc", { id: `${options.id}-desc` }, desc),
      el("rect", { class: "bg", width, height }),
      body.backdrop,
      key.markup,
      notes.markup,
    ],
  );
  const attrs = {
    class: `chart chart-${input.kind}`,
    viewBox: `0 0 ${width} ${height}`,
    "data-chart": options.id,
  };
  return el("svg", attrs, [CHART_STYLE, picture, el("g", { class: "marks" }, body.marks)]).html;
}
