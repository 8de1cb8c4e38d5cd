/**
 * Loads a data directory (regions, metrics, sources + snapshots, facts,
 * population), validates it once and returns the indexed data set, or every
 * problem found as `file:line: message`.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { parseCsv } from "./csv.ts";
import { indexDataset, type Dataset } from "./dataset.ts";
import type { Problem } from "./problems.ts";
import { COLUMNS } from "./schema.ts";
import { readFacts, readMetrics, readPopulation, readRegions, readSources } from "./tables.ts";
import { validateTables, type Tables } from "./validate.ts";

/** Outcome of loading: a data set when there are no problems. */
export type LoadResult = { dataset: Dataset; problems: [] } | { dataset: undefined; problems: Problem[] };

type TableName = keyof typeof COLUMNS;

/** Loads and validates the data directory `dir` (default `data/`). */
export function loadDataset(dir = "data"): LoadResult {
  const root = resolve(dir);
  const problems: Problem[] = [];
  const fileOf = (name: string) => relative(process.cwd(), join(root, name)) || name;

  const read = (table: TableName) => {
    const file = fileOf(`${table}.csv`);
    const path = join(root, `${table}.csv`);
    if (!existsSync(path)) {
      problems.push({ file, line: 0, message: "file is missing" });
      return { file, records: [] };
    }
    const parsed = parseCsv(readFileSync(path, "utf8"), file, COLUMNS[table]);
    problems.push(...parsed.problems);
    return { file, records: parsed.records };
  };

  const withLines = <T>(rows: T[], records: { line: number }[]) =>
    rows.map((row, i) => ({ ...row, line: records[i]?.line ?? 0 }));

  const r = read("regions");
  const m = read("metrics");
  const s = read("sources");
  const f = read("facts");
  const p = read("population");
  const tables: Tables = {
    files: { regions: r.file, metrics: m.file, sources: s.file, facts: f.file, population: p.file },
    regions: withLines(readRegions(r.file, r.records, problems), r.records),
    metrics: withLines(readMetrics(m.file, m.records, problems), m.records),
    sources: withLines(readSources(s.file, s.records, problems), s.records),
    facts: readFacts(f.file, f.records, problems),
    population: withLines(readPopulation(p.file, p.records, problems), p.records),
  };

  for (const source of tables.sources) {
    if (source.file === "") continue;
    const path = join(root, source.file);
    if (!existsSync(path)) {
      problems.push({ file: s.file, line: source.line, message: `snapshot ${fileOf(source.file)} is missing` });
    } else source.text = readFileSync(path, "utf8");
  }

  problems.push(...validateTables(tables));
  if (problems.length > 0) return { dataset: undefined, problems };
  // Rows keep their `line` for later diagnostics; pages simply ignore it.
  return {
    dataset: indexDataset(tables),
    problems: [],
  };
}
