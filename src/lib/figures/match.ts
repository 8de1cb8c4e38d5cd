/**
 * Matches figures read from a report with the facts already curated from it:
 * same source, value and qualifier, and the figure inside the fact's quote as
 * located in the report. Used to mark existing rows and to score the extractor.
 */
import { compactText, locateQuote } from "../data/quote.ts";
import type { Fact } from "../data/schema.ts";

/** What a match needs from a candidate: where its figure stands and what it says. */
export interface Locatable {
  start: number;
  end: number;
  value: number;
  qualifier: Fact["qualifier"];
}

/** A curated fact with where its quote stands in the report. */
export interface PlacedFact {
  fact: Fact;
  start: number;
  end: number;
}

/** The facts of one report with their quotes located in its text (facts whose quote is absent are left out). */
export function placeFacts(text: string, facts: readonly Fact[]): PlacedFact[] {
  const view = compactText(text);
  const placed: PlacedFact[] = [];
  for (const fact of facts) {
    const at = locateQuote(view, fact.quote);
    if (at) placed.push({ fact, ...at });
  }
  return placed;
}

/** Whether candidate `c` is the figure of fact `p`. */
export function isSameFigure(c: Locatable, p: PlacedFact): boolean {
  return (
    Math.abs(c.value - p.fact.value) < 1e-9 &&
    c.qualifier === p.fact.qualifier &&
    c.start < p.end &&
    p.start < c.end
  );
}

/**
 * For each candidate, the ids of the facts it matches. A fact whose quote
 * holds the same figure twice (`12个…集体和12名…个人`) goes to the figure
 * nearest its quote's start that no other fact has taken.
 */
export function matchFacts(
  candidates: readonly Locatable[],
  facts: readonly PlacedFact[],
): string[][] {
  const matched: string[][] = candidates.map(() => []);
  for (const p of facts) {
    const options = candidates
      .map((c, i) => ({ c, i }))
      .filter(({ c }) => isSameFigure(c, p))
      .sort(
        (a, b) =>
          Number(matched[a.i]?.length ?? 0) - Number(matched[b.i]?.length ?? 0) ||
          Math.abs(a.c.start - p.start) - Math.abs(b.c.start - p.start),
      );
    const pick = options[0];
    if (pick) matched[pick.i]?.push(p.fact.id);
  }
  return matched;
}
