/**
 * Checks the place hierarchy of regions.csv: following `parent` must end at a
 * top-level place (no cycle such as beijing → haidian → beijing), and each
 * place must sit below its parent (province › city › district or county).
 */
import type { Problem } from "./problems.ts";
import type { Level, Region } from "./schema.ts";

/** Depth of each level: a child's must be greater than its parent's. */
const RANK: Record<Level, number> = { province: 0, city: 1, district: 2, county: 2 };

type Row = Pick<Region, "id" | "level" | "parent"> & { line: number };

/** Problems with cycles in `parent` and with levels that do not descend, as `file:line`. */
export function hierarchyProblems(file: string, regions: Row[]): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map(regions.map((r) => [r.id, r]));
  const inCycle = new Set<string>();
  // 0 unvisited, 1 on the current path, 2 done: a walk that meets 1 has closed a cycle.
  const state = new Map<string, 1 | 2>();
  for (const start of regions) {
    const path: Row[] = [];
    let r: Row | undefined = start;
    while (r && state.get(r.id) === undefined) {
      state.set(r.id, 1);
      path.push(r);
      r = r.parent === null ? undefined : byId.get(r.parent);
    }
    if (r && state.get(r.id) === 1) {
      const cycle = path.slice(path.indexOf(r));
      for (const member of cycle) inCycle.add(member.id);
      // A place that is its own parent is reported by the reference check already.
      if (cycle.length > 1) problems.push(cycleProblem(file, cycle));
    }
    for (const done of path) state.set(done.id, 2);
  }

  for (const r of regions) {
    const parent = r.parent === null ? undefined : byId.get(r.parent);
    if (!parent || inCycle.has(r.id) || !(r.level in RANK) || !(parent.level in RANK)) continue;
    if (RANK[r.level] <= RANK[parent.level]) {
      problems.push({
        file,
        line: r.line,
        message: `level "${r.level}" of "${r.id}" is not below its parent "${parent.id}" (${parent.level}): levels go province › city › district or county`,
      });
    }
  }
  return problems;
}

/** One problem per cycle, on the line of its first member in the file, naming the whole loop. */
function cycleProblem(file: string, cycle: Row[]): Problem {
  const first = cycle.reduce((a, b) => (b.line < a.line ? b : a));
  const at = cycle.indexOf(first);
  const loop = [...cycle.slice(at), ...cycle.slice(0, at), first].map((r) => r.id);
  return {
    file,
    line: first.line,
    message: `parent goes round in a cycle: ${loop.join(" → ")} (each arrow leads to the parent; the top place leaves parent empty)`,
  };
}
