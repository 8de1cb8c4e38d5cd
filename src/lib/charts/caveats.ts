/**
 * The honesty notes of a comparison, in Chinese: said whenever rows compare
 * places of different levels, a place with a place inside it, different
 * periods, figures counted on different bases (a standing total beside one
 * campaign's count), or figures the source only bounds or approximates. Charts
 * draw them into the SVG; pages print them too.
 */
import { formatPeriod } from "../format/number.ts";
import { BASIS_LABELS, LEVEL_LABELS } from "../labels.ts";
import type { Basis, ChartRow, Level } from "./types.ts";

/** The fields a caveat looks at, so pages can pass facts without building full chart rows. */
export type CaveatRow = Pick<ChartRow, "qualifier" | "period" | "level"> &
  Partial<Pick<ChartRow, "basis" | "label" | "detail" | "place" | "group">>;

// In the order the note names them: standing totals first, unknown time frames last.
const BASIS_ORDER: readonly Basis[] = [
  "stock",
  "period",
  "cumulative",
  "campaign",
  "frequency",
  "unstated",
];

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
  // Each group's places by id, so each row looks up its few containing places (O(rows × depth)).
  const placesOf = new Map<string | undefined, Map<string, string>>();
  for (const row of rows) {
    if (!row.place) continue;
    const places = placesOf.get(row.group) ?? new Map<string, string>();
    placesOf.set(row.group, places.set(row.place.id, row.place.name));
  }
  // Parent name → names of the places inside it, in row order of the parents.
  const found = new Map<string, Set<string>>();
  for (const inner of rows) {
    const places = placesOf.get(inner.group);
    for (const id of inner.place?.within ?? []) {
      const parent = places?.get(id);
      if (parent === undefined || !inner.place) continue;
      found.set(parent, (found.get(parent) ?? new Set<string>()).add(inner.place.name));
    }
  }
  const order = rows.flatMap((r) => (r.place ? [r.place.name] : []));
  const inside = new Map([...found].sort(([a], [b]) => order.indexOf(a) - order.indexOf(b)));
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

/**
 * "口径不同：海淀区为一次活动或活动月期间的数字，厦门市为现有总量…" when rows count on
 * more than one basis; each basis names the rows (places or measures) that use it. A
 * label found under two bases (two programmes of one place) is told apart by its detail.
 */
export function basisCaveat(rows: readonly CaveatRow[]): string | undefined {
  const based = rows.filter((r): r is CaveatRow & { basis: Basis } => r.basis !== undefined);
  const basesOf = new Map<string, Set<Basis>>();
  for (const r of based)
    basesOf.set(r.label ?? "", (basesOf.get(r.label ?? "") ?? new Set()).add(r.basis));
  const names = new Map<Basis, string[]>();
  for (const r of based) {
    const list = names.get(r.basis) ?? [];
    const shared = (basesOf.get(r.label ?? "")?.size ?? 0) > 1;
    const name = shared && r.detail ? `${r.label ?? ""}（${r.detail}）` : (r.label ?? "");
    if (name !== "" && !list.includes(name)) list.push(name);
    names.set(r.basis, list);
  }
  if (names.size < 2) return undefined;
  const parts = BASIS_ORDER.filter((b) => names.has(b)).map((b) => {
    const list = names.get(b) ?? [];
    return `${list.length > 0 ? list.join("、") : "有的"}为${BASIS_LABELS[b].zh}`;
  });
  return `口径不同：${parts.join("，")}，不宜直接比较。`;
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
 * All notes a comparison of `rows` needs (levels, containment, periods, bases, qualifiers), in
 * that order; [] if none.
 */
export function comparisonCaveats(rows: readonly CaveatRow[]): string[] {
  return [
    levelCaveat(rows),
    containmentCaveat(rows),
    periodCaveat(rows),
    basisCaveat(rows),
    qualifierCaveat(rows),
  ].filter((c): c is string => c !== undefined);
}
