/**
 * Candidate facts from a report: every figure the reader finds, with a quote,
 * a guessed place, measure and period, a confidence and the reasons, in the
 * columns of facts.csv. Figures already curated are marked with their fact id.
 */
import { compactText } from "../data/quote.ts";
import { COLUMNS, type Fact, type Metric, type Region } from "../data/schema.ts";
import { figureProblem } from "./check.ts";
import { compactIndex, excerpt, figureWords } from "./excerpt.ts";
import { readFigures, type Figure } from "./figures.ts";
import { matchFacts, placeFacts } from "./match.ts";
import { guessMeasure } from "./measure.ts";
import { guessPeriod, sentenceBefore } from "./period.ts";
import { guessPlace, reportPlace } from "./place.ts";

/** One candidate row: facts.csv's fields (some left for the reviewer), then the extractor's own. */
export interface Candidate extends Omit<Fact, "basis" | "relations" | "line"> {
  /** Left empty: the reviewer writes the English note with the Chinese one. */
  note_en: string;
  /** Left empty: the reviewer says what the figure counts on (validate refuses an empty basis). */
  basis: string;
  /** Left empty: filled when another row of the same place, measure, period and source differs. */
  relation: string;
  /** The measure word after the figure (`支`, `人次`), empty when none. */
  unit: string;
  /** high, medium or low; `skipped` for a number a skip rule set aside (only with `withSkipped`). */
  confidence: "high" | "medium" | "low" | "skipped";
  /** How the figure was read and how place, measure and period were guessed. */
  reason: string;
  /** Id of the fact in facts.csv that already holds this figure, empty when new. */
  existing: string;
  /** Where the figure stands in the report, `[start, end)`. */
  start: number;
  end: number;
}

/** Columns written to the candidates CSV, in order: facts.csv's, then the reviewer's. */
export const CANDIDATE_COLUMNS = [
  ...COLUMNS.facts,
  "unit",
  "confidence",
  "reason",
  "existing",
] as const;

/** What the extractor knows besides the report's text. */
export interface ExtractOptions {
  /** Source id for the rows (and for finding existing facts); defaults to `report`. */
  source: string;
  /** The report's title (sources.csv), else its first line is used. */
  title?: string;
  /** The report's publisher (sources.csv), where its place is often named (苏州市委老干部局). */
  publisher?: string;
  /** The report's year (from `published` in sources.csv), for periods without a time word. */
  year?: number;
  regions: readonly Region[];
  metrics: readonly Metric[];
  /** Curated facts of this source, to mark figures already entered. */
  facts: readonly Fact[];
  /** Also list numbers a skip rule set aside, with confidence `skipped` and the rule's reason. */
  withSkipped?: boolean;
}

/** Candidate rows for every figure in `text`, in the order they appear. */
export function extractCandidates(text: string, options: ExtractOptions): Candidate[] {
  const view = compactText(text);
  const lines = text
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "");
  const title = options.title ?? lines[0] ?? "";
  // Without sources.csv, the year in the title, or in the lines at the top (a banner may come first).
  const top = lines.slice(0, 5).join("\n");
  const year = options.year ?? yearOf(title) ?? yearOf(top);
  // Numbered among all numbers of the report, so an id does not change with --with-skipped.
  const all = readFigures(text);
  const figures = all.map((f, i) => ({ f, i })).filter(({ f }) => options.withSkipped || !f.skip);
  const report = reportPlace(title, options.publisher ?? "", text, options.regions);
  const context = { ...options, title, ...(year ? { year } : {}), ...(report ? { report } : {}) };
  const rows = figures.map(({ f, i }) => {
    const words = figureWords(
      view,
      f.start,
      f.end,
      all[i - 1]?.end ?? 0,
      all[i + 1]?.start ?? Infinity,
    );
    return candidateFor(f, i, text, view, words, context);
  });
  const matched = matchFacts(rows, placeFacts(text, options.facts));
  return rows.map((row, i) => ({ ...row, existing: (matched[i] ?? []).join(" ") }));
}

/** The nearest line before `lineStart` that reads as a heading: short, with no full stop. */
function headingBefore(text: string, lineStart: number): string {
  const lines = text.slice(0, lineStart).split("\n").reverse();
  return (
    lines
      .find((l) => l.trim().length >= 4 && l.trim().length <= 40 && !/[。！？]/u.test(l))
      ?.trim() ?? ""
  );
}

/** The first year (19xx or 20xx) written in `text`. */
function yearOf(text: string): number | undefined {
  const m = /(?:19|20)\d{2}/u.exec(text);
  return m ? Number(m[0]) : undefined;
}

/** One candidate row for figure `f` (number `index` of the report); `words` are the figure's own words. */
function candidateFor(
  f: Figure,
  index: number,
  text: string,
  view: ReturnType<typeof compactText>,
  words: string,
  options: ExtractOptions & { title: string; report?: Region },
): Candidate {
  const reasons: string[] = [
    `${f.written}${f.unit ?? ""} → ${f.value} ${f.qualifier}${f.qualifierWord ? ` (${f.qualifierWord})` : ""}`,
  ];
  let quote = excerpt(view, f.start, f.end);
  let problem = figureProblem(quote, f.value, f.qualifier);
  if (problem) {
    // The clause alone may cut a qualifier word or bound that stands just before it.
    quote = excerpt(view, f.start, f.end, true);
    problem = figureProblem(quote, f.value, f.qualifier);
  }
  const at = compactIndex(view, f.start);
  const sentence = sentenceBefore(view.compact, at) + quote.slice(quote.indexOf(f.written));
  const lineStart = text.lastIndexOf("\n", f.start) + 1;
  const place = guessPlace(
    {
      sentence,
      line: text.slice(lineStart, f.start),
      heading: headingBefore(text, lineStart),
      ...(options.report ? { report: options.report } : {}),
    },
    options.regions,
  );
  const period = guessPeriod(sentenceBefore(view.compact, at), options.year);
  // The figure's own words (养老机构68家 of a list) weigh more than the rest of its quote.
  const measure = guessMeasure(quote, f.unit, f.unitEn, options.metrics, words);
  if (f.skip) reasons.unshift(`skipped (${f.skip.rule}): ${f.skip.reason}`);
  else reasons.push(`place: ${place.reason}`, `period: ${period.reason}`, measure.reason);
  if (problem) reasons.push(`check: ${problem}`);
  return {
    id: `${options.source}-${String(index + 1).padStart(3, "0")}`,
    region: place.region,
    metric: measure.metric,
    value: f.value,
    qualifier: f.qualifier,
    period: period.period,
    source: options.source,
    quote,
    note: "",
    note_en: "",
    basis: "",
    relation: "",
    unit: f.unit ?? "",
    confidence: f.skip ? "skipped" : confidence(f, measure.known, problem === undefined),
    reason: reasons.join("; "),
    existing: "",
    start: f.start,
    end: f.end,
  };
}

/** high: Arabic figure with a unit and a known measure; low: no unit or a quote that fails the check. */
function confidence(f: Figure, knownMeasure: boolean, quoteOk: boolean): Candidate["confidence"] {
  if (!quoteOk || f.unit === undefined) return "low";
  if (f.numeral === "chinese" || !knownMeasure) return "medium";
  return "high";
}
