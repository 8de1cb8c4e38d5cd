/**
 * Comparisons worth offering without JavaScript, each built as its own static
 * page: the three most-reported places (the compare page's default), the
 * sub-places of one parent side by side and, on a small data set, each place
 * with the place that contains it. Their number grows with the parents, not
 * with the places (and never with their pairs).
 */
import type { Dataset } from "../data/dataset.ts";
import type { Region } from "../data/schema.ts";
import { url } from "../links.ts";
import { MAX_PLACES, writePlaces } from "./query.ts";
import { placeList } from "./render.ts";

/** A set of places with a static page at `/compare/<slug>/` (the default set: `/compare/`). */
export interface CompareSet {
  /** Page slug; "" for the default set at `/compare/`. */
  slug: string;
  /** Heading, e.g. "集美区与厦门市". */
  title: string;
  /** Place ids in column order. */
  ids: string[];
  /** What kind of set it is, for grouping links. */
  kind: "default" | "parent" | "siblings";
  /** Whether it is built as a page; if not, its link opens the script's `/compare/?places=…`. */
  built: boolean;
}

/**
 * Most places (with figures) a data set may have for each place to get a static page
 * beside its parent. Such a page weighs ~110 kB and each place has one, so they were the
 * bulk of the compare pages at national scale (2,970 of 3,624 at 3,000 places) while the
 * sibling pages already show every place beside the others of its parent. The real site
 * (13 places) keeps them; above this the place page's link opens the same two places in
 * the script's compare page, and the pages grow per parent only. 30 keeps the pages a
 * small site offers without JavaScript and stays under the 50-place scale test.
 */
export const PAIR_PAGES_MAX_PLACES = 30;

/** How many places the default comparison holds. */
const DEFAULT_SIZE = 3;

const reports = (data: Dataset, r: Region) => data.factsByRegion.get(r.id)?.length ?? 0;

const defaults = new WeakMap<Dataset, CompareSet>();

/** The default set: the places with the most figures (ties: data order), as many as DEFAULT_SIZE. */
export function defaultSet(data: Dataset): CompareSet {
  const known = defaults.get(data);
  if (known) return known;
  const places = data.regions
    .filter((r) => reports(data, r) > 0)
    .map((r, order) => ({ r, order }))
    .sort((a, b) => reports(data, b.r) - reports(data, a.r) || a.order - b.order)
    .slice(0, DEFAULT_SIZE)
    .map(({ r }) => r);
  const set: CompareSet = {
    slug: "",
    title: placeList(places.map((p) => ({ name: p.name_zh }))),
    ids: places.map((p) => p.id),
    kind: "default",
    built: true,
  };
  defaults.set(data, set);
  return set;
}

/** Whether the data set is small enough for a static page per place beside its parent. */
export const pairPagesBuilt = (data: Dataset): boolean =>
  data.factsByRegion.size <= PAIR_PAGES_MAX_PLACES;

/** The place with its parent, when both report figures (a page only on a small data set). */
export function parentSet(data: Dataset, region: Region): CompareSet | undefined {
  const parent = region.parent ? data.regionById.get(region.parent) : undefined;
  if (!parent || reports(data, region) === 0 || reports(data, parent) === 0) return undefined;
  return {
    slug: `${region.id}-and-parent`,
    title: `${region.name_zh}与${parent.name_zh}`,
    ids: [region.id, parent.id],
    kind: "parent",
    built: pairPagesBuilt(data),
  };
}

/**
 * The sub-places of `parent` that report figures, when there are two or more, in
 * groups of at most MAX_PLACES (a table of twenty columns does not read):
 * `/compare/in-<parent>/`, then `/compare/in-<parent>-2/`….
 */
export function siblingSets(data: Dataset, parent: Region): CompareSet[] {
  const children = (data.childrenOf.get(parent.id) ?? []).filter((c) => reports(data, c) > 0);
  if (children.length < 2) return [];
  const groups = Math.ceil(children.length / MAX_PLACES);
  // Even groups (7 → 4 + 3, not 6 + 1), so no group is a lone place.
  const size = Math.ceil(children.length / groups);
  return Array.from({ length: groups }, (_, g) => ({
    slug: g === 0 ? `in-${parent.id}` : `in-${parent.id}-${g + 1}`,
    title:
      groups === 1
        ? `${parent.name_zh}下辖各地`
        : `${parent.name_zh}下辖各地（${g + 1}/${groups}）`,
    ids: children.slice(g * size, (g + 1) * size).map((c) => c.id),
    kind: "siblings" as const,
    built: true,
  }));
}

// Every compare page lists the sets: computed once per data set, not once per page.
const allSets = new WeakMap<Dataset, CompareSet[]>();

/** Every set built as a static page, default first; throws if two would share a slug. */
export function compareSets(data: Dataset): CompareSet[] {
  const known = allSets.get(data);
  if (known) return known;
  const sets = [
    defaultSet(data),
    ...data.regions.flatMap((r) => siblingSets(data, r)),
    ...data.regions.flatMap((r) => parentSet(data, r) ?? []),
  ].filter((s) => s.built);
  const slugs = new Set<string>();
  for (const s of sets) {
    if (slugs.has(s.slug)) throw new Error(`two comparison pages would share /compare/${s.slug}/`);
    slugs.add(s.slug);
  }
  allSets.set(data, sets);
  return sets;
}

/** The sets a place's page links to: with its parent, and among its siblings. */
export function setsOf(data: Dataset, region: Region): CompareSet[] {
  const parent = region.parent ? data.regionById.get(region.parent) : undefined;
  return [
    parentSet(data, region),
    ...(parent ? siblingSets(data, parent).filter((s) => s.ids.includes(region.id)) : []),
    ...siblingSets(data, region),
  ].filter((s): s is CompareSet => s !== undefined);
}

/**
 * The page of a set: `/compare/` for the default, `/compare/<slug>/` for a built one, and
 * the script's `/compare/?places=<ids>` (the same places, chosen) for one not built.
 */
export function setUrl(set: Pick<CompareSet, "slug" | "ids" | "built">): string {
  if (!set.built) return `${url("/compare/")}${writePlaces(set.ids)}`;
  return url(set.slug === "" ? "/compare/" : `/compare/${set.slug}/`);
}
