/**
 * Matching quotes against source snapshots. The reports carry stray spaces and
 * line breaks (`全市 147 支`, `完\n\n工181部`), so a quote is compared with all
 * whitespace removed from both sides, then mapped back to the original text
 * for highlighting.
 */

/** Removes every whitespace character (including full-width spaces). */
export function stripWhitespace(text: string): string {
  return text.replace(/\s+/gu, "");
}

/** A whitespace-free view of a text that remembers where each character came from. */
export interface CompactText {
  /** The text with all whitespace removed. */
  compact: string;
  /** For each UTF-16 index of `compact`, the index in the original text. */
  origin: number[];
}

/** Builds the compact view of `text` used for quote lookups. */
export function compactText(text: string): CompactText {
  // Whole runs of non-whitespace are copied at once: per-character concatenation
  // took seconds on the 400 kB snapshots of the synthetic benchmark (scripts/bench.ts).
  const parts: string[] = [];
  const origin: number[] = [];
  let from = 0;
  const keep = (end: number) => {
    if (end <= from) return;
    parts.push(text.slice(from, end));
    for (let i = from; i < end; i++) origin.push(i);
  };
  for (const m of text.matchAll(/\s+/gu)) {
    keep(m.index);
    from = m.index + m[0].length;
  }
  keep(text.length);
  return { compact: parts.join(""), origin };
}

/** Where a quote sits in the original text: `[start, end)` offsets, or undefined if absent. */
export function locateQuote(source: CompactText, quote: string): { start: number; end: number } | undefined {
  const needle = stripWhitespace(quote);
  if (needle === "") return undefined;
  const at = source.compact.indexOf(needle);
  if (at === -1) return undefined;
  const start = source.origin[at];
  const last = source.origin[at + needle.length - 1];
  if (start === undefined || last === undefined) return undefined;
  return { start, end: last + 1 };
}

const CHINESE_DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const CHINESE_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Value of a run of Chinese numerals such as 七, 十二, 三百零五, 两万. */
export function chineseNumeral(run: string): number {
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const ch of run) {
    if (ch in CHINESE_DIGITS) digit = CHINESE_DIGITS[ch] ?? 0;
    else if (ch === "万" || ch === "亿") {
      total += (section + digit) * (ch === "万" ? 1e4 : 1e8);
      section = 0;
      digit = 0;
    } else {
      section += (digit || 1) * (CHINESE_UNITS[ch] ?? 1);
      digit = 0;
    }
  }
  return total + section + digit;
}

/** Multiplies exactly in decimal, so 39.03 × 10,000 is 390300 and not 390299.99999999994. */
function scale(written: string, factor: number): number {
  return Number((Number(written) * factor).toFixed(6));
}

/**
 * Every number written in a quote, in base units: Arabic figures as written
 * (thousands separators dropped), the same ×10⁴ / ×10⁸ when 万 / 亿 follows,
 * and runs of Chinese numerals.
 */
export function numbersInText(text: string): number[] {
  const found: number[] = [];
  // 余/多 may stand between the digits and the unit: 20余万 is "over 200,000".
  for (const m of text.matchAll(/(\d[\d,，]*(?:\.\d+)?)\s*[余多]?\s*(万|亿)?/gu)) {
    const written = (m[1] ?? "").replace(/[,，]/gu, "");
    found.push(Number(written));
    if (m[2] === "万") found.push(scale(written, 1e4));
    if (m[2] === "亿") found.push(scale(written, 1e8));
  }
  for (const m of text.matchAll(/[零〇一二两三四五六七八九十百千万亿]+/gu)) {
    if (m[0] === "万" || m[0] === "亿") {
      // 上万 ("upwards of ten thousand") names a figure; a bare 万 after digits is only a unit.
      if (text[(m.index ?? 0) - 1] === "上") found.push(m[0] === "万" ? 1e4 : 1e8);
      continue;
    }
    found.push(chineseNumeral(m[0]));
  }
  return found;
}

/** True when `value` is written in `quote` in one of the forms `numbersInText` knows. */
export function quoteShowsValue(quote: string, value: number): boolean {
  return numbersInText(quote).some((n) => Math.abs(n - value) < 1e-9);
}
