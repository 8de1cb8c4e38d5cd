/**
 * Turns parsed CSV records into typed rows, one function per file of the
 * data contract. Cross-file checks (references, quotes) live in validate.ts.
 */
import type { CsvRecord } from "./csv.ts";
import { readFields } from "./fields.ts";
import { detach, interner } from "./intern.ts";
import type { Problem } from "./problems.ts";
import { parseRelations } from "./relations.ts";
import {
  BASES,
  LEVELS,
  MAX_QUOTE_LENGTH,
  QUALIFIERS,
  SOURCE_KINDS,
  TOPICS,
  type Fact,
  type Metric,
  type Population,
  type Region,
  type Relation,
  type Source,
} from "./schema.ts";

const PUBLISHED = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** Reads regions.csv records. */
export function readRegions(file: string, records: CsvRecord[], problems: Problem[]): Region[] {
  return records.map((record) => {
    const f = readFields(file, record, problems);
    const parent = f.text("parent", true);
    return {
      id: f.slug("id"),
      name_zh: f.text("name_zh"),
      name_en: f.text("name_en"),
      level: f.oneOf("level", LEVELS),
      parent: parent === "" ? null : parent,
    };
  });
}

/** Reads metrics.csv records. */
export function readMetrics(file: string, records: CsvRecord[], problems: Problem[]): Metric[] {
  return records.map((record) => {
    const f = readFields(file, record, problems);
    return {
      id: f.slug("id"),
      name_zh: f.text("name_zh"),
      name_en: f.text("name_en"),
      unit_zh: f.text("unit_zh"),
      unit_en: f.text("unit_en"),
      topic: f.oneOf("topic", TOPICS),
      definition_zh: f.text("definition_zh"),
    };
  });
}

/** Reads sources.csv records; snapshot text is attached later by the loader. */
export function readSources(file: string, records: CsvRecord[], problems: Problem[]): Source[] {
  return records.map((record) => {
    const f = readFields(file, record, problems);
    const published = f.text("published");
    if (published !== "" && !PUBLISHED.test(published)) {
      f.report(`published "${published}" is not YYYY, YYYY-MM or YYYY-MM-DD`);
    }
    return {
      id: f.slug("id"),
      title_zh: f.text("title_zh"),
      publisher_zh: f.text("publisher_zh"),
      published,
      kind: f.oneOf("kind", SOURCE_KINDS),
      file: f.text("file"),
      text: "",
    };
  });
}

/** A fact without relations; shared, and frozen so that no row can add one to all of them. */
const NO_RELATIONS: readonly Relation[] = Object.freeze([]);

/** Reads facts.csv records. */
export function readFacts(file: string, records: CsvRecord[], problems: Problem[]): Fact[] {
  return records.map(factReader(file, problems));
}

/**
 * Reads one facts.csv record at a time (the loader reads facts as they are parsed).
 * Rows repeat a few hundred places, measures, sources and periods; ids and quotes are
 * unique but must not keep the file's text alive (src/lib/data/intern.ts).
 */
export function factReader(file: string, problems: Problem[]): (record: CsvRecord) => Fact {
  const shared = interner();
  return (record) => {
    const f = readFields(file, record, problems);
    const quote = f.text("quote");
    // `length` counts UTF-16 units, never fewer than characters: only a long quote needs counting.
    if (quote.length > MAX_QUOTE_LENGTH && [...quote].length > MAX_QUOTE_LENGTH) {
      f.report(`quote is ${[...quote].length} characters; keep it to ${MAX_QUOTE_LENGTH} or fewer`);
    }
    const relation = f.text("relation", true);
    const fact: Fact = {
      id: detach(f.slug("id")),
      region: shared(f.text("region")),
      metric: shared(f.text("metric")),
      value: f.number("value"),
      qualifier: f.oneOf("qualifier", QUALIFIERS),
      period: shared(f.period("period")),
      source: shared(f.text("source")),
      quote: detach(quote),
      note: shared(f.text("note", true)),
      note_en: shared(f.text("note_en", true)),
      basis: f.oneOf("basis", BASES),
      relations:
        relation === "" ? NO_RELATIONS : parseRelations(relation, (message) => f.report(message)),
      line: record.line,
    };
    // A standing total and a year's flow both describe one year; a span is a cumulative figure.
    if ((fact.basis === "stock" || fact.basis === "period") && fact.period.includes("-")) {
      f.report(`basis ${fact.basis} describes one year, but period is the span "${fact.period}"; use cumulative`);
    }
    return fact;
  };
}

/** Reads population.csv records (optional file). */
export function readPopulation(file: string, records: CsvRecord[], problems: Problem[]): Population[] {
  return records.map((record) => {
    const f = readFields(file, record, problems);
    const aged = f.text("aged_60_plus", true);
    const url = f.text("source_url");
    if (url !== "" && !/^https?:\/\//.test(url)) f.report(`source_url "${url}" is not an http(s) URL`);
    const row: Population = {
      region: f.text("region"),
      period: f.period("period"),
      residents: f.number("residents"),
      aged_60_plus: aged === "" ? null : f.number("aged_60_plus"),
      source_title: f.text("source_title"),
      source_url: url,
    };
    return row;
  });
}
