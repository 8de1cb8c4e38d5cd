/**
 * A social card (og:image): a 600 × 315 sheet drawn at 2× into a 1,200 × 630
 * PNG, with the site's name, the page's title and its headline figures, each
 * optionally with a bar showing its share of the largest.
 */
import { wrap } from "./layout.ts";
import { el, raw, type Markup } from "./svg.ts";
import { EXPORT_STACK, LIGHT } from "./theme.ts";

/** Sheet size in px (the PNG is twice this). */
export const CARD = { width: 600, height: 315 } as const;

/** One headline figure: the value as the site writes it, what it counts (lines split at "\n"), its bar (0–1) if any. */
export interface CardFigure {
  value: string;
  label: string;
  share?: number;
}

/** What a card says. */
export interface CardInput {
  /** Small line above the title ("指标 · 志愿服务"). */
  kicker: string;
  title: string;
  /** At most four; more are left out. */
  figures: readonly CardFigure[];
  /** Bottom line, e.g. the page's address. */
  footer: string;
}

const PAD = 32;
const INNER = CARD.width - 2 * PAD;

/** At most `max` wrapped lines of `text`, the last ending in "…" when text was left out. */
function clamp(text: string, width: number, size: number, max: number): string[] {
  const all = wrap(text, width, size);
  if (all.length <= max) return all;
  const kept = all.slice(0, max);
  const last = kept[max - 1] ?? "";
  kept[max - 1] = `${[...last].slice(0, -1).join("")}…`;
  return kept;
}

/** `<text>` lines of `cls` from `y`, `line` px apart. */
function textLines(lines: string[], cls: string, x: number, y: number, line: number): Markup[] {
  return lines.map((t, i) => el("text", { class: cls, x, y: y + i * line }, t));
}

/** The card's standalone SVG document. */
export function cardSvg(input: CardInput): string {
  const p = LIGHT;
  const style = raw(
    `<style>svg{font-family:${EXPORT_STACK}}.k,.l,.f{font-size:14px;fill:${p.muted}}.t{font-size:28px;font-weight:700;fill:${p.text}}.v{font-size:24px;font-weight:700;fill:${p.text}}.b{fill:${p.bar}}.a{fill:${p.accent}}.bg{fill:${p.bg}}</style>`,
  );
  const title = clamp(input.title, INNER, 28, 2);
  const figures = input.figures.slice(0, 4);
  const cell = figures.length > 0 ? INNER / figures.length : INNER;
  const top = 80 + title.length * 38 + 16;
  const cells = figures.map((f, i) => {
    const x = PAD + i * cell;
    const bar =
      f.share === undefined
        ? null
        : el("rect", {
            class: "b",
            x,
            y: top + 12,
            width: Math.max(2, (cell - 16) * Math.min(1, Math.max(0, f.share))),
            height: 10,
          });
    const labelTop = top + (bar ? 42 : 28);
    return el("g", {}, [
      el("text", { class: "v", x, y: top }, clamp(f.value, cell - 12, 24, 1)[0] ?? ""),
      bar,
      textLines(
        f.label
          .split("\n")
          .flatMap((line) => clamp(line, cell - 16, 14, 2))
          .slice(0, 3),
        "l",
        x,
        labelTop,
        19,
      ),
    ]);
  });
  const svg = el(
    "svg",
    {
      xmlns: "http://www.w3.org/2000/svg",
      width: CARD.width,
      height: CARD.height,
      viewBox: `0 0 ${CARD.width} ${CARD.height}`,
    },
    [
      style,
      el("rect", { class: "bg", width: "100%", height: "100%" }),
      el("rect", { class: "a", width: 8, height: "100%" }),
      el("text", { class: "k", x: PAD, y: 44 }, clamp(input.kicker, INNER, 14, 1)[0] ?? ""),
      textLines(title, "t", PAD, 84, 38),
      cells,
      el("text", { class: "f", x: PAD, y: CARD.height - 24 }, clamp(input.footer, INNER, 14, 1)[0]),
    ],
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg.html}`;
}
