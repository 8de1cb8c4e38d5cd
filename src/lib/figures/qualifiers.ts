/**
 * Qualifier words: how a report hedges a figure, mapped to the data
 * contract's qualifiers (data/README.md): 余/多/超过/以上/逾/上万 → over,
 * 约/左右 → about, 近/将近/接近 → nearly, none → exact.
 */
import type { Qualifier } from "../data/schema.ts";

/** Words written right before a figure, longest first so 超过 wins over 超. */
export const BEFORE: readonly (readonly [string, Qualifier])[] = [
  ["超过", "over"],
  ["多于", "over"],
  ["大于", "over"],
  ["高于", "over"],
  ["不少于", "over"],
  ["不低于", "over"],
  ["逾", "over"],
  ["超", "over"],
  ["大约", "about"],
  ["约", "about"],
  ["将近", "nearly"],
  ["接近", "nearly"],
  ["近", "nearly"],
];

/**
 * Words that bound a figure from a little further back in the same clause
 * (`至少组织开展一次`): "at least" governs the verb phrase, not just the number.
 */
export const BOUND_BEFORE: readonly (readonly [string, Qualifier])[] = [
  ["至少", "over"],
  ["最少", "over"],
];

/** Written between the digits and the multiplier or unit: `20余万`, `1.6万余`, `1000多个`. */
export const INSIDE: Readonly<Record<string, Qualifier>> = { 余: "over", 多: "over" };

/** Written after the unit: `90%以上`, `2000人左右`. */
export const AFTER: readonly (readonly [string, Qualifier])[] = [
  ["及以上", "over"],
  ["以上", "over"],
  ["有余", "over"],
  ["左右", "about"],
];

/** 上 before a bare 百/千/万 (`上万人次`) means "upwards of". */
export const UPWARDS = "上";

/** Whether `text` starts with one of `words` at `at`; returns the word and its qualifier. */
export function wordAt(
  text: string,
  at: number,
  words: readonly (readonly [string, Qualifier])[],
): readonly [string, Qualifier] | undefined {
  // A loop, not find(): this runs for every number of every quote of a national data set.
  for (const word of words) if (text.startsWith(word[0], at)) return word;
  return undefined;
}

/** The word of `words` that ends exactly at `end` in `text`, if any. */
export function wordBefore(
  text: string,
  end: number,
  words: readonly (readonly [string, Qualifier])[],
): readonly [string, Qualifier] | undefined {
  for (const word of words) {
    const from = end - word[0].length;
    if (from >= 0 && text.startsWith(word[0], from)) return word;
  }
  return undefined;
}
