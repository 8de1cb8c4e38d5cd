/**
 * Guesses the period a figure describes from the words before it in its
 * sentence, as data/README.md says periods are derived: a stated year
 * (`2024年`), a span (`2018年以来`, `2018、2019、2020年`, `近5年来`), else the
 * report's year (stock figures, 今年, 累计 with no start).
 */
import { chineseNumeral } from "./numerals.ts";

/** A period with the reason it was chosen. */
export interface PeriodGuess {
  period: string;
  reason: string;
}

const SENTENCE_END = /[。！？!?]/u;

/** The sentence before offset `at` of compact text (from the last full stop). */
export function sentenceBefore(compact: string, at: number): string {
  let i = at;
  while (i > 0 && !SENTENCE_END.test(compact[i - 1] ?? "")) i--;
  return compact.slice(i, at);
}

/**
 * The period of a figure whose sentence, up to the figure, is `lead`;
 * `year` is the report's year (publication date), when known.
 */
export function guessPeriod(lead: string, year: number | undefined): PeriodGuess {
  const fallback = (why: string): PeriodGuess =>
    year === undefined
      ? { period: "", reason: `${why}; report year unknown` }
      : { period: String(year), reason: `${why}: report year ${year}` };

  const frame = [
    ...lead.matchAll(/(?<!\d)(近)?(\d{1,2}|[一二两三四五六七八九十]+)年(?:来|以来)/gu),
  ].at(-1);
  const since = [...lead.matchAll(/((?:19|20)\d{2})年(?:\d{1,2}月)?以来/gu)].at(-1);
  const list = [...lead.matchAll(/((?:19|20)\d{2})(?:[、,，和至到\-—~]((?:19|20)\d{2}))+年?/gu)].at(
    -1,
  );
  const stated = [...lead.matchAll(/((?:19|20)\d{2})年(?!以来)/gu)].at(-1);
  // The time word nearest the figure wins; where two end together (2019、2020年) the longer does.
  const end = (m: RegExpExecArray) => m.index + m[0].length;
  const latest = [frame, since, list, stated]
    .filter((m) => m !== undefined)
    .sort((a, b) => end(b) - end(a) || b[0].length - a[0].length)[0];
  if (latest !== undefined && latest === since && year !== undefined) {
    return {
      period: `${since[1]}-${year}`,
      reason: `${since[0]}: from ${since[1]} to the report year`,
    };
  }
  if (latest !== undefined && latest === list) {
    const years = list[0].match(/(?:19|20)\d{2}/gu) ?? [];
    return { period: `${years[0]}-${years.at(-1)}`, reason: `years listed: ${list[0]}` };
  }
  if (latest !== undefined && latest === stated)
    return { period: stated[1] ?? "", reason: `year stated: ${stated[0]}` };
  if (latest !== undefined && latest === frame && year !== undefined) {
    const written = frame[2] ?? "";
    const n = /\d/u.test(written) ? Number(written) : chineseNumeral(written);
    if (n !== undefined && n > 1) {
      return {
        period: `${year - n + 1}-${year}`,
        reason: `${frame[0]}: ${n} years up to the report year, that year included`,
      };
    }
    return fallback(`${frame[0]}`);
  }
  if (/累计/u.test(lead)) return fallback("累计 with no start year: a running total");
  if (/今年|全年|本年/u.test(lead)) return fallback("今年/全年");
  return fallback("no time word");
}
