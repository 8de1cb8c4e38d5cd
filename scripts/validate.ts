/**
 * `npm run validate`: checks the data directory (DATA_DIR or data/) against
 * the data contract and prints every problem as `file:line: message`.
 * Exit code 1 when anything is wrong.
 */
import { dataDir, formatProblem, loadDataset } from "../src/lib/data/index.ts";

/** Validates `dir`; returns true when clean. Logging is passed in so tests can silence it. */
export function validate(dir = dataDir(), log: (line: string) => void = console.error): boolean {
  const started = performance.now();
  const result = loadDataset(dir);
  if (!result.dataset) {
    for (const problem of result.problems) log(formatProblem(problem));
    log(`\n${result.problems.length} problem(s) in ${dir}/ — nothing was built.`);
    return false;
  }
  const d = result.dataset;
  const ms = Math.round(performance.now() - started);
  log(
    `${dir}/ is valid: ${d.facts.length} facts, ${d.regions.length} places, ${d.metrics.length} measures, ${d.sources.length} sources, ${d.population.length} denominators (${ms} ms)`,
  );
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exit(validate() ? 0 : 1);
}
