/**
 * Content collections. `stories` are MDX files in src/content/stories/ (or
 * STORIES_DIR). The loader runs the validator's story checks on each file and
 * the schema is the validator's own (src/lib/stories/schema.ts), so Astro
 * accepts exactly what `npm run validate` accepts.
 */
import { defineCollection } from "astro:content";
import { getDataset } from "./lib/data/index.ts";
import { storiesDir } from "./lib/stories/dir.ts";
import { storiesLoader } from "./lib/stories/loader.ts";
import { storySchema } from "./lib/stories/schema.ts";

const stories = defineCollection({
  loader: storiesLoader(storiesDir()),
  schema: storySchema(getDataset),
});

export const collections = { stories };
