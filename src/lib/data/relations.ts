/**
 * The `relation` column of facts.csv: how a fact relates to another one
 * (`different-scope:<id>`, `part-of:<id>`, `restates:<id>`). Two facts for the
 * same place, measure, period and source with different values are refused
 * unless one of them names the other here: a free-text note is not enough.
 */
import type { Problem } from "./problems.ts";
import { RELATION_KINDS, type Fact, type Relation, type RelationKind } from "./schema.ts";

const ITEM = /^([a-z-]+):([a-z0-9]+(?:-[a-z0-9]+)*)$/;

/**
 * Parses a `relation` field: `<kind>:<fact-id>` items separated by `;`.
 * Each malformed item is passed to `report` and left out.
 */
export function parseRelations(raw: string, report: (message: string) => void): Relation[] {
  const relations: Relation[] = [];
  for (const item of raw.split(";").map((s) => s.trim())) {
    if (item === "") continue;
    const m = ITEM.exec(item);
    if (!m?.[1] || !m[2]) {
      report(`relation "${item}" is not <kind>:<fact-id> (e.g. different-scope:xmc23-talks)`);
    } else if (!(RELATION_KINDS as readonly string[]).includes(m[1])) {
      report(`relation kind "${m[1]}" is not one of ${RELATION_KINDS.join(", ")}`);
    } else relations.push({ kind: m[1] as RelationKind, fact: m[2] });
  }
  return relations;
}

/** Whether `a` or `b` names the other in its relation column. */
const related = (a: Fact, b: Fact) =>
  a.relations.some((r) => r.fact === b.id) || b.relations.some((r) => r.fact === a.id);

/**
 * Checks every relation (the other fact exists and is not the fact itself)
 * and refuses two facts for the same place, measure, period and source with
 * different values unless one names the other.
 */
export function checkRelations(
  file: string,
  facts: readonly Fact[],
  problems: Problem[],
  known?: { has(id: string): boolean },
): void {
  // The validator passes the ids it has already collected; a Set of 900,000 ids is built
  // here only when called alone, and only once a relation needs it.
  let ids = known;
  for (const f of facts) {
    for (const r of f.relations) {
      ids ??= new Set(facts.map((fact) => fact.id));
      if (r.fact === f.id) problems.push({ file, line: f.line, message: `relation ${r.kind}:${r.fact} names the fact itself` });
      else if (!ids.has(r.fact)) problems.push({ file, line: f.line, message: `relation ${r.kind}:${r.fact}: unknown fact "${r.fact}"` });
    }
  }
  // A lone fact is stored as itself, a list only made for a second one: most groups have
  // one fact. Replacing a value keeps its key's place, so groups stay in first-row order.
  const groups = new Map<number | string, Fact | Fact[]>();
  const keys = groupKeys(facts);
  facts.forEach((f, i) => {
    const key = keys[i] ?? 0;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, f);
    else if (Array.isArray(group)) group.push(f);
    else groups.set(key, [group, f]);
  });
  for (const group of groups.values()) {
    if (!Array.isArray(group)) continue;
    // Earlier rows by value: a row only has to be checked against the first row of each other
    // value that it is not related to, so a group of thousands of rows stays linear.
    const byValue = new Map<number, Fact[]>();
    for (const f of group) {
      for (const [value, rows] of byValue) {
        if (value === f.value) continue;
        const earlier = rows.find((e) => !related(e, f));
        if (earlier) {
          problems.push({
            file,
            line: f.line,
            message:
              `conflicts with "${earlier.id}" (line ${earlier.line}): same region, metric, period and source but ${f.value} ≠ ${earlier.value}; ` +
              `say how they relate in the relation column (${RELATION_KINDS.map((k) => `${k}:${earlier.id}`).join(", ")})`,
          });
          break;
        }
      }
      const same = byValue.get(f.value);
      if (same) same.push(f);
      else byValue.set(f.value, [f]);
    }
  }
}

/**
 * For each fact, a key that is the same exactly when region, metric, period and
 * source are: each value's index among the distinct values, in mixed radix.
 * Joining the four strings cost 900,000 new strings at national scale; the values
 * repeat (the loader shares one string per value), so they are looked up with
 * their hash already known. Joined strings remain the fallback should the number
 * not fit exactly in a double.
 */
function groupKeys(facts: readonly Fact[]): readonly (number | string)[] {
  const regions = new Map<string, number>();
  const metrics = new Map<string, number>();
  const periods = new Map<string, number>();
  const sources = new Map<string, number>();
  const index = (seen: Map<string, number>, value: string) => {
    let i = seen.get(value);
    if (i === undefined) seen.set(value, (i = seen.size));
    return i;
  };
  const r = new Float64Array(facts.length);
  const mi = new Float64Array(facts.length);
  const pi = new Float64Array(facts.length);
  const si = new Float64Array(facts.length);
  facts.forEach((f, i) => {
    r[i] = index(regions, f.region);
    mi[i] = index(metrics, f.metric);
    pi[i] = index(periods, f.period);
    si[i] = index(sources, f.source);
  });
  const [m, p, s] = [metrics.size, periods.size, sources.size];
  if (regions.size * m * p * s > Number.MAX_SAFE_INTEGER) {
    return facts.map((f) => `${f.region}\u0000${f.metric}\u0000${f.period}\u0000${f.source}`);
  }
  return facts.map(
    (_, i) => (((r[i] ?? 0) * m + (mi[i] ?? 0)) * p + (pi[i] ?? 0)) * s + (si[i] ?? 0),
  );
}
