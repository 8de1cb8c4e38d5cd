/**
 * The outer SVG every chart shares: style, accessible name and description,
 * background, the chart's panels, the qualifier legend and the caveat notes,
 * stacked top to bottom with the height computed from what was drawn.
 * `<svg width="100%" height="<px>">` with no viewBox: the chart takes its column's
 * width and its content's height, and its text is never scaled (see layout.ts).
 *
 * Structure: the picture is an inner `<svg role="img">` named by its <title> and
 * <desc>; the marks sit beside it, not inside, because links inside role="img"
 * are hidden from assistive technology and fail axe's `nested-interactive` rule.
 */
import { DESIGN_WIDTH, FONT, MARGIN, SMALL_LINE, wrap } from "./layout.ts";
import { legend, type Block, type LegendSample } from "./legend.ts";
import { el, type Markup } from "./svg.ts";
import { CHART_STYLE, chartStyle } from "./theme.ts";
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
function emptyPanel(y: number): Panel {
  const message = el(
    "text",
    { class: "empty", x: "50%", y: y + 40, "text-anchor": "middle" },
    "暂无数据",
  );
  return { backdrop: message, marks: el("g"), height: 64 };
}

/** The complete `<svg>` markup of a chart. */
export function chartFrame(input: FrameInput): string {
  const { options, rows } = input;
  const width = options.width ?? DESIGN_WIDTH;
  let y = MARGIN.top;
  const body = rows.length === 0 ? emptyPanel(y) : input.body(y, width);
  y += body.height;
  // Without captions the page sets legend and notes as HTML (captions.ts), wrapping to its column.
  const captions = options.captions ?? true;
  const key =
    rows.length === 0 || !captions
      ? { markup: el("g"), height: 0 }
      : legend(rows, input.sample, 0, y + 10, width);
  y += key.height > 0 ? key.height + 10 : 0;
  const notes = notesBlock(captions ? input.notes : [], 0, y + 8, width);
  y += notes.height > 0 ? notes.height + 8 : 0;
  const height = Math.ceil(y + MARGIN.bottom);
  const desc = joinSentences([options.description, ...(input.panelNotes ?? []), ...input.notes]);
  const picture = el(
    "svg",
    { role: "img", "aria-labelledby": `${options.id}-title ${options.id}-desc` },
    [
      el("title", { id: `${options.id}-title` }, options.title),
      el("desc", { id: `${options.id}-desc` }, desc),
      el("rect", { class: "bg", width: "100%", height: "100%" }),
      body.backdrop,
      key.markup,
      notes.markup,
    ],
  );
  const attrs = {
    class: `chart chart-${input.kind}`,
    width: "100%",
    height,
    "data-chart": options.id,
  };
  const style =
    options.style === false ? null : options.palette ? chartStyle(options.palette) : CHART_STYLE;
  return el("svg", attrs, [style, picture, el("g", { class: "marks" }, body.marks)]).html;
}
