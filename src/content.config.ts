/**
 * Content collections. `stories` are MDX files in src/content/stories/; their
 * frontmatter is checked here, including that every place, topic and measure
 * it names exists in the data set (Astro reports the file and field).
 */
import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "astro/zod";
import { getDataset } from "./lib/data/index.ts";
import { storiesDir } from "./lib/stories/dir.ts";
import { TOPICS } from "./lib/data/schema.ts";

const data = getDataset();
const regionId = z
  .string()
  .refine((id) => data.regionById.has(id), { message: "unknown place (not in data/regions.csv)" });
const metricId = z.string().refine((id) => data.metricById.has(id), {
  message: "unknown measure (not in data/metrics.csv)",
});

const stories = defineCollection({
  loader: glob({ pattern: "**/*.mdx", base: storiesDir() }),
  schema: z.object({
    /** Headline. */
    title: z.string().min(1),
    /** One- or two-sentence standfirst shown under the headline and in feeds. */
    dek: z.string().min(1),
    /** Publication date (YYYY-MM-DD). */
    date: z.coerce.date(),
    /** Byline. */
    author: z.string().min(1),
    /** Places the story is about (ids from data/regions.csv). */
    regions: z.array(regionId).min(1),
    /** Topics from the fixed vocabulary (party, volunteer, care, …). */
    topics: z.array(z.enum(TOPICS)).min(1),
    /** Drafts are not built into the site. */
    draft: z.boolean().default(false),
    /** Optional chart shown under the headline. */
    heroChart: z
      .object({
        /** Measure to chart. */
        metric: metricId,
        /** Places to include (default: every place that has the measure). */
        regions: z.array(regionId).optional(),
      })
      .optional(),
  }),
});

export const collections = { stories };
