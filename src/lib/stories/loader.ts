/**
 * The content loader of the `stories` collection: Astro's glob loader, with
 * every story checked by the validator's own rules (check.ts) before Astro
 * parses its frontmatter, so `astro build` and `astro dev` refuse a story with
 * the same `file:line: message` lines as `npm run validate`.
 */
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { glob, type Loader, type LoaderContext } from "astro/loaders";
import { DataError, getDataset } from "../data/index.ts";
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
    // The problems name the story's lines; a stack into the loader would only distract.
    this.stack = `${this.name}: ${this.message}`;
  }
}

/** Problems in the story file at `path` (absolute), named relative to the project. */
export function checkStoryFile(path: string, text = readFileSync(path, "utf8")): Problem[] {
  return checkStory(relative(process.cwd(), path), text, getDataset());
}

/**
 * The glob loader for `**\/*.mdx` under `base`, refusing a story that has
 * problems. In `astro dev` (the only time Astro passes a watcher) a refused
 * story must not stop the server: its problems are logged and it is kept with
 * placeholder frontmatter, so its page still opens and shows them at the
 * story's file and line (src/integrations/preview.ts refuses its module).
 */
export function storiesLoader(base: string): Loader {
  const inner = glob({ pattern: "**/*.mdx", base });
  return {
    name: "silver-atlas:stories",
    load: (context: LoaderContext) => {
      const dev = context.watcher !== undefined;
      return inner.load({
        ...context,
        parseData: (props) => {
          const problems = props.filePath ? checkInDev(props.filePath, dev) : [];
          if (problems.length === 0) return context.parseData(props);
          if (!dev) throw new StoryError(problems);
          for (const problem of problems) context.logger.error(formatProblem(problem));
          return context.parseData({ ...props, data: placeholder(props.id) as typeof props.data });
        },
      });
    },
  };
}

/** The story's problems; in dev, none while the data itself is invalid (every page shows that). */
function checkInDev(path: string, dev: boolean): Problem[] {
  try {
    return checkStoryFile(path);
  } catch (error) {
    if (dev && error instanceof DataError) return [];
    throw error;
  }
}

/** Frontmatter that passes the schema, for a story kept in dev only to show its problems. */
function placeholder(id: string): Record<string, unknown> {
  const data = getDataset();
  return {
    title: `${id}：这篇故事有错误`,
    dek: "错误列在终端和本页的错误提示中。",
    date: new Date(),
    author: "—",
    regions: data.regions.slice(0, 1).map((r) => r.id),
    topics: ["party"],
  };
}
