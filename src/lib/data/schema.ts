/**
 * The data contract (see data/README.md): columns of each CSV, the fixed
 * vocabularies, and the typed records pages receive after validation.
 */

/** Qualifiers: how the source hedges a figure. 余/多/超过/以上 → over; 约/左右 → about; 近/将近 → nearly. */
export const QUALIFIERS = ["exact", "over", "about", "nearly"] as const;
/** Administrative levels of places. */
export const LEVELS = ["province", "city", "district", "county"] as const;
/** Topics that group measures on place pages and in search filters. */
export const TOPICS = [
  "party",
  "volunteer",
  "care",
  "health",
  "education",
  "culture",
  "governance",
  "service",
  "honours",
] as const;
/**
 * What a figure counts on, so that a chart can say when its rows differ:
 * `stock` a standing total at one moment (现有、目前、建成、全市共有), shares and
 * rates of that moment included; `period` what was newly set up, held or
 * served within one year; `cumulative` a running total over several years or
 * since an unstated start (累计、N年来); `campaign` what one event, contest or
 * campaign month counted; `frequency` how often something recurs (每季度一次);
 * `unstated` activity counts whose time frame the source does not give.
 */
export const BASES = ["stock", "period", "cumulative", "campaign", "frequency", "unstated"] as const;
/**
 * How two facts relate when both stand for the same place, measure, period
 * and source with different values: `different-scope` they count different
 * programmes, events or bodies (never sum them); `part-of` this row counts a
 * part of the other; `restates` the source gives the same quantity again with
 * another value (both kept as written).
 */
export const RELATION_KINDS = ["different-scope", "part-of", "restates"] as const;
/** Kinds of source documents. */
export const SOURCE_KINDS = ["news-feature", "speech", "official-article"] as const;

export type Qualifier = (typeof QUALIFIERS)[number];
export type Level = (typeof LEVELS)[number];
export type Topic = (typeof TOPICS)[number];
export type SourceKind = (typeof SOURCE_KINDS)[number];
export type Basis = (typeof BASES)[number];
export type RelationKind = (typeof RELATION_KINDS)[number];

/** A typed link from one fact to another, written `<kind>:<fact-id>` in facts.csv. */
export interface Relation {
  kind: RelationKind;
  /** Id of the other fact. */
  fact: string;
}

/** A place: a province, city, district or county. */
export interface Region {
  id: string;
  name_zh: string;
  name_en: string;
  level: Level;
  /** Id of the enclosing region, or null at the top. */
  parent: string | null;
}

/** A measure: what a figure counts, in which unit. */
export interface Metric {
  id: string;
  name_zh: string;
  name_en: string;
  unit_zh: string;
  unit_en: string;
  topic: Topic;
  definition_zh: string;
}

/** A source report; `text` is its snapshot as stored in `data/sources/<id>.txt`. */
export interface Source {
  id: string;
  title_zh: string;
  publisher_zh: string;
  /** Publication date as precise as known: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  published: string;
  kind: SourceKind;
  /** Snapshot path relative to the data directory, e.g. `sources/<id>.txt`. */
  file: string;
  /** The snapshot's full text. */
  text: string;
}

/** One figure from one source, with the verbatim quote it came from. */
export interface Fact {
  id: string;
  region: string;
  metric: string;
  /** Plain number in base units (万 expanded, percent as written). */
  value: number;
  qualifier: Qualifier;
  /** `YYYY` or `YYYY-YYYY`. */
  period: string;
  source: string;
  quote: string;
  /** Note for readers, in Chinese: what is counted, how the period was inferred, caveats. */
  note: string;
  /** The same note in English, for downloads and a later English edition; never shown on Chinese pages. */
  note_en: string;
  /** What the figure counts on (see BASES). */
  basis: Basis;
  /** How this fact relates to others of the same place, measure, period and source (may be empty). */
  relations: readonly Relation[];
  /** Line of the fact in facts.csv, for error messages. */
  line: number;
}

/** A sourced denominator for per-capita views. */
export interface Population {
  region: string;
  period: string;
  residents: number;
  aged_60_plus: number | null;
  source_title: string;
  source_url: string;
}

/** Required columns of each CSV file, in the order they are written. */
export const COLUMNS = {
  regions: ["id", "name_zh", "name_en", "level", "parent"],
  metrics: ["id", "name_zh", "name_en", "unit_zh", "unit_en", "topic", "definition_zh"],
  sources: ["id", "title_zh", "publisher_zh", "published", "kind", "file"],
  facts: [
    "id",
    "region",
    "metric",
    "value",
    "qualifier",
    "period",
    "source",
    "quote",
    "note",
    "note_en",
    "basis",
    "relation",
  ],
  population: ["region", "period", "residents", "aged_60_plus", "source_title", "source_url"],
} as const;

/** Longest quote allowed, in characters: a quote is an excerpt, not the report. */
export const MAX_QUOTE_LENGTH = 80;
