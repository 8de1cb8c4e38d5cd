/**
 * The frontmatter of a story, as one zod schema shared by the content
 * collection (src/content.config.ts) and `npm run validate`
 * (src/lib/stories/frontmatter.ts). Every message names the bad value; the
 * validator puts the field name and the line in front of it.
 */
import { z } from "astro/zod";
import type { Dataset } from "../data/dataset.ts";
import { TOPICS } from "../data/schema.ts";
import { didYouMean } from "../data/suggest.ts";

const show = (value: unknown): string => JSON.stringify(value) ?? String(value);

/** "missing" for an absent field, "empty" for a blank one, else the value shown and `what`. */
const typed = (what: string) => (issue: { input: unknown }) =>
  issue.input === undefined
    ? "missing (required)"
    : issue.input === null
      ? "empty"
      : `${show(issue.input)} ${what}`;

const text = () => z.string({ error: typed("is not text") }).min(1, { error: "empty" });

/** True for a calendar date written `YYYY-MM-DD` that exists (not 2026-02-30 or 2026-13-01). */
export function isRealDay(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * A publication date: a real `YYYY-MM-DD`. Astro's YAML parser hands over a
 * Date for anything that looks like one (rolling 2026-02-30 over to 2 March),
 * so the validator, which reads the text as written, is what refuses those.
 */
const day = z
  .preprocess(
    (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
    z
      .string({ error: typed("is not a date: write YYYY-MM-DD, e.g. 2026-11-25") })
      .refine(isRealDay, {
        error: (issue) =>
          `${show(issue.input)} is not a real date: write YYYY-MM-DD, e.g. 2026-11-25`,
      }),
  )
  .transform((value) => new Date(`${value}T00:00:00Z`));

/**
 * The frontmatter schema; `data` is read when a story is checked, so a changed
 * data set counts. While it gives undefined (invalid data in `astro dev`, which
 * every page reports), ids are not checked.
 */
export function storySchema(data: () => Dataset | undefined) {
  const id = (
    noun: string,
    file: string,
    has: (d: Dataset, id: string) => boolean,
    ids: (d: Dataset) => Iterable<string>,
  ) =>
    z.string({ error: typed(`is not a ${noun} id`) }).refine(
      (value) => {
        const d = data();
        return d === undefined || has(d, value);
      },
      {
        error: (issue) => {
          const value = String(issue.input);
          const d = data();
          return `unknown ${noun} "${value}" (not in ${file})${d ? didYouMean(value, ids(d)) : ""}`;
        },
      },
    );
  const place = id(
    "place",
    "data/regions.csv",
    (d, v) => d.regionById.has(v),
    (d) => d.regionById.keys(),
  );
  const measure = id(
    "measure",
    "data/metrics.csv",
    (d, v) => d.metricById.has(v),
    (d) => d.metricById.keys(),
  );
  const list = <T extends z.ZodType>(item: T, example: string) =>
    z
      .array(item, { error: typed(`is not a list: write ${example}`) })
      .min(1, { error: `empty list: name at least one, e.g. ${example}` });

  return z
    .object({
      /** Headline. */
      title: text(),
      /** One- or two-sentence standfirst shown under the headline and in feeds. */
      dek: text(),
      /** Publication date, a real `YYYY-MM-DD`. */
      date: day,
      /** Byline. */
      author: text(),
      /** Places the story is about (ids from data/regions.csv). */
      regions: list(place, '["haidian"]'),
      /** Topics from the fixed vocabulary (party, volunteer, care, …). */
      topics: list(
        z.enum(TOPICS, {
          error: (issue) =>
            `unknown topic ${show(issue.input)} (one of ${TOPICS.join(", ")})${didYouMean(String(issue.input), TOPICS)}`,
        }),
        '["care"]',
      ),
      /** Drafts are not built into the site. */
      draft: z.boolean({ error: typed("is not true or false") }).default(false),
      /** Optional chart shown under the headline. */
      heroChart: z
        .object(
          {
            /** Measure to chart. */
            metric: measure,
            /** Places to include (default: every place that has the measure). */
            regions: list(place, '["haidian"]').optional(),
          },
          { error: typed('is not a chart: write { metric: "…", regions: ["…"] }') },
        )
        .strict()
        .optional(),
    })
    .strict();
}

/** Field names a story's frontmatter may have, for "did you mean" on a misspelt one. */
export const STORY_FIELDS = [
  "title",
  "dek",
  "date",
  "author",
  "regions",
  "topics",
  "draft",
  "heroChart",
] as const;
