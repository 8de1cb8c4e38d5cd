/**
 * The one number formatter of the site (pages, tables, charts, feeds): thousands
 * separators, 万/亿 only where no digit is lost, and the source's qualifier kept
 * visible. Convention (one for the whole site):
 *   exact  → "180 支"        over   → "240+ 场", "39.03万+ 人", "8.72%+"
 *   about  → "约 23,000 人次" nearly → "近 5,000 人"
 * "+" always follows the number (and a glued 万/亿/%), so "≥ 1,000" never reads as "1,000".
 */
import { format } from "d3";
import type { Qualifier } from "../charts/types.ts";

const WAN = 1e4;
const YI = 1e8;

/** Decimal places in the shortest round-trip form of `value`, so formatting never rounds. */
function decimals(value: number): number {
  const text = String(Math.abs(value));
  const dot = text.indexOf(".");
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** `value` with thousands separators and exactly its own decimals (16000 → "16,000"). */
function plain(value: number): string {
  // Exponent forms (< 1e-6, ≥ 1e21) would need > 20 decimals; show them as JS writes them.
  if (String(value).includes("e")) return String(value);
  return format(`,.${decimals(value)}f`)(value);
}

/**
 * Digits of `value` as a reader expects them: 万 from 100,000 and 亿 from 100,000,000,
 * but only when the result keeps every digit within two decimals (390300 → "39.03万",
 * 123456 → "123,456"), because the site must never round a source's figure.
 */
function digits(value: number): string {
  const abs = Math.abs(value);
  if (Number.isInteger(value) && abs >= YI && value % (YI / 100) === 0) {
    return `${plain(value / YI)}亿`;
  }
  if (Number.isInteger(value) && abs >= 10 * WAN && value % (WAN / 100) === 0) {
    return `${plain(value / WAN)}万`;
  }
  return plain(value);
}

/** Glues a unit to a formatted number: "%" sticks to it ("8.72%"), others follow a space. */
function withUnit(number: string, unit: string, marker = ""): string {
  if (unit === "") return `${number}${marker}`;
  if (unit === "%") return `${number}%${marker}`;
  return `${number}${marker} ${unit}`;
}

/** A plain figure with thousands separators and its unit: 16000 → "16,000", (8.72, "%") → "8.72%". */
export function formatNumber(value: number, unit = ""): string {
  return withUnit(digits(value), unit);
}

/** A figure as the source qualifies it ("240+ 场", "约 23,000 人次", "近 5,000 人"); lossless. */
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
 * Axis tick labels: one style for the whole axis (all in 万 once ticks reach 100,000),
 * so "50,000" and "10万" never sit side by side. Ticks are round numbers: nothing is lost.
 */
export function formatTicks(values: readonly number[], unit = ""): string[] {
  const max = Math.max(0, ...values.map(Math.abs));
  const suffix = unit === "%" ? "%" : "";
  if (max < 10 * WAN) return values.map((v) => `${plain(v)}${suffix}`);
  return values.map((v) => (v === 0 ? `0${suffix}` : `${plain(v / WAN)}万${suffix}`));
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
