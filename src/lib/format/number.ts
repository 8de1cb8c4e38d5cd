/**
 * The one number formatter of the site (pages, tables, charts, stories, PNGs, feeds),
 * writing numbers as Chinese readers write them. The rule, one for the whole site:
 *   - from 10,000 with 万, from 100,000,000 with 亿, never rounded: 16000 → "1.6万",
 *     390300 → "39.03万", 12345 → "1.2345万" (every digit of the source is kept);
 *   - below 10,000 in plain digits, no separator: 180, 5000, 8.72;
 *   - the source's qualifier as a mark or word: exact → "180 支", over (余/多/超过/以上)
 *     → "240+ 场", "1.6万+ 名", "8.72%+"; about → "约 2.3万 人次"; nearly → "近 5000 人".
 * "+" always follows the number (and a glued 万/亿/%), so "≥ 1000" never reads as "1000".
 */
import type { Qualifier } from "../charts/types.ts";

const WAN = 1e4;
const YI = 1e8;

/**
 * `value` divided by 10^`places`, written exactly: the decimal point is moved in the
 * number's own digits (16000, 4 → "1.6"), so no floating-point division can add or lose one.
 */
function shifted(value: number, places: number): string {
  const text = String(Math.abs(value));
  // Exponent forms (< 1e-6, ≥ 1e21) are far outside what the reports count; show them as JS does.
  if (text.includes("e")) return String(value / 10 ** places);
  const [whole = "0", fraction = ""] = text.split(".");
  const padded = whole.padStart(places + 1, "0");
  const head = padded.slice(0, padded.length - places).replace(/^0+(?=\d)/u, "");
  const tail = (padded.slice(padded.length - places) + fraction).replace(/0+$/u, "");
  return `${value < 0 ? "-" : ""}${head}${tail === "" ? "" : `.${tail}`}`;
}

/** Digits of `value` as a Chinese reader writes them: 万 from 10,000, 亿 from 100,000,000, lossless. */
function digits(value: number): string {
  const abs = Math.abs(value);
  if (abs >= YI) return `${shifted(value, 8)}亿`;
  if (abs >= WAN) return `${shifted(value, 4)}万`;
  return shifted(value, 0);
}

/** Glues a unit to a formatted number: "%" sticks to it ("8.72%"), others follow a space. */
function withUnit(number: string, unit: string, marker = ""): string {
  if (unit === "") return `${number}${marker}`;
  if (unit === "%") return `${number}%${marker}`;
  return `${number}${marker} ${unit}`;
}

/** A plain figure with its unit, by the site's rule: 16000 → "1.6万", (180, "支") → "180 支", (8.72, "%") → "8.72%". */
export function formatNumber(value: number, unit = ""): string {
  return withUnit(digits(value), unit);
}

/** A figure as the source qualifies it ("240+ 场", "约 2.3万 人次", "近 5000 人"); lossless. */
export function formatValue(value: number, qualifier: Qualifier, unit: string): string {
  switch (qualifier) {
    case "over":
      return withUnit(digits(value), unit, "+");
    case "about":
      return `约 ${formatNumber(value, unit)}`;
    case "nearly":
      return `近 ${formatNumber(value, unit)}`;
    default:
      return formatNumber(value, unit);
  }
}

/**
 * Axis tick labels: one style for the whole axis (all in 万 once ticks reach 10,000),
 * so "5000" and "1万" never sit side by side. Ticks are round numbers: nothing is lost.
 */
export function formatTicks(values: readonly number[], unit = ""): string[] {
  const max = Math.max(0, ...values.map(Math.abs));
  const suffix = unit === "%" ? "%" : "";
  if (max < WAN) return values.map((v) => `${shifted(v, 0)}${suffix}`);
  return values.map((v) => (v === 0 ? `0${suffix}` : `${shifted(v, 4)}万${suffix}`));
}

/** A period for display: "2016-2020" → "2016–2020年", "2025" → "2025年"; anything else as given. */
export function formatPeriod(period: string): string {
  const match = /^(\d{4})(?:-(\d{4}))?$/.exec(period);
  if (!match) return period;
  return match[2] === undefined ? `${match[1]}年` : `${match[1]}–${match[2]}年`;
}

const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: "精确",
  over: "余",
  about: "约",
  nearly: "近",
};

/** The one Chinese word for a qualifier (余/约/近/精确), e.g. for table cells and legends. */
export function qualifierLabel(qualifier: Qualifier): string {
  return QUALIFIER_WORDS[qualifier];
}
