/**
 * The honesty notes of a comparison, in Chinese: said whenever rows compare
 * places of different levels, a place with a place inside it, different
 * periods, or figures the source only bounds or approximates. Charts draw them
 * into the SVG; pages print them too.
 */
import { formatPeriod } from "../format/number.ts";
import { LEVEL_LABELS } from "../labels.ts";
import type { ChartRow, Level } from "./types.ts";

/** The fields a caveat looks at, so pages can pass facts without building full chart rows. */
export type CaveatRow = Pick<ChartRow, "qualifier" | "period" | "level"> &
  Partial<Pick<ChartRow, "place" | "group">>;

// Largest to smallest, so the note reads like the hierarchy.
const LEVEL_ORDER: readonly Level[] = ["province", "city", "district", "county"];

/** "比较对象层级不同：市、区、县…" when rows describe places of more than one level. */
export function levelCaveat(rows: readonly CaveatRow[]): string | undefined {
  const present = new Set(rows.flatMap((r) => (r.level ? [r.level] : [])));
  if (present.size < 2) return undefined;
  const names = LEVEL_ORDER.filter((l) => present.has(l)).map((l) => LEVEL_LABELS[l].zh);
  return `比较对象层级不同：${names.join("、")}，规模不宜直接比较。`;
}

/**
 * "翔安区是厦门市的下辖地区，厦门市的数字可能已包含其中的部分，不宜并列比较。" when a row's
 * place lies inside another row's place on the same measure (`group`): the bars are not peers.
 * "May" because a report's city total need not say whether it counts its districts' own figures.
 */
export function containmentCaveat(rows: readonly CaveatRow[]): string | undefined {
  // Parent name → names of the places inside it, in row order.
  const inside = new Map<string, Set<string>>();
  for (const outer of rows) {
    if (!outer.place) continue;
    for (const inner of rows) {
      if (inner.group !== outer.group || !inner.place?.within.includes(outer.place.id)) continue;
      const names = inside.get(outer.place.name) ?? new Set<string>();
      inside.set(outer.place.name, names.add(inner.place.name));
    }
  }
  if (inside.size === 0) return undefined;
  const sentences = [...inside].map(
    ([parent, names]) =>
      `${[...names].join("、")}是${parent}的下辖地区，${parent}的数字可能已包含其中的部分`,
  );
  return `${sentences.join("；")}，不宜并列比较。`;
}

/** "年份不同：2021年、2023年…" when rows describe more than one period. */
export function periodCaveat(rows: readonly CaveatRow[]): string | undefined {
  const periods = [...new Set(rows.map((r) => r.period))].sort();
  if (periods.length < 2) return undefined;
  return `年份不同：${periods.map(formatPeriod).join("、")}，各数字所指时段不一致。`;
}

/** What "+", "约" and "近" mean, for the qualifiers that occur in `rows`. */
export function qualifierCaveat(rows: readonly CaveatRow[]): string | undefined {
  const present = new Set(rows.map((r) => r.qualifier));
  const parts = [
    present.has("over") && "带“+”的数值为下限（原文作余/多/超过/以上），实际数值更大",
    present.has("about") && "带“约”的为约数",
    present.has("nearly") && "带“近”的数值略低于所示",
  ].filter((p): p is string => typeof p === "string");
  return parts.length === 0 ? undefined : `${parts.join("；")}。`;
}

/**
 * All notes a comparison of `rows` needs (levels, containment, periods, qualifiers), in that
 * order; [] if none.
 */
export function comparisonCaveats(rows: readonly CaveatRow[]): string[] {
  return [
    levelCaveat(rows),
    containmentCaveat(rows),
    periodCaveat(rows),
    qualifierCaveat(rows),
  ].filter((c): c is string => c !== undefined);
}
