/**
 * `datapackage.json`: a Frictionless Data Package (https://specs.frictionlessdata.io/data-package/)
 * describing the CSV files of the data contract with their field types, keys
 * and references, so tools can load the data set with its types.
 */
import { absoluteUrl } from "../links.ts";
import type { Dataset } from "./dataset.ts";
import { GZIP_SUFFIX, type CsvFile } from "./downloads.ts";
import { BASES, LEVELS, QUALIFIERS, RELATION_KINDS, SOURCE_KINDS, TOPICS } from "./schema.ts";

type Field = { name: string; type: string; description: string; constraints?: Record<string, unknown> };

const field = (name: string, type: string, description: string, constraints?: Record<string, unknown>): Field =>
  constraints ? { name, type, description, constraints } : { name, type, description };

const SLUG = { required: true, pattern: "[a-z0-9]+(-[a-z0-9]+)*" };

/**
 * How the CSVs are written (https://specs.frictionlessdata.io/csv-dialect/). Declared because
 * a reader that sniffs the dialect guesses wrong on metrics.csv (the Frictionless JS library
 * takes the spaces of its English names for the delimiter). Line ends are left to the
 * reader: the files use LF, and `npm run validate` also accepts CRLF.
 */
const DIALECT = { delimiter: ",", quoteChar: '"', doubleQuote: true, skipInitialSpace: false, header: true };

/**
 * The data package descriptor for `data`, with resource paths relative to `/data/`. A file of
 * `compressed` (published gzip-compressed, `compressedFiles` in ./downloads.ts) is described at
 * its `.gz` path with `"compression": "gz"`, as the Frictionless pattern for compressed
 * resources has it (https://specs.frictionlessdata.io/patterns/#compression-of-resources).
 */
export function dataPackage(data: Dataset, site: URL | string, compressed: readonly CsvFile[] = []) {
  const resource = (name: string, rows: number, description: string, fields: Field[], extra: Record<string, unknown> = {}) => ({
    name,
    ...(compressed.some((file) => file === `${name}.csv`)
      ? { path: `${name}.csv${GZIP_SUFFIX}`, compression: "gz" }
      : { path: `${name}.csv` }),
    profile: "tabular-data-resource",
    format: "csv",
    mediatype: "text/csv",
    encoding: "utf-8",
    dialect: DIALECT,
    description,
    rows,
    schema: { fields, ...extra },
  });
  return {
    profile: "tabular-data-package",
    name: "silver-atlas",
    title: "银龄图谱 Silver Atlas",
    description: "Figures from five Chinese reports on retired-cadre work and elderly care, each with its verbatim quote and source.",
    homepage: absoluteUrl("/data/", site),
    licenses: [{ name: "CC-BY-4.0", path: "https://creativecommons.org/licenses/by/4.0/", title: "Creative Commons Attribution 4.0" }],
    resources: [
      resource("regions", data.regions.length, "Places and their administrative level.", [
        field("id", "string", "Slug of the place.", SLUG),
        field("name_zh", "string", "Chinese name.", { required: true }),
        field("name_en", "string", "English name.", { required: true }),
        field("level", "string", "Administrative level.", { required: true, enum: [...LEVELS] }),
        field("parent", "string", "Id of the enclosing place, empty at the top."),
      ], { primaryKey: "id", foreignKeys: [{ fields: "parent", reference: { resource: "regions", fields: "id" } }] }),
      resource("metrics", data.metrics.length, "Measures: what a figure counts, in which unit.", [
        field("id", "string", "Slug of the measure.", SLUG),
        field("name_zh", "string", "Chinese name.", { required: true }),
        field("name_en", "string", "English name.", { required: true }),
        field("unit_zh", "string", "Unit in Chinese.", { required: true }),
        field("unit_en", "string", "Unit in English.", { required: true }),
        field("topic", "string", "Topic.", { required: true, enum: [...TOPICS] }),
        field("definition_zh", "string", "Precise definition in Chinese.", { required: true }),
      ], { primaryKey: "id" }),
      resource("sources", data.sources.length, "Source reports; each has a text snapshot at sources/<id>.txt.", [
        field("id", "string", "Slug of the source.", SLUG),
        field("title_zh", "string", "Title.", { required: true }),
        field("publisher_zh", "string", "Publisher.", { required: true }),
        field("published", "string", "Publication date as precise as known: YYYY, YYYY-MM or YYYY-MM-DD.", { required: true }),
        field("kind", "string", "Kind of document.", { required: true, enum: [...SOURCE_KINDS] }),
        field("file", "string", "Snapshot path relative to the data directory.", { required: true }),
      ], { primaryKey: "id" }),
      resource("facts", data.facts.length, "One figure from one source, with its verbatim quote.", [
        field("id", "string", "Slug of the fact.", SLUG),
        field("region", "string", "Place the figure describes.", { required: true }),
        field("metric", "string", "Measure.", { required: true }),
        field("value", "number", "Value in base units (万 expanded; percentages as written).", { required: true }),
        field("qualifier", "string", "exact; over (余/多/超过/以上); about (约/左右); nearly (近/将近).", { required: true, enum: [...QUALIFIERS] }),
        field("period", "string", "Year YYYY or span YYYY-YYYY the figure describes.", { required: true, pattern: "\\d{4}(-\\d{4})?" }),
        field("source", "string", "Source report.", { required: true }),
        field("quote", "string", "Verbatim excerpt of the source containing the figure (≤ 80 characters).", { required: true, maxLength: 80 }),
        field("note", "string", "Note for readers, in Chinese: what is counted, how the period was inferred, caveats. Empty when nothing needs saying."),
        field("note_en", "string", "The same note in English (for downloads and an English edition)."),
        field("basis", "string", "What the figure counts on: stock (standing total at one moment), period (new or held within one year), cumulative (running total over several years or since an unstated start), campaign (one event, contest or campaign month), frequency (how often something recurs), unstated (time frame not given by the source).", { required: true, enum: [...BASES] }),
        field("relation", "string", `How this fact relates to another of the same place, measure, period and source: <kind>:<fact-id> items separated by ";", kind one of ${RELATION_KINDS.join(", ")}. Required when two such facts differ in value.`, { pattern: `((${RELATION_KINDS.join("|")}):[a-z0-9]+(-[a-z0-9]+)*)(; *(${RELATION_KINDS.join("|")}):[a-z0-9]+(-[a-z0-9]+)*)*` }),
      ], {
        primaryKey: "id",
        foreignKeys: [
          { fields: "region", reference: { resource: "regions", fields: "id" } },
          { fields: "metric", reference: { resource: "metrics", fields: "id" } },
          { fields: "source", reference: { resource: "sources", fields: "id" } },
        ],
      }),
      resource("population", data.population.length, "Sourced denominators for per-capita views.", [
        field("region", "string", "Place.", { required: true }),
        field("period", "year", "Year of the count.", { required: true }),
        field("residents", "integer", "Resident population.", { required: true }),
        field("aged_60_plus", "integer", "Residents aged 60 and over, when the source gives it."),
        field("source_title", "string", "Title of the statistical source.", { required: true }),
        field("source_url", "string", "URL of the statistical source.", { required: true, format: "uri" }),
      ], { foreignKeys: [{ fields: "region", reference: { resource: "regions", fields: "id" } }] }),
    ],
  };
}
