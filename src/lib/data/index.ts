/**
 * The data module's public face for pages: `getDataset()` loads and validates
 * the data directory once per build (DATA_DIR, default `data/`) and throws a
 * DataError listing every problem when the data is bad.
 */
import type { Dataset } from "./dataset.ts";
import { loadDataset, reuseDataset } from "./load.ts";
import { DataError } from "./problems.ts";

export { regionsWithFacts, topLevelRegions, type Dataset } from "./dataset.ts";
export * from "./schema.ts";
export { loadDataset } from "./load.ts";
export { DataError, formatProblem, type Problem } from "./problems.ts";

let cached: Dataset | undefined;

/** Directory the site is built from: `DATA_DIR` or `data`. */
export function dataDir(): string {
  return process.env["DATA_DIR"] ?? "data";
}

/** The validated data set, loaded once and shared by every page. */
export function getDataset(): Dataset {
  if (cached) return cached;
  // Validation earlier in the same build may have loaded these very files already.
  cached = reuseDataset(dataDir());
  if (cached) return cached;
  const result = loadDataset(dataDir());
  if (!result.dataset) throw new DataError(result.problems);
  cached = result.dataset;
  return cached;
}
