/**
 * The content loader of the `stories` collection: Astro's glob loader, with
 * every story checked by the validator's own rules (check.ts) before Astro
 * parses its frontmatter, so `astro build` and `astro dev` refuse a story with
 * the same `file:line: message` lines as `npm run validate`.
 */
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { glob, type Loader, type LoaderContext } from "astro/loaders";
import { getDataset } from "../data/index.ts";
import { formatProblem, type Problem } from "../data/problems.ts";
import { checkStory } from "./check.ts";

/** A story that does not pass the checks; the message lists every problem as `file:line: message`. */
export class StoryError extends Error {
  /** The problems, in line order. */
  readonly problems: Problem[];

  constructor(problems: Problem[]) {
    super(problems.map(formatProblem).join("\n"));
    this.name = "StoryError";
    this.problems = problems;
  }
}

/** Problems in the story file at `path` (absolute), named relative to the project. */
export function checkStoryFile(path: string, text = readFileSync(path, "utf8")): Problem[] {
  return checkStory(relative(process.cwd(), path), text, getDataset());
}

/** The glob loader for `**\/*.mdx` under `base`, refusing a story that has problems. */
export function storiesLoader(base: string): Loader {
  const inner = glob({ pattern: "**/*.mdx", base });
  return {
    name: "silver-atlas:stories",
    load: (context: LoaderContext) =>
      inner.load({
        ...context,
        parseData: (props) => {
          const problems = props.filePath ? checkStoryFile(props.filePath) : [];
          if (problems.length > 0) throw new StoryError(problems);
          return context.parseData(props);
        },
      }),
  };
}
