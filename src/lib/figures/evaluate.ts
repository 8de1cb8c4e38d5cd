/**
 * Scores the extractor against the curated facts: recall (facts whose figure
 * it proposes) and precision (proposals that are curated facts), per report
 * and overall, matching on source, value, qualifier and quote overlap.
 */
import type { Fact, Metric, Region, Source } from "../data/schema.ts";
import { extractCandidates, type Candidate } from "./candidates.ts";

/** Scores for one report (or all). */
export interface Score {
  source: string;
  facts: number;
  candidates: number;
  /** Facts with a matching candidate. */
  found: number;
  /** Candidates that match a fact. */
  correct: number;
  recall: number;
  precision: number;
  /** Of the matched candidates, how many guessed the fact's place, measure and period. */
  sameRegion: number;
  sameMetric: number;
  samePeriod: number;
  /** Facts not found, and candidates that match no fact, for review. */
  missed: Fact[];
  extra: Candidate[];
}

/** What the evaluation reads: the data set's tables. */
export interface EvaluationData {
  sources: readonly Source[];
  facts: readonly Fact[];
  regions: readonly Region[];
  metrics: readonly Metric[];
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

/** Scores one report: its snapshot against the facts curated from it. */
export function scoreSource(source: Source, data: EvaluationData): Score {
  const facts = data.facts.filter((f) => f.source === source.id);
  const year = Number(source.published.slice(0, 4));
  const candidates = extractCandidates(source.text, {
    source: source.id,
    title: source.title_zh,
    publisher: source.publisher_zh,
    ...(Number.isFinite(year) ? { year } : {}),
    regions: data.regions,
    metrics: data.metrics,
    facts,
  });
  const hit = new Set(candidates.flatMap((c) => (c.existing ? c.existing.split(" ") : [])));
  const matched = candidates.filter((c) => c.existing !== "");
  const byId = new Map(facts.map((f) => [f.id, f]));
  const agree = (key: "region" | "metric" | "period") =>
    matched.filter((c) => c.existing.split(" ").some((id) => byId.get(id)?.[key] === c[key]))
      .length;
  return {
    source: source.id,
    facts: facts.length,
    candidates: candidates.length,
    found: hit.size,
    correct: matched.length,
    recall: ratio(hit.size, facts.length),
    precision: ratio(matched.length, candidates.length),
    sameRegion: agree("region"),
    sameMetric: agree("metric"),
    samePeriod: agree("period"),
    missed: facts.filter((f) => !hit.has(f.id)),
    extra: candidates.filter((c) => c.existing === ""),
  };
}

/** Scores every report, then all of them together (source `all`). */
export function evaluate(data: EvaluationData): Score[] {
  const scores = data.sources.map((s) => scoreSource(s, data));
  const sum = (
    key: "facts" | "candidates" | "found" | "correct" | "sameRegion" | "sameMetric" | "samePeriod",
  ) => scores.reduce((n, s) => n + s[key], 0);
  const total: Score = {
    source: "all",
    facts: sum("facts"),
    candidates: sum("candidates"),
    found: sum("found"),
    correct: sum("correct"),
    recall: ratio(sum("found"), sum("facts")),
    precision: ratio(sum("correct"), sum("candidates")),
    sameRegion: sum("sameRegion"),
    sameMetric: sum("sameMetric"),
    samePeriod: sum("samePeriod"),
    missed: scores.flatMap((s) => s.missed),
    extra: scores.flatMap((s) => s.extra),
  };
  return [...scores, total];
}
