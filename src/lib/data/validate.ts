/**
 * Cross-file checks of the data contract: unique ids, references that
 * resolve, quotes found in their snapshots stating the fact's figure.
 */
import { quoteNotFoundMessage } from "./closest.ts";
import { hierarchyProblems } from "./hierarchy.ts";
import type { Problem } from "./problems.ts";
import { didYouMean } from "./suggest.ts";
import { figureProblem } from "../figures/index.ts";
import { stripWhitespace } from "./quote.ts";
import { checkRelations } from "./relations.ts";
import type { Fact, Metric, Population, Region, Source } from "./schema.ts";

/** The typed tables with the file each came from, as the validator needs them. */
export interface Tables {
  files: { regions: string; metrics: string; sources: string; facts: string; population: string };
  regions: (Region & { line: number })[];
  metrics: (Metric & { line: number })[];
  sources: (Source & { line: number })[];
  facts: Fact[];
  population: (Population & { line: number })[];
}

/** Runs every cross-file check and returns the problems found (empty when valid). */
export function validateTables(t: Tables): Problem[] {
  const problems: Problem[] = [];
  const at = (file: string, line: number) => (message: string) => problems.push({ file, line, message });

  const regions = uniqueIds(t.files.regions, t.regions, problems);
  const metrics = uniqueIds(t.files.metrics, t.metrics, problems);
  const sources = uniqueIds(t.files.sources, t.sources, problems);
  const facts = uniqueIds(t.files.facts, t.facts, problems);

  for (const r of t.regions) {
    const report = at(t.files.regions, r.line);
    if (r.parent === null) continue;
    if (r.parent === r.id) report(`parent of "${r.id}" is itself`);
    else if (!regions.has(r.parent)) report(`unknown parent region "${r.parent}"${didYouMean(r.parent, regions.keys())}`);
  }
  problems.push(...hierarchyProblems(t.files.regions, t.regions));

  const snapshots = new Map(t.sources.map((s) => [s.id, stripWhitespace(s.text)]));
  const found = quoteFinder();
  for (const f of t.facts) {
    // A message only when a check fails: no per-row closure on a loop that runs 900,000 times.
    const file = t.files.facts;
    if (f.region && !regions.has(f.region)) problems.push({ file, line: f.line, message: `unknown region "${f.region}"${didYouMean(f.region, regions.keys())}` });
    if (f.metric && !metrics.has(f.metric)) problems.push({ file, line: f.line, message: `unknown metric "${f.metric}"${didYouMean(f.metric, metrics.keys())}` });
    if (f.source && !sources.has(f.source)) problems.push({ file, line: f.line, message: `unknown source "${f.source}"${didYouMean(f.source, sources.keys())}` });
    const snapshot = snapshots.get(f.source);
    if (snapshot && f.quote && !found(f.source, snapshot, stripWhitespace(f.quote))) {
      problems.push({ file, line: f.line, message: quoteNotFoundMessage(f.source, f.quote, snapshot) });
    }
    const figure = f.quote && Number.isFinite(f.value) ? figureProblem(f.quote, f.value, f.qualifier) : undefined;
    if (figure) problems.push({ file, line: f.line, message: figure });
  }
  checkRelations(t.files.facts, t.facts, problems, facts);

  const seen = new Map<string, number>();
  for (const p of t.population) {
    const report = at(t.files.population, p.line);
    if (p.region && !regions.has(p.region)) report(`unknown region "${p.region}"${didYouMean(p.region, regions.keys())}`);
    const key = `${p.region} ${p.period}`;
    const first = seen.get(key);
    if (first !== undefined) report(`second row for ${p.region} in ${p.period} (first on line ${first})`);
    else seen.set(key, p.line);
  }
  return problems;
}

/**
 * Whether a snapshot contains a quote. Facts are usually listed in the order
 * their quotes appear in the report, so the search starts where the previous
 * quote of the same source was found and only falls back to the whole text:
 * the answer is the same, but a snapshot with thousands of quotes is no longer
 * scanned from the top for each one (31 s → 1 s on 900,000 synthetic facts).
 */
function quoteFinder(): (source: string, snapshot: string, needle: string) => boolean {
  const last = new Map<string, number>();
  return (source, snapshot, needle) => {
    const from = last.get(source) ?? 0;
    let at = snapshot.indexOf(needle, from);
    if (at === -1 && from > 0) at = snapshot.indexOf(needle);
    if (at !== -1) last.set(source, at);
    return at !== -1;
  };
}

/** Reports repeated ids and returns each id with the line it is first on. */
function uniqueIds(file: string, rows: { id: string; line: number }[], problems: Problem[]): Map<string, number> {
  // The map itself is the set of ids: copying its keys into a Set cost a second
  // 900,000-entry table at national scale.
  const first = new Map<string, number>();
  for (const row of rows) {
    if (row.id === "") continue;
    const line = first.get(row.id);
    if (line !== undefined) {
      problems.push({ file, line: row.line, message: `duplicate id "${row.id}" (first on line ${line})` });
    } else first.set(row.id, row.line);
  }
  return first;
}
