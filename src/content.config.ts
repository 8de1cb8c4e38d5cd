/**
 * Content collections. `stories` are MDX files in src/content/stories/ (or
 * STORIES_DIR). The loader runs the validator's story checks on each file and
 * the schema is the validator's own (src/lib/stories/schema.ts), so Astro
 * accepts exactly what `npm run validate` accepts.
 */
import { defineCollection } from "astro:content";
import { DataError, getDataset } from "./lib/data/index.ts";
import { storiesDir } from "./lib/stories/dir.ts";
import { storiesLoader } from "./lib/stories/loader.ts";
import { storySchema } from "./lib/stories/schema.ts";

/** The data set, or undefined while it is invalid: the dev server keeps running and pages report it. */
function validDataset() {
  try {
    return getDataset();
  } catch (error) {
    if (error instanceof DataError) return undefined;
    throw error;
  }
}

const stories = defineCollection({
  loader: storiesLoader(storiesDir()),
  schema: storySchema(validDataset),
});

export const collections = { stories };
