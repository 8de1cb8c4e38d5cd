/**
 * Guesses the measure a figure counts: among the existing measures in its
 * unit, the one whose name shares most words (character pairs) with the
 * figure's clause; else a suggested new id named after the unit.
 */
import type { Metric } from "../data/schema.ts";

/** A measure id with the reason it was chosen; `known` is false for a suggested new id. */
export interface MeasureGuess {
  metric: string;
  known: boolean;
  reason: string;
}

/** Units that count the same thing: 名 and 位 are people (人); 场次 are 场. */
const SAME_UNIT: Readonly<Record<string, string>> = { 名: "人", 位: "人", 场次: "场", "％": "%" };
const unitKey = (unit: string) => SAME_UNIT[unit] ?? unit;

/** Overlapping character pairs of the Chinese in `text`. */
function pairs(text: string): Set<string> {
  const han = text.replace(/[^\p{Script=Han}]/gu, "");
  const out = new Set<string>();
  for (let i = 0; i + 1 < han.length; i++) out.add(han.slice(i, i + 2));
  return out;
}

/**
 * The measure of a figure with `unit` (and its English name `unitEn`) whose
 * clause is `clause` and whose own words (its item of a list) are `near`:
 * words near the figure count three times. Ties go to the measure listed first.
 */
export function guessMeasure(
  clause: string,
  unit: string | undefined,
  unitEn: string | undefined,
  metrics: readonly Metric[],
  near = "",
): MeasureGuess {
  const suggested = `new-${unitEn ?? "count"}`;
  if (unit === undefined)
    return { metric: suggested, known: false, reason: "no unit: suggested a new measure" };
  const words = pairs(clause);
  const close = pairs(near);
  const weight = (p: string) => (words.has(p) ? 1 : 0) + (close.has(p) ? 2 : 0);
  let best: { metric: Metric; score: number } | undefined;
  for (const metric of metrics) {
    if (unitKey(metric.unit_zh) !== unitKey(unit)) continue;
    const name = pairs(metric.name_zh);
    let score = 0;
    for (const p of name) score += 2 * weight(p);
    for (const p of pairs(metric.definition_zh)) if (!name.has(p)) score += weight(p);
    if (score > 0 && (!best || score > best.score)) best = { metric, score };
  }
  if (!best)
    return {
      metric: suggested,
      known: false,
      reason: `no measure in ${unit} matches the words: suggested a new measure`,
    };
  return {
    metric: best.metric.id,
    known: true,
    reason: `measure in ${unit} sharing words with the clause (${best.metric.name_zh})`,
  };
}
