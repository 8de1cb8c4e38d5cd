/**
 * The validator's figure check: a fact's value must be a figure its quote
 * states, with the multiplier applied, and its qualifier must agree with that
 * figure's words. Messages say what the quote states, so `1.6` typed for
 * `1.6万余名` reads `value 1.6, but the quote states 1.6万余 = 16000 (over)`.
 */
import { QUALIFIERS } from "../data/schema.ts";
import { readFigures, type Figure } from "./figures.ts";

/** Skip rules whose numbers are never the value of a fact: a year is not a count. */
const NEVER_VALUES = ["date"];

/** Tolerance for comparing values read from CSV with values read from text. */
const same = (a: number, b: number) => Math.abs(a - b) < 1e-9;

/** A figure as the messages show it: `1.6万余 = 16000 (over)`, or `180 (exact)` when written as its value. */
export function describeFigure(f: Figure): string {
  const plain = f.written.replace(/[,，]/gu, "");
  const shown = plain === String(f.value) ? f.written : `${f.written} = ${f.value}`;
  return `${shown} (${f.qualifier})`;
}

/**
 * The figures of `quote` a fact's value may be: every number read, skipped
 * ones included (an edition count or a rank can be entered on purpose),
 * except dates.
 */
export function statedFigures(quote: string): Figure[] {
  // Only these rules matter here; the others would cost time on every fact of a large data set.
  return readFigures(quote, NEVER_VALUES).filter((f) => !f.skip);
}

/** True when `quote` states `value` as one of its figures (any qualifier). */
export function statesValue(quote: string, value: number): boolean {
  return statedFigures(quote).some((f) => same(f.value, value));
}

/**
 * Why a fact's value and qualifier do not match its quote, or undefined when
 * they do: the value must equal a figure the quote states and the qualifier
 * must be that figure's. A qualifier outside the vocabulary is the schema
 * check's to report, so then only the value is checked.
 */
export function figureProblem(quote: string, value: number, qualifier: string): string | undefined {
  const figures = statedFigures(quote);
  const equal = figures.filter((f) => same(f.value, value));
  const known = (QUALIFIERS as readonly string[]).includes(qualifier);
  if (equal.some((f) => !known || f.qualifier === qualifier)) return undefined;
  if (equal.length > 0) return `qualifier ${qualifier}, but the quote states ${list(equal)}`;
  // Numbers that are not figures (dates, ages, names) would only distract.
  const shown = readFigures(quote).filter((f) => !f.skip);
  if (shown.length === 0) return `value ${value}, but the quote states no figure`;
  return `value ${value}, but the quote states ${list(shown)}`;
}

const list = (figures: Figure[]) => figures.map(describeFigure).join(", ");
