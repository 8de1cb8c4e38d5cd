/**
 * The comparison of chosen places as data: every measure at least one of them
 * reports, grouped by topic, one cell per place, with the notes an honest
 * reading needs (different years, a place beside the place that contains it,
 * different counting bases). Pure: the compare page renders it at build time
 * and the `<compare-places>` element renders it again in the browser.
 */
import { basisCaveat, levelCaveat, qualifierCaveat } from "../charts/caveats.ts";
import { TOPICS, type Basis, type Level, type Qualifier, type Topic } from "../data/schema.ts";
import { formatPeriod } from "../format/number.ts";

/** A place as the comparison needs it. */
export interface ComparePlace {
  id: string;
  name: string;
  level: Level;
  /** Ids of the places that contain it, nearest first (district → city → province). */
  ancestors: string[];
}

/** A measure as the comparison needs it. */
export interface CompareMetric {
  id: string;
  name: string;
  unit: string;
  topic: Topic;
}

/** One figure of one place. */
export interface CompareFact {
  /** Fact id: the anchor of its quote on the source page. */
  id: string;
  metric: string;
  value: number;
  qualifier: Qualifier;
  period: string;
  source: string;
  /** What the figure counts on: a standing total, one year, one campaign… */
  basis: Basis;
  /** The clause of its quote, when the place has two figures of one measure and period. */
  detail?: string;
}

/** A place's figures, as one per-place chunk holds them. */
export interface PlaceFigures {
  place: ComparePlace;
  facts: CompareFact[];
}

/** One measure across the chosen places. */
export interface CompareRow {
  metric: CompareMetric;
  /** The figures of each chosen place, in the order of `Comparison.places` (empty: not reported). */
  cells: CompareFact[][];
  /** How many of the chosen places report it. */
  reporting: number;
  /** What a reader must know before comparing across this row. */
  notes: string[];
}

/** A place that contains another of the chosen places. */
export interface Containment {
  outer: ComparePlace;
  inner: ComparePlace;
}

/** The whole comparison. */
export interface Comparison {
  places: ComparePlace[];
  /** Pairs of chosen places where one lies inside the other. */
  containment: Containment[];
  /** Topics in site order, rows within a topic: shared measures first, then data order. */
  topics: { topic: Topic; rows: CompareRow[] }[];
  /** Notes for the whole table: levels, qualifiers, containment. */
  notes: string[];
}

/** Pairs (outer, inner) among `places` where outer is an ancestor of inner. */
export function containmentOf(places: readonly ComparePlace[]): Containment[] {
  return places.flatMap((inner) =>
    places.filter((outer) => inner.ancestors.includes(outer.id)).map((outer) => ({ outer, inner })),
  );
}

/** "厦门市包含翔安区" for each pair, joined: said wherever both report a figure. */
const containmentText = (pairs: readonly Containment[]) =>
  pairs.map((p) => `${p.outer.name}包含${p.inner.name}`).join("，");

/** Notes of one row: periods, containment and bases that differ between the places reporting it. */
function rowNotes(
  places: readonly ComparePlace[],
  cells: readonly CompareFact[][],
  containment: readonly Containment[],
): string[] {
  const facts = cells.flat();
  const notes: string[] = [];
  const periods = [...new Set(facts.map((f) => f.period))].sort();
  if (periods.length > 1) notes.push(`年份不同：${periods.map(formatPeriod).join("、")}`);
  const reporting = new Set(places.filter((_, i) => (cells[i]?.length ?? 0) > 0).map((p) => p.id));
  const nested = containment.filter((c) => reporting.has(c.outer.id) && reporting.has(c.inner.id));
  if (nested.length > 0) notes.push(`${containmentText(nested)}，数字不宜相加或并列排名`);
  // "口径不同：海淀区为一次活动期间的数字，厦门市为现有总量", as the charts say it.
  const basis = basisCaveat(
    places.flatMap((p, i) =>
      (cells[i] ?? []).map((f) => ({
        ...f,
        label: p.name,
        ...(f.detail ? { detail: f.detail } : {}),
      })),
    ),
  );
  if (basis) notes.push(basis.replace(/。$/u, ""));
  return notes;
}

/**
 * Compares `chosen` places: every measure any of them reports, one cell per
 * place, in the order given. `metrics` lists every measure in data order.
 */
export function compare(
  chosen: readonly PlaceFigures[],
  metrics: readonly CompareMetric[],
): Comparison {
  const places = chosen.map((c) => c.place);
  const containment = containmentOf(places);
  const byMetric = chosen.map((c) => {
    const map = new Map<string, CompareFact[]>();
    for (const f of c.facts) map.set(f.metric, [...(map.get(f.metric) ?? []), f]);
    return map;
  });
  const rows = metrics.flatMap((metric): CompareRow[] => {
    const cells = byMetric.map((m) => m.get(metric.id) ?? []);
    const reporting = cells.filter((c) => c.length > 0).length;
    if (reporting === 0) return [];
    return [{ metric, cells, reporting, notes: rowNotes(places, cells, containment) }];
  });
  const topics = TOPICS.map((topic) => ({
    topic,
    // Stable sort: measures two or more places report come first, each group in data order.
    rows: rows
      .filter((r) => r.metric.topic === topic)
      .sort((a, b) => Number(b.reporting > 1) - Number(a.reporting > 1)),
  })).filter((t) => t.rows.length > 0);
  const all = rows.flatMap((r) => r.cells.flat());
  const notes = [
    levelCaveat(places.map((p) => ({ level: p.level, period: "", qualifier: "exact" }))),
    containment.length > 0
      ? `${containmentText(containment)}：上级的数字可能已包含下级，二者并列时不是同级比较。`
      : undefined,
    qualifierCaveat(all),
  ].filter((n): n is string => n !== undefined);
  return { places, containment, topics, notes };
}

/** The last year of a period (`2016-2020` → 2020). */
const endYear = (period: string) => Number(period.slice(-4));

/**
 * A place's figures cut to the latest period of each measure (every figure of that
 * period is kept): what a static comparison of places with years of figures shows, so
 * that its page does not grow with the years. The reader's own comparison reads all.
 */
export function latestFigures(figures: PlaceFigures): PlaceFigures {
  const last = new Map<string, number>();
  for (const f of figures.facts)
    last.set(f.metric, Math.max(last.get(f.metric) ?? 0, endYear(f.period)));
  return {
    place: figures.place,
    facts: figures.facts.filter((f) => endYear(f.period) === last.get(f.metric)),
  };
}
