/**
 * `npm run extract -- <report.txt> [--source <id>] [--out <candidates.csv>] [--new-only] [--with-skipped]`:
 * reads a report and writes candidate facts for review (src/lib/figures/candidates.ts).
 * `npm run extract -- --evaluate [--verbose]`: recall and precision on data/sources/ against facts.csv.
 * Data comes from DATA_DIR (default data/).
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { basename } from "node:path";
import Papa from "papaparse";
import { dataDir, formatProblem, loadDataset, type Dataset } from "../src/lib/data/index.ts";
import {
  CANDIDATE_COLUMNS,
  extractCandidates,
  type Candidate,
} from "../src/lib/figures/candidates.ts";
import { evaluate, type Score } from "../src/lib/figures/evaluate.ts";

/** Command-line options. */
interface Args {
  report?: string;
  source?: string;
  out?: string;
  newOnly: boolean;
  withSkipped: boolean;
  evaluate: boolean;
  verbose: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { newOnly: false, withSkipped: false, evaluate: false, verbose: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--source" || a === "--out") {
      const value = argv[++i];
      if (value === undefined || value.startsWith("--")) throw new Error(`${a} needs a value`);
      args[a === "--source" ? "source" : "out"] = value;
    } else if (a === "--new-only") args.newOnly = true;
    else if (a === "--with-skipped") args.withSkipped = true;
    else if (a === "--evaluate") args.evaluate = true;
    else if (a === "--verbose") args.verbose = true;
    else if (a !== undefined && !a.startsWith("--") && args.report === undefined) args.report = a;
    else throw new Error(`unknown argument "${a}"`);
  }
  return args;
}

/** Candidate rows as CSV (RFC 4180, UTF-8): new figures first, already curated ones last. */
export function candidatesCsv(rows: readonly Candidate[], newOnly = false): string {
  const shown = rows.filter((r) => !newOnly || r.existing === "");
  const ordered = [
    ...shown.filter((r) => r.existing === ""),
    ...shown.filter((r) => r.existing !== ""),
  ];
  return (
    Papa.unparse(
      {
        fields: [...CANDIDATE_COLUMNS],
        data: ordered.map((r) => CANDIDATE_COLUMNS.map((c) => String(r[c]))),
      },
      { newline: "\n" },
    ) + "\n"
  );
}

/** Candidates for one report file, with the data set's places, measures and facts. */
export function extractFile(
  path: string,
  data: Dataset,
  args: Pick<Args, "source" | "withSkipped">,
): Candidate[] {
  const text = readFileSync(path, "utf8");
  const id = args.source ?? basename(path).replace(/\.txt$/u, "");
  const known = data.sourceById.get(id);
  const year = known ? Number(known.published.slice(0, 4)) : undefined;
  return extractCandidates(text, {
    source: id,
    ...(known ? { title: known.title_zh, publisher: known.publisher_zh } : {}),
    ...(year !== undefined && Number.isFinite(year) ? { year } : {}),
    regions: data.regions,
    metrics: data.metrics,
    facts: data.facts.filter((f) => f.source === id),
    withSkipped: args.withSkipped,
  });
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

/** The evaluation as a table, one line per report and a total. */
export function scoreTable(scores: readonly Score[]): string[] {
  const lines = [
    "source                   facts  found  recall    candidates  correct  precision  place  measure  period",
  ];
  for (const s of scores) {
    lines.push(
      [
        s.source.padEnd(24),
        String(s.facts).padStart(5),
        String(s.found).padStart(6),
        pct(s.recall).padStart(8),
        String(s.candidates).padStart(12),
        String(s.correct).padStart(8),
        pct(s.precision).padStart(10),
        String(s.sameRegion).padStart(6),
        String(s.sameMetric).padStart(8),
        String(s.samePeriod).padStart(7),
      ].join(" "),
    );
  }
  return lines;
}

const USAGE = [
  "usage: npm run extract -- <report.txt> [--source <id>] [--out <candidates.csv>] [--new-only] [--with-skipped]",
  "       npm run extract -- --evaluate [--verbose]",
];

/** Runs the command; returns the exit code. Logging is passed in so tests can silence it. */
export function main(argv: string[], log: (line: string) => void): number {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (error) {
    log(`extract: ${(error as Error).message}`);
    USAGE.forEach((line) => log(line));
    return 2;
  }
  const loaded = loadDataset(dataDir());
  if (!loaded.dataset) {
    for (const p of loaded.problems) log(formatProblem(p));
    log(
      `\n${loaded.problems.length} problem(s) in ${dataDir()}/: fix them (npm run validate) before extracting.`,
    );
    return 1;
  }
  const data = loaded.dataset;
  if (args.evaluate) {
    const scores = evaluate(data);
    for (const line of scoreTable(scores)) log(line);
    log("place / measure / period: matched candidates whose guess equals the curated fact's.");
    const total = scores.at(-1);
    if (args.verbose && total) {
      for (const f of total.missed)
        log(`missed ${f.id}: ${f.value} ${f.qualifier} in "${f.quote}"`);
      for (const c of total.extra)
        log(`extra ${c.source}: ${c.value} ${c.qualifier} in "${c.quote}" (${c.reason})`);
    }
    return 0;
  }
  if (!args.report) {
    log(
      "usage: npm run extract -- <report.txt> [--source <id>] [--out <candidates.csv>] [--new-only] [--with-skipped]",
    );
    log("       npm run extract -- --evaluate [--verbose]");
    return 2;
  }
  if (!existsSync(args.report)) {
    log(`extract: no such report "${args.report}"`);
    return 1;
  }
  const rows = extractFile(args.report, data, args);
  const csv = candidatesCsv(rows, args.newOnly);
  if (args.out) writeFileSync(args.out, csv);
  else process.stdout.write(csv);
  const existing = rows.filter((r) => r.existing !== "").length;
  log(
    `${rows.length} candidates (${rows.length - existing} new, ${existing} already in facts.csv)${args.out ? ` → ${args.out}` : ""}`,
  );
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exit(main(process.argv.slice(2), console.error));
}
