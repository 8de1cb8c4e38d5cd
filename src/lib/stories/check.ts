/**
 * The story half of `npm run validate`, also run by the build and the dev
 * server: each story's frontmatter, its component tags and props, and every id
 * it cites, as `file:line: message` problems in line order.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { Dataset } from "../data/dataset.ts";
import type { Problem } from "../data/problems.ts";
import { storiesDir } from "./dir.ts";
import { checkFrontmatter } from "./frontmatter.ts";
import { checkProps } from "./props.ts";
import { checkReferences } from "./references.ts";

/** Every problem in one story, `mdx` being the text of `file`. */
export function checkStory(file: string, mdx: string, data: Dataset): Problem[] {
  return [
    ...checkFrontmatter(file, mdx, data),
    ...checkProps(file, mdx),
    ...checkReferences(file, mdx, data),
  ].sort((a, b) => a.line - b.line);
}

/** The story files of `dir`, relative to it, in name order. */
export function storyFiles(dir = storiesDir()): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".mdx"))
    .sort();
}

/** Problems in the stories of `dir` (default: the stories directory). */
export function checkStories(data: Dataset, dir = storiesDir()): Problem[] {
  return storyFiles(dir).flatMap((name) => {
    const path = join(dir, name);
    return checkStory(relative(process.cwd(), path), readFileSync(path, "utf8"), data);
  });
}
