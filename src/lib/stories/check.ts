/**
 * Checks every story file in the stories directory against the data set:
 * each `<Fact>`, `<SourceQuote>`, `<Chart>` and `<Compare>` must cite ids that exist.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { Dataset } from "../data/dataset.ts";
import type { Problem } from "../data/problems.ts";
import { storiesDir } from "./dir.ts";
import { checkReferences } from "./references.ts";

/** Problems in the stories of `dir` (default: the stories directory). */
export function checkStories(data: Dataset, dir = storiesDir()): Problem[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".mdx"))
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return checkReferences(relative(process.cwd(), path), readFileSync(path, "utf8"), data);
    });
}
