/**
 * Numbers that are not figures, each rule with the reason an editor sees:
 * dates, ages, anniversaries, ordinals, party-congress sessions, time frames,
 * numbers inside names and slogans, and the other kinds data/README.md lists
 * under "What was deliberately not entered".
 */
import type { Reading } from "./figures.ts";
import { CHINESE_NUMERAL_CHARS } from "./numerals.ts";

/** Why a number is not a figure. */
export interface SkipRule {
  /** Short id of the rule, e.g. `date`. */
  rule: string;
  /** The reason, with examples, for the candidates' `reason` column. */
  reason: string;
}

interface Rule extends SkipRule {
  applies: (r: Reading) => boolean;
}

const PAIRS: Readonly<Record<string, string>> = {
  "“": "”",
  "《": "》",
  "「": "」",
  "『": "』",
  "‘": "’",
};
const CLOSERS = Object.values(PAIRS).join("");
const SENTENCE_ENDS = "。！？!?";
const CLAUSE_END = /[，。；！？,;!?：:]/u;
/** Fixed political terms that contain a numeral (the four leading bodies, the five-year plans…). */
const FIXED_TERMS = [
  "四套班子",
  "两委",
  "三会一课",
  "两学一做",
  "十三五",
  "十四五",
  "十五五",
  "一把手",
  "两个维护",
  "四个意识",
  "四个自信",
];
/** Verbs of founding: `成立3年来` is how long something has existed, not a time frame. */
const FOUNDED = ["成立", "建立", "组建", "创建", "创办", "开办", "运行", "设立"];

const RANGE_SIGNS = "-—–~～至到";
const isNumeral = (ch: string | undefined) =>
  ch !== undefined && CHINESE_NUMERAL_CHARS.includes(ch);
const isInteger = (r: Reading) => r.multiplier === 1 && Number.isInteger(r.number);
const next = (r: Reading, word: string) => r.text.startsWith(word, r.after);
const bare = (r: Reading) => r.unit === undefined && r.qualifierWord === undefined;
/** Up to `n` characters before the written figure. */
const before = (r: Reading, n: number) => r.text.slice(Math.max(0, r.from - n), r.from);
/** The clause before the figure, back to the last comma or stop. */
function clauseBefore(r: Reading): string {
  let i = r.from;
  while (i > 0 && !CLAUSE_END.test(r.text[i - 1] ?? "")) i--;
  return r.text.slice(i, r.from);
}

/** Whether the digits sit between a pair of quotation or title marks close by (`“1+3+N”`, `《…100微故事集》`). */
function insideMarks(r: Reading): boolean {
  const { text } = r;
  for (let i = r.numStart - 1; i >= Math.max(0, r.numStart - 30); i--) {
    const ch = text[i] ?? "";
    if (SENTENCE_ENDS.includes(ch) || CLOSERS.includes(ch)) return false;
    const close = PAIRS[ch];
    if (close === undefined) continue;
    for (let j = r.numEnd; j < Math.min(text.length, r.numEnd + 30); j++) {
      const c = text[j] ?? "";
      if (c === close) return true;
      if (SENTENCE_ENDS.includes(c) || PAIRS[c] !== undefined) return false;
    }
    return false;
  }
  return false;
}

/** A single numeral alternating with single characters: 一人一策, 六有一提升, 一刊一网一号, 一对一. */
function alternates(r: Reading): boolean {
  if (r.numeral !== "chinese" || r.numEnd - r.numStart !== 1) return false;
  const plain = (ch: string | undefined) =>
    ch !== undefined && !isNumeral(ch) && !CLAUSE_END.test(ch) && /\p{Script=Han}/u.test(ch);
  const { text, numStart: s, numEnd: e } = r;
  const forward =
    (plain(text[e]) && isNumeral(text[e + 1])) ||
    (plain(text[e]) && plain(text[e + 1]) && isNumeral(text[e + 2]) && !isNumeral(text[e + 3]));
  const backward =
    (plain(text[s - 1]) && isNumeral(text[s - 2]) && !isNumeral(text[s - 3])) ||
    (plain(text[s - 1]) && plain(text[s - 2]) && isNumeral(text[s - 3]) && !isNumeral(text[s - 4]));
  return forward || backward;
}

/** A year (2025年, or 2018 in 2018、2019、2020年), a month (6月) or a day (28日). */
function isDate(r: Reading): boolean {
  if (!isInteger(r) || r.qualifierWord !== undefined) return false;
  const year = r.numeral === "arabic" && r.number >= 1900 && r.number <= 2099;
  // 2020年来 is a time frame, not a year: the time-frame rule names it.
  if (year && (r.unit === undefined || r.unit === "年") && !next(r, "来") && !next(r, "以来"))
    return true;
  // The first month or day of a range is a date too: 1-10月, 6月1日至3日.
  // The regex only runs when a range sign follows: most numbers are not the start of a range.
  const range = RANGE_SIGNS.includes(r.text[r.numEnd] ?? "-")
    ? /^[-—–~～至到][0-9０-９]{1,2}([月日号])/u.exec(r.text.slice(r.numEnd, r.numEnd + 4))
    : null;
  const after = r.unit === undefined ? (range?.[1] ?? r.text[r.numEnd]) : undefined;
  return (
    (after === "月" && r.number >= 1 && r.number <= 12) ||
    ((after === "日" || after === "号") && r.number >= 1 && r.number <= 31)
  );
}

const RULES: readonly Rule[] = [
  { rule: "date", reason: "a date or year (2025年, 6月28日), not a figure", applies: isDate },
  {
    rule: "weekday",
    reason: "a weekday (周一, 星期三)",
    applies: (r) =>
      r.unit === undefined &&
      /(?:星期|礼拜|周)$/u.test(before(r, 2)) &&
      !before(r, 2).endsWith("每周"),
  },
  {
    rule: "age",
    reason: "an age or age threshold (90岁以上老人, 65周岁及以上)",
    applies: (r) =>
      r.unit === "岁" ||
      r.unit === "周岁" ||
      /^[-—–~～至到]\d+周?岁/u.test(r.text.slice(r.numEnd)) ||
      /^后/u.test(r.text.slice(r.numEnd)),
  },
  {
    rule: "anniversary",
    reason: "an anniversary (76周年, 建党100周年)",
    applies: (r) => r.unit === "周年",
  },
  {
    rule: "ordinal",
    reason: "an ordinal or edition number (第二批, 第24期)",
    applies: (r) => r.text[r.from - 1] === "第",
  },
  {
    rule: "congress",
    reason: "a party congress or plenary session (二十大, 二十届四中全会)",
    applies: (r) =>
      r.unit === "届" ||
      r.text.startsWith("中全会", r.numEnd) ||
      (r.unit === "大" && (r.number >= 10 || before(r, 2) === "党的")),
  },
  {
    rule: "time-frame",
    reason: "a time frame that dates other figures (近5年来, 4年来累计), not a figure",
    applies: (r) =>
      r.unit === "年" &&
      (next(r, "来") || next(r, "以来") || r.qualifierWord === "近") &&
      !FOUNDED.some((w) => before(r, 2).endsWith(w)),
  },
  {
    rule: "in-name",
    reason: "inside a name or title in quotation marks (“1+3+N”, 《…100微故事集》)",
    applies: insideMarks,
  },
  {
    rule: "code",
    reason: "part of a name or code (5G+, 1+X)",
    applies: (r) =>
      r.numeral === "arabic" &&
      r.unit === undefined &&
      (/[A-Za-z+＋]/u.test(r.text[r.numEnd] ?? "") ||
        /[A-Za-z+＋]/u.test(r.text[r.numStart - 1] ?? "")),
  },
  {
    rule: "fixed-term",
    reason: "part of a fixed term (四套班子, 十四五)",
    applies: (r) =>
      FIXED_TERMS.some((t) => {
        const at = r.text.slice(Math.max(0, r.numStart - t.length), r.numEnd + t.length).indexOf(t);
        return at !== -1;
      }),
  },
  {
    rule: "slogan",
    reason: "a slogan built from numbers (一人一策, 六有一提升, 三个“必谈”)",
    applies: (r) =>
      alternates(r) || (r.numeral === "chinese" && r.unit === "个" && r.text[r.after] === "“"),
  },
  {
    rule: "list-parts",
    reason: "the number of parts of a list or slogan (五大方面, 四大品牌)",
    applies: (r) => r.unit === "大",
  },
  {
    rule: "level",
    reason: "a level or grade (三级网络, 省市两级, 四级调研员)",
    applies: (r) => r.unit === "级",
  },
  {
    rule: "vague",
    reason: "a vague quantity (数十, 十几, 几百)",
    applies: (r) => /[数几]/u.test(r.text[r.numStart - 1] ?? "") || r.text[r.numEnd] === "几",
  },
  {
    rule: "hyperbole",
    reason:
      "a round 百/千/万 with no digit and no qualifier is a figure of speech (千篇感言、万人热议)",
    applies: (r) =>
      r.numeral === "chinese" &&
      ["百", "千", "万", "亿", "百万", "千万"].includes(r.text.slice(r.numStart, r.numEnd)) &&
      r.qualifierWord === undefined,
  },
  {
    rule: "every",
    reason: "每一 (每一位, 每一个) means “every”, not a count",
    applies: (r) => r.text.slice(r.numStart, r.numEnd) === "一" && r.text[r.numStart - 1] === "每",
  },
  {
    rule: "article",
    reason:
      "一 before a measure word is the article “a” (一批, 欢聚一堂), not a count, unless a rate (每…一) or a bound (至少一次) makes it one",
    applies: (r) =>
      r.numeral === "chinese" &&
      r.text.slice(r.numStart, r.numEnd) === "一" &&
      r.unit !== undefined &&
      r.unit !== "等" &&
      r.qualifierWord === undefined &&
      !clauseBefore(r).includes("每"),
  },
  {
    rule: "no-unit",
    reason: "a Chinese numeral with no measure word is part of a word (三中全会, 一体)",
    applies: (r) => r.numeral === "chinese" && bare(r),
  },
];

/** The first rule (of `only`, when given) that says the reading is not a figure, or undefined for a figure. */
export function skipRule(r: Reading, only?: readonly string[]): SkipRule | undefined {
  for (const rule of only ? rulesOf(only) : RULES) {
    if (rule.applies(r)) return { rule: rule.rule, reason: rule.reason };
  }
  return undefined;
}

/** The rules named in `only`, in rule order, worked out once per list (callers pass constants). */
const selected = new WeakMap<readonly string[], readonly Rule[]>();
function rulesOf(only: readonly string[]): readonly Rule[] {
  let rules = selected.get(only);
  if (!rules) selected.set(only, (rules = RULES.filter((rule) => only.includes(rule.rule))));
  return rules;
}

/** Every rule, for documentation and tests. */
export const SKIP_RULES: readonly SkipRule[] = RULES.map(({ rule, reason }) => ({ rule, reason }));
