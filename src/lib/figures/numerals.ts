/**
 * Number words: the value of a run of Chinese numerals (十二, 四十, 六百, 三千,
 * 两万, 十万) and of an Arabic figure as reports write it (12,513, 44.62), and
 * the 万/亿 multipliers that follow either.
 */

const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const LARGE_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

/** Characters that can make up a Chinese numeral. */
export const CHINESE_NUMERAL_CHARS = "零〇一二两三四五六七八九十百千万亿";

/** Multipliers written after a figure, in base units: `2.3万` is 23,000; `3千` is 3,000. */
export const MULTIPLIERS: Readonly<Record<string, number>> = {
  百万: 1e6,
  千万: 1e7,
  万: 1e4,
  亿: 1e8,
  千: 1e3,
};

/**
 * Value of a run of Chinese numerals (七, 十二, 四十, 三百零五, 两万, 十万), or
 * undefined when the run is not one well-formed number: `七一` (a date, 1 July)
 * and `一一` (one by one) are two digits in a row, not a number.
 */
export function chineseNumeral(run: string): number | undefined {
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  let lastSmall = Infinity;
  for (const ch of run) {
    const d = DIGITS[ch];
    if (d !== undefined) {
      // 零 may separate digits (三百零五); any other digit after a digit is not one number.
      if (digit !== undefined && digit !== 0) return undefined;
      digit = d;
      continue;
    }
    const small = SMALL_UNITS[ch];
    if (small !== undefined) {
      if (small >= lastSmall) return undefined;
      lastSmall = small;
      section += (digit ?? 1) * small;
      digit = undefined;
      continue;
    }
    const large = LARGE_UNITS[ch];
    if (large === undefined) return undefined;
    const part = section + (digit ?? 0);
    total += (part === 0 ? 1 : part) * large;
    section = 0;
    digit = undefined;
    lastSmall = Infinity;
  }
  return total + section + (digit ?? 0);
}

/** Value of an Arabic figure as written: thousands separators (`12,513`, `12，513`) dropped, full-width digits read. */
export function arabicNumeral(written: string): number {
  // Most figures are plain ASCII digits: read them without two regex replacements.
  if (plainDigits(written)) return Number(written);
  const ascii = written.replace(/[０-９．]/gu, (ch) =>
    String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  );
  return Number(ascii.replace(/[,，]/gu, ""));
}

/** Whether `written` is only ASCII digits and dots (/^[0-9.]+$/ without a regex object per call). */
function plainDigits(written: string): boolean {
  for (let i = 0; i < written.length; i++) {
    const c = written.charCodeAt(i);
    if ((c < 48 || c > 57) && c !== 46) return false;
  }
  return written.length > 0;
}

/** Value of Chinese numerals with a decimal point 点, as after 百分之 (九十, 三点五), or undefined. */
export function chineseDecimal(run: string): number | undefined {
  const [whole = "", fraction] = run.split("点");
  const int = chineseNumeral(whole);
  if (int === undefined || fraction === undefined) return int;
  let digits = "";
  for (const ch of fraction) {
    const d = DIGITS[ch];
    if (d === undefined) return undefined;
    digits += String(d);
  }
  return Number(`${int}.${digits}`);
}

/** Multiplies exactly in decimal, so 39.03 × 10,000 is 390300 and not 390299.99999999994. */
export function scale(value: number, factor: number): number {
  return Number((value * factor).toFixed(6));
}
