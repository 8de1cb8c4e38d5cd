/**
 * Guesses the place a figure belongs to: a place named in its sentence or
 * earlier on its line (`思明区`, or `思明` without the suffix), else the place
 * of its section heading, else the report's place (title, publisher, or the
 * place the report names most). A province or city named only as the issuer
 * of a title (`北京市“六好”示范党支部` in a Haidian report) does not override
 * the more specific place the report is about.
 */
import type { Region } from "../data/schema.ts";

/** A place with the reason it was chosen. */
export interface PlaceGuess {
  region: string;
  reason: string;
}

/** Where to look for a place, nearest first. */
export interface PlaceContext {
  /** The figure's sentence. */
  sentence: string;
  /** The figure's line of the report, up to the figure. */
  line: string;
  /** The nearest section heading before the figure (a short line without a full stop). */
  heading: string;
  /** The place the report as a whole is about, if known. */
  report?: Region;
}

/** The names a place goes by in text: 思明区 and 思明. */
function namesOf(r: Region): string[] {
  const short = r.name_zh.replace(/[省市区县]$/u, "");
  return short.length >= 2 && short !== r.name_zh ? [r.name_zh, short] : [r.name_zh];
}

/** Every mention of a place in `text`, in order; 北京大学 is a university, not Beijing. */
function mentions(
  text: string,
  regions: readonly Region[],
): { region: Region; name: string; at: number }[] {
  const found: { region: Region; name: string; at: number }[] = [];
  for (const region of regions) {
    for (const name of namesOf(region)) {
      for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
        if (!/^(?:大学|学院|日报)/u.test(text.slice(at + name.length)))
          found.push({ region, name, at });
      }
    }
  }
  return found.sort((a, b) => a.at - b.at || b.name.length - a.name.length);
}

/** Whether `a` is an ancestor of `b`. */
function isAncestor(a: Region, b: Region, regions: readonly Region[]): boolean {
  const byId = new Map(regions.map((r) => [r.id, r]));
  for (
    let p = b.parent ? byId.get(b.parent) : undefined;
    p;
    p = p.parent ? byId.get(p.parent) : undefined
  ) {
    if (p.id === a.id) return true;
  }
  return false;
}

/** The place a report is about: named in its title, else its publisher, else the one it names most. */
export function reportPlace(
  title: string,
  publisher: string,
  text: string,
  regions: readonly Region[],
): Region | undefined {
  for (const where of [title, publisher]) {
    const named = mentions(where, regions).at(-1);
    if (named) return named.region;
  }
  const counts = new Map<Region, number>();
  for (const m of mentions(text, regions)) counts.set(m.region, (counts.get(m.region) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** The place of a figure, from the nearest context that names one. */
export function guessPlace(context: PlaceContext, regions: readonly Region[]): PlaceGuess {
  const section = mentions(context.heading, regions).at(-1)?.region ?? context.report;
  const sectionReason =
    mentions(context.heading, regions).length > 0
      ? "named in the section heading"
      : "the report's place";
  for (const [where, text] of [
    ["in the sentence", context.sentence],
    ["earlier in the paragraph", context.line],
  ] as const) {
    const named = mentions(text, regions).at(-1);
    if (!named) continue;
    if (section && isAncestor(named.region, section, regions)) {
      return {
        region: section.id,
        reason: `${named.name} ${where} contains ${section.name_zh} (${sectionReason})`,
      };
    }
    return { region: named.region.id, reason: `${named.name} ${where}` };
  }
  if (section) return { region: section.id, reason: `${section.name_zh}: ${sectionReason}` };
  return { region: "", reason: "no place named" };
}
