/**
 * The number reader shared by the validator (src/lib/data/validate.ts) and the
 * extractor (scripts/extract.ts): one reading of Chinese report figures.
 */
export { figureProblem, statedFigures, statesValue, describeFigure } from "./check.ts";
export { readFigures, type Figure } from "./figures.ts";
export { chineseNumeral } from "./numerals.ts";
export { SKIP_RULES, type SkipRule } from "./skip.ts";
