/**
 * `npm run validate`: checks the data directory (DATA_DIR or data/) against
 * the data contract, then every story (STORIES_DIR or src/content/stories/):
 * frontmatter, component props and the ids they cite. Prints every problem as
 * `file:line: message`. Exit code 1 when anything is wrong.
 */
import { dataDir, formatProblem, loadDataset } from "../src/lib/data/index.ts";
import { checkStories, storyFiles } from "../src/lib/stories/check.ts";
import { storiesDir } from "../src/lib/stories/dir.ts";

/** Validates `dir` and the stories; returns true when clean. Logging is passed in so tests can silence it. */
export function validate(dir = dataDir(), log: (line: string) => void = console.error): boolean {
  const started = performance.now();
  const result = loadDataset(dir);
  if (!result.dataset) {
    for (const problem of result.problems) log(formatProblem(problem));
    const n = result.problems.length;
    log(
      `\n${n} problem${n === 1 ? "" : "s"} in ${dir}/; stories are checked once the data is valid.`,
    );
    return false;
  }
  const problems = checkStories(result.dataset);
  const stories = storyFiles().length;
  if (problems.length > 0) {
    for (const problem of problems) log(formatProblem(problem));
    log(`\n${problems.length} problem${problems.length === 1 ? "" : "s"} in ${storiesDir()}/.`);
    return false;
  }
  const d = result.dataset;
  const ms = Math.round(performance.now() - started);
  log(
    `${dir}/ is valid: ${d.facts.length} facts, ${d.regions.length} places, ${d.metrics.length} measures, ${d.sources.length} sources, ${d.population.length} denominators; ${stories} stor${stories === 1 ? "y" : "ies"} checked (${ms} ms)`,
  );
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exit(validate() ? 0 : 1);
}
