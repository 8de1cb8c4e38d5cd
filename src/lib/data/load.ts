/**
 * Loads a data directory (regions, metrics, sources + snapshots, facts,
 * population), validates it once and returns the indexed data set, or every
 * problem found as `file:line: message`.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { parseCsv, type CsvRecord } from "./csv.ts";
import { indexDataset, type Dataset } from "./dataset.ts";
import { decodeUtf8 } from "./encoding.ts";
import type { Problem } from "./problems.ts";
import { COLUMNS, type Fact } from "./schema.ts";
import { resolveSnapshot } from "./snapshots.ts";
import { factReader, readMetrics, readPopulation, readRegions, readSources } from "./tables.ts";
import { validateTables, type Tables } from "./validate.ts";

/** Outcome of loading: a data set when there are no problems. */
export type LoadResult = { dataset: Dataset; problems: [] } | { dataset: undefined; problems: Problem[] };

type TableName = keyof typeof COLUMNS;

/** A loaded data set with the size and modification time of every file it was read from. */
interface Loaded {
  dataset: Dataset;
  files: string[];
  stamps: string[];
}

const LOADED = Symbol.for("silver-atlas.loaded-datasets");

/**
 * Data sets loaded in this process, by directory. A build loads the data in
 * scripts/build.ts (validation), in content.config.ts and in the pages' bundle —
 * three copies of this module — so the registry lives on `globalThis`.
 */
function loaded(): Map<string, Loaded> {
  const scope = globalThis as { [LOADED]?: Map<string, Loaded> };
  return (scope[LOADED] ??= new Map());
}

const stamp = (path: string): string => {
  try {
    const s = statSync(path);
    return `${s.size}:${s.mtimeMs}`;
  } catch {
    return "missing";
  }
};

/**
 * The data set last loaded from `dir` in this process, when none of its files
 * changed since; lets a build validate and index a national-scale data set once
 * instead of three times.
 */
export function reuseDataset(dir = "data"): Dataset | undefined {
  const entry = loaded().get(resolve(dir));
  if (!entry || entry.files.some((file, i) => stamp(file) !== entry.stamps[i])) return undefined;
  return entry.dataset;
}

/** Loads and validates the data directory `dir` (default `data/`). */
export function loadDataset(dir = "data"): LoadResult {
  const root = resolve(dir);
  const problems: Problem[] = [];
  // Stamped before reading, so a file changed while loading is never taken as unchanged.
  const files: string[] = [];
  const stamps: string[] = [];
  // Invalid UTF-8 is one problem at its first byte, not hundreds of garbled values: the text is not used.
  const readText = (path: string, file: string): string | undefined => {
    files.push(path);
    stamps.push(stamp(path));
    const decoded = decodeUtf8(readFileSync(path));
    if ("text" in decoded) return decoded.text;
    problems.push({ file, ...decoded.problem });
    return undefined;
  };
  const fileOf = (name: string) => relative(process.cwd(), join(root, name)) || name;

  const read = (table: TableName, each?: (record: CsvRecord) => void) => {
    const file = fileOf(`${table}.csv`);
    const path = join(root, `${table}.csv`);
    if (!existsSync(path)) {
      problems.push({ file, line: 0, message: "file is missing" });
      return { file, records: [] };
    }
    const text = readText(path, file);
    if (text === undefined) return { file, records: [] };
    const parsed = parseCsv(text, file, COLUMNS[table], each);
    // Not push(...): a file with hundreds of thousands of bad rows would overflow the stack.
    for (const problem of parsed.problems) problems.push(problem);
    return { file, records: parsed.records };
  };

  const withLines = <T>(rows: T[], records: { line: number }[]) =>
    rows.map((row, i) => ({ ...row, line: records[i]?.line ?? 0 }));

  const r = read("regions");
  const m = read("metrics");
  const s = read("sources");
  // Facts are read as they are parsed: their records never all live at once. Their field
  // problems still come after the other files' parse problems and the earlier tables' own.
  const facts: Fact[] = [];
  const factProblems: Problem[] = [];
  const readFact = factReader(fileOf("facts.csv"), factProblems);
  const f = read("facts", (record) => facts.push(readFact(record)));
  const p = read("population");
  const regions = withLines(readRegions(r.file, r.records, problems), r.records);
  const metrics = withLines(readMetrics(m.file, m.records, problems), m.records);
  const sources = withLines(readSources(s.file, s.records, problems), s.records);
  for (const problem of factProblems) problems.push(problem);
  const tables: Tables = {
    files: { regions: r.file, metrics: m.file, sources: s.file, facts: f.file, population: p.file },
    regions,
    metrics,
    sources,
    facts,
    population: withLines(readPopulation(p.file, p.records, problems), p.records),
  };

  for (const source of tables.sources) {
    if (source.file === "") continue;
    const snapshot = resolveSnapshot(root, source.file, fileOf("sources"));
    if ("path" in snapshot) source.text = readText(snapshot.path, fileOf(source.file)) ?? "";
    else if (snapshot.error === "missing") {
      problems.push({ file: s.file, line: source.line, message: `snapshot ${fileOf(source.file)} is missing` });
    } else problems.push({ file: s.file, line: source.line, message: snapshot.error });
  }

  for (const problem of validateTables(tables)) problems.push(problem);
  if (problems.length > 0) return { dataset: undefined, problems };
  // Rows keep their `line` for later diagnostics; pages simply ignore it.
  const dataset = indexDataset(tables);
  loaded().set(root, { dataset, files, stamps });
  return { dataset, problems: [] };
}
