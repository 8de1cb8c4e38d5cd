/**
 * The data module's public face for pages: `getDataset()` loads and validates
 * the data directory once per build (DATA_DIR, default `data/`) and throws a
 * DataError listing every problem when the data is bad. In `astro dev`,
 * src/integrations/preview.ts calls `invalidateDataset()` when data/ changes.
 */
import type { Dataset } from "./dataset.ts";
import { loadDataset, reuseDataset } from "./load.ts";
import { DataError } from "./problems.ts";

export { regionsWithFacts, topLevelRegions, type Dataset } from "./dataset.ts";
export * from "./schema.ts";
export { loadDataset } from "./load.ts";
export { DataError, formatProblem, type Problem } from "./problems.ts";

let cached: { dataset: Dataset; generation: number } | undefined;

const GENERATION = Symbol.for("silver-atlas.data-generation");
// The dev server's watcher and the pages live in different copies of this module: share on globalThis.
const scope = globalThis as { [GENERATION]?: number };

/** Makes every copy of this module load the data again on its next `getDataset()` (live preview). */
export function invalidateDataset(): void {
  scope[GENERATION] = (scope[GENERATION] ?? 0) + 1;
}

/** Directory the site is built from: `DATA_DIR` or `data`. */
export function dataDir(): string {
  return process.env["DATA_DIR"] ?? "data";
}

/** The validated data set, loaded once and shared by every page. */
export function getDataset(): Dataset {
  const generation = scope[GENERATION] ?? 0;
  if (cached?.generation === generation) return cached.dataset;
  // Validation earlier in the same build may have loaded these very files already.
  const dataset = reuseDataset(dataDir()) ?? loadOrThrow();
  cached = { dataset, generation };
  return dataset;
}

function loadOrThrow(): Dataset {
  const result = loadDataset(dataDir());
  if (!result.dataset) throw new DataError(result.problems);
  return result.dataset;
}
