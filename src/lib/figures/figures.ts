/**
 * Finds the figures in Chinese report text: each number with where it stands,
 * how it is written, its 万/亿 multiplier, the qualifier words around it and
 * the measure word after it, and, for numbers that are not figures (dates,
 * ages, names, ordinals…), the rule that says so. Whitespace inside a figure
 * (`全市 147 支`, `完\n\n工181部`) is ignored, as the quote check ignores it.
 */
import { compactText, hasWhitespace } from "../data/quote.ts";
import type { Qualifier } from "../data/schema.ts";
import {
  arabicNumeral,
  chineseDecimal,
  chineseNumeral,
  CHINESE_NUMERAL_CHARS,
  MULTIPLIERS,
  scale,
} from "./numerals.ts";
import { AFTER, BEFORE, BOUND_BEFORE, INSIDE, UPWARDS, wordAt, wordBefore } from "./qualifiers.ts";
import { skipRule, type SkipRule } from "./skip.ts";
import { unitAt } from "./units.ts";

/** One number read from a text. */
export interface Figure {
  /** `[start, end)` in the original text, from the first qualifier word to the unit. */
  start: number;
  end: number;
  /** The figure as written, whitespace removed, without its unit: `1.6万余`, `超过2000`, `90%以上`. */
  written: string;
  /** The number as written, before the multiplier: 1.6 in `1.6万余`. */
  number: number;
  /** 10,000 for 万, 10⁸ for 亿, 1 when none. */
  multiplier: number;
  /** The figure in base units: 16000 for `1.6万余`. */
  value: number;
  numeral: "arabic" | "chinese";
  /** What the words around the figure say: 余 → over, 约 → about, 近 → nearly, none → exact. */
  qualifier: Qualifier;
  /** The word that set the qualifier (`余`, `超过`, `至少`), if any. */
  qualifierWord?: string;
  /** The measure word after the figure (`支`, `人次`, `%`), if any. */
  unit?: string;
  /** English name of the unit, for suggested measure ids. */
  unitEn?: string;
  /** Set when the number is not a figure (a date, an age, part of a name…). */
  skip?: SkipRule;
}

/** What the skip rules see: the figure and where it sits in the whitespace-free text. */
export interface Reading extends Omit<Figure, "start" | "end" | "skip"> {
  /** The whitespace-free text the figure was read from. */
  text: string;
  /** Index in `text` where the digits (or numerals) start and end. */
  numStart: number;
  numEnd: number;
  /** Index in `text` just after the figure and its unit and trailing qualifier. */
  after: number;
  /** Index in `text` where the written figure starts (its qualifier word included). */
  from: number;
}

const D = "0-9０-９";
/** Arabic digits (full-width too), a run of Chinese numerals, or 百分之 + numerals (百分之九十). */
const NUMBER = new RegExp(
  String.raw`([${D}]+(?:[,，][${D}]{3}(?![${D}]))*(?:[.．][${D}]+)?)|百分之([${CHINESE_NUMERAL_CHARS}]+(?:点[${CHINESE_NUMERAL_CHARS}]+)?)|([${CHINESE_NUMERAL_CHARS}]+)`,
  "gu",
);
/** Time units after which 多/余 still hedge the figure: 3年多, 两个多月 (but 3年多次 is "many times"). */
const TIME_UNITS = new Set(["年", "个月", "小时", "天"]);
/** Words ending in 近 or 约 that do not hedge the number after them (附近3个, 签约65岁). */
const NOT_HEDGES = [
  "附近",
  "最近",
  "就近",
  "靠近",
  "贴近",
  "签约",
  "预约",
  "公约",
  "节约",
  "制约",
  "条约",
];
/** Punctuation that ends a clause: a bound such as 至少 does not reach past it. */
const CLAUSE_ENDS = "，。；！？,;!?：:、";
const MULTIPLIER_WORDS = Object.keys(MULTIPLIERS);
const MULTIPLIER_FIRSTS = [...new Set(MULTIPLIER_WORDS.map((w) => w[0]))].join("");
/** 余/多 as hedges, one shared tuple each. */
const INSIDE_HEDGES = new Map<string, Hedge>(
  Object.entries(INSIDE).map(([word, q]): [string, Hedge] => [word, [word, q]]),
);
const LINE_TERMINATORS = "\n\r\u2028\u2029";
const PERCENT = ["%", "percent"] as const;
const LINKS = "有达了";
const BEFORE_LASTS = [...new Set(BEFORE.map(([w]) => w.at(-1)))].join("");
const BARE_POWERS = new Set(["十", "百", "千", "万", "亿", "百万", "千万"]);

/**
 * Every number in `text`, in order, with skip rules applied: all of them, or
 * only `rules` (by id) when a caller needs just those and wants the speed.
 */
export function readFigures(text: string, rules?: readonly string[]): Figure[] {
  // Most quotes have no whitespace: then offsets need no mapping.
  const view = hasWhitespace(text) ? compactText(text) : undefined;
  const compact = view?.compact ?? text;
  const figures: Figure[] = [];
  let consumed = 0;
  // exec on the one module-level regex: matchAll copies the regex on every call, which
  // cost as much as reading the figures of 900,000 short quotes. Nothing below reads NUMBER.
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(compact); m !== null; m = NUMBER.exec(compact)) {
    // The 万 of 4.2万 was read with its digits; it is not a second number.
    if (m.index < consumed) continue;
    const percent = m[2] !== undefined;
    const start = percent ? m.index + "百分之".length : m.index;
    const reading = readAt(compact, start, m[1], m[2] ?? m[3], percent ? m.index : start);
    if (!reading) continue;
    consumed = reading.after;
    const skip = skipRule(reading, rules);
    const from = (view ? view.origin[reading.from] : reading.from) ?? 0;
    const end = ((view ? view.origin[reading.after - 1] : reading.after - 1) ?? from) + 1;
    // Optional fields are set only when present (no spread of temporary objects: this runs on every fact).
    const figure: Figure = {
      start: from,
      end,
      written: reading.written,
      number: reading.number,
      multiplier: reading.multiplier,
      value: reading.value,
      numeral: reading.numeral,
      qualifier: reading.qualifier,
    };
    if (reading.qualifierWord !== undefined) figure.qualifierWord = reading.qualifierWord;
    if (reading.unit !== undefined) figure.unit = reading.unit;
    if (reading.unitEn !== undefined) figure.unitEn = reading.unitEn;
    if (skip) figure.skip = skip;
    figures.push(figure);
  }
  return figures;
}

/** A qualifier word and the qualifier it gives. */
type Hedge = readonly [string, Qualifier];

/**
 * Reads the figure whose digits (`arabic`) or numerals (`chinese`) start at
 * `at`; `lead` is where its words start when they come first (百分之九十).
 */
function readAt(
  text: string,
  at: number,
  arabic: string | undefined,
  chinese: string | undefined,
  lead: number,
): Reading | undefined {
  const digits = arabic ?? chinese ?? "";
  const percentWords = lead < at;
  const number =
    arabic !== undefined
      ? arabicNumeral(arabic)
      : percentWords
        ? chineseDecimal(digits)
        : chineseNumeral(digits);
  if (number === undefined || !Number.isFinite(number)) return undefined;
  const numEnd = at + digits.length;
  const tail = readTail(text, numEnd, arabic !== undefined, percentWords);
  // Words after the digits are the nearer ones: they win over words before.
  const head = tail.hedge
    ? { from: lead }
    : readHead(text, lead, at, chinese !== undefined ? digits : "");
  const hedge = tail.hedge ?? head.hedge;
  const reading: Reading = {
    text,
    numStart: at,
    numEnd,
    after: tail.end,
    from: head.from,
    written: text.slice(head.from, tail.writtenTo),
    number,
    multiplier: tail.multiplier,
    value: tail.multiplier === 1 ? number : scale(number, tail.multiplier),
    numeral: arabic !== undefined ? "arabic" : "chinese",
    qualifier: hedge?.[1] ?? "exact",
  };
  if (hedge) reading.qualifierWord = hedge[0];
  if (tail.unit) {
    reading.unit = tail.unit[0];
    reading.unitEn = tail.unit[1];
  }
  return reading;
}

/** What follows the digits. */
interface Tail {
  multiplier: number;
  unit?: readonly [string, string];
  hedge?: Hedge;
  /** End of the written figure (before the unit, unless a hedge follows the unit). */
  writtenTo: number;
  /** End of the whole figure, unit and hedge included. */
  end: number;
}

/**
 * The words after the digits at `pos`: 余/多 before or after the multiplier
 * (`20余万`, `1.6万余`), the multiplier, the unit, and 以上/左右 after the unit
 * (`90%以上`); 多 also after a percent sign or a time unit (`10%多`, `3年多`).
 */
function readTail(text: string, pos: number, arabic: boolean, percentWords: boolean): Tail {
  // Written as plain loops and shared tuples: this runs for every number of every quote.
  let hedge = insideAt(text, pos);
  if (hedge) pos++;
  let multiplier = 1;
  const word = multiplierAt(text, pos);
  // A Chinese numeral carries its own 万 (十万); only 二十余万 adds one after the 余.
  if (word !== undefined && (arabic || (hedge !== undefined && (word === "万" || word === "亿")))) {
    multiplier = MULTIPLIERS[word] ?? 1;
    pos += word.length;
    if (hedge === undefined && (hedge = insideAt(text, pos))) pos++;
  }
  const numberEnd = pos;
  const unit = percentWords ? PERCENT : unitAt(text, pos);
  if (unit && !percentWords) pos += unit[0].length;
  const unitEnd = pos;
  if (
    hedge === undefined &&
    (unit?.[1] === "percent" || (unit && TIME_UNITS.has(unit[0]) && !manyTimes(text, pos))) &&
    (hedge = insideAt(text, pos))
  )
    pos++;
  let writtenTo = pos > unitEnd ? pos : numberEnd;
  const after = wordAt(text, pos, AFTER);
  if (after && hedge === undefined && (unit || pos === numberEnd)) {
    hedge = after;
    pos += after[0].length;
    writtenTo = pos;
  }
  const tail: Tail = { multiplier, writtenTo, end: pos };
  if (unit) tail.unit = unit;
  if (hedge) tail.hedge = hedge;
  return tail;
}

/** 余/多 at `pos` as a hedge, if there. */
function insideAt(text: string, pos: number): Hedge | undefined {
  const ch = text[pos];
  return ch === undefined ? undefined : INSIDE_HEDGES.get(ch);
}

/** The multiplier word (百万, 万, 亿…) at `pos`, if any. */
function multiplierAt(text: string, pos: number): string | undefined {
  // Every multiplier starts with 百, 千, 万 or 亿; most figures are followed by none.
  if (!MULTIPLIER_FIRSTS.includes(text[pos] ?? "-")) return undefined;
  for (const w of MULTIPLIER_WORDS) if (text.startsWith(w, pos)) return w;
  return undefined;
}

/** `3年多次`: after a time unit, 多 followed by 次/种/样/元 means "many times", not "over". */
function manyTimes(text: string, pos: number): boolean {
  // Same as /^.[次种样元]/u on the next two characters: `.` is any but a line terminator.
  const first = text[pos];
  const second = text[pos + 1];
  return (
    first !== undefined &&
    second !== undefined &&
    !LINE_TERMINATORS.includes(first) &&
    "次种样元".includes(second)
  );
}

/**
 * The words before the figure whose words start at `lead` and digits at `at`:
 * 超过/约/近 right before it, 上 before a bare 百/千/万 (`上万`), or a bound
 * such as 至少 earlier in the clause. `bare` is the Chinese numeral, if any.
 */
function readHead(
  text: string,
  lead: number,
  at: number,
  bare: string,
): { from: number; hedge?: Hedge } {
  // A linking word may stand between the hedge and the figure: 约有2000人, 超过了2000人.
  const gap = LINKS.includes(text[lead - 1] ?? "") ? 1 : 0;
  for (let end = lead; end >= lead - gap; end--) {
    // Every hedge word ends in one of a few characters; most figures have none before them.
    if (!BEFORE_LASTS.includes(text[end - 1] ?? "-")) continue;
    const before = wordBefore(text, end, BEFORE);
    const notHedge =
      before && NOT_HEDGES.some((w) => w.endsWith(before[0]) && text.startsWith(w, end - w.length));
    if (before && !notHedge) return { from: end - before[0].length, hedge: before };
  }
  if (BARE_POWERS.has(bare) && text[at - 1] === UPWARDS)
    return { from: at - 1, hedge: [UPWARDS + bare, "over"] };
  const bound = boundBefore(text, at);
  return { from: lead, ...(bound ? { hedge: bound } : {}) };
}

/** A bound such as 至少 earlier in the same clause, within a few characters. */
function boundBefore(text: string, at: number): Hedge | undefined {
  // Every bound word ends in 少; most texts have none near the figure.
  const near = text.lastIndexOf("少", at);
  if (near === -1 || near < at - 10) return undefined;
  for (let i = at - 1; i >= Math.max(0, at - 10); i--) {
    const ch = text[i];
    if (ch === undefined || CLAUSE_ENDS.includes(ch) || (ch >= "0" && ch <= "9")) return undefined;
    const word = wordAt(text, i, BOUND_BEFORE);
    if (word) return word;
  }
  return undefined;
}
