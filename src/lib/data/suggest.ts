/**
 * "Did you mean …?" for a misspelt id: the nearest existing id by edit
 * distance (insertions, deletions, substitutions and swapped neighbours), so an
 * editor who types `xmc23-volunter-teams` is pointed at `xmc23-volunteer-teams`.
 */

/**
 * Edit distance between `a` and `b` counting a swap of two neighbours as one
 * edit (optimal string alignment), or `limit + 1` as soon as it must exceed `limit`.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, (before[j - 2] ?? 0) + 1);
      }
      current.push(d);
      best = Math.min(best, d);
    }
    // Every later row is at least this row's minimum: stop once it is out of reach.
    if (best > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The existing id closest to `id`, when it is close enough to be a slip
 * (at most 2 edits, or a quarter of the id's length for long ids); ties go to
 * the first in `candidates`.
 */
export function nearestId(id: string, candidates: Iterable<string>): string | undefined {
  const limit = Math.max(2, Math.floor(id.length / 4));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const d = editDistance(id, candidate, bestDistance - 1);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
      if (d <= 1) break;
    }
  }
  return best;
}

/** `: did you mean "…"?` for the nearest id, or "" when nothing is close. */
export function didYouMean(id: string, candidates: Iterable<string>): string {
  if (id === "") return "";
  const nearest = nearestId(id, candidates);
  return nearest === undefined ? "" : `: did you mean "${nearest}"?`;
}
