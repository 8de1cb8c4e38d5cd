/**
 * `npm run validate`: checks the data directory (DATA_DIR or data/) against
 * the data contract, and every story against the data, and prints every
 * problem as `file:line: message`.
 * Exit code 1 when anything is wrong.
 */
import { dataDir, formatProblem, loadDataset, type Problem } from "../src/lib/data/index.ts";
import { checkStories } from "../src/lib/stories/check.ts";

/** Validates `dir`; returns true when clean. Logging is passed in so tests can silence it. */
export function validate(dir = dataDir(), log: (line: string) => void = console.error): boolean {
  const started = performance.now();
  const result = loadDataset(dir);
  const problems: Problem[] = result.dataset ? checkStories(result.dataset) : result.problems;
  if (!result.dataset || problems.length > 0) {
    for (const problem of problems) log(formatProblem(problem));
    log(`\n${problems.length} problem(s) — nothing was built.`);
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
