/**
 * Search state kept in the URL (`/search/?q=…&place=…&topic=…&type=…`) so
 * results can be linked and the back button works. Pure, shared by the page
 * script and tests.
 */

/** Filters the search page offers, in display order. */
export const FILTER_KEYS = ["type", "place", "topic"] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** What the reader asked for. */
export interface SearchState {
  q: string;
  filters: Partial<Record<FilterKey, string>>;
}

/** Reads the state from a query string such as `?q=党支部&place=苏州市`. */
export function readState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState["filters"] = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  return { q: (params.get("q") ?? "").trim(), filters };
}

/** The query string for a state (empty parts left out). */
export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set("q", state.q);
  for (const key of FILTER_KEYS) {
    const value = state.filters[key];
    if (value) params.set(key, value);
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** Page types as readers see them. */
export const TYPE_LABELS: Record<string, string> = {
  place: "地区",
  measure: "指标",
  source: "来源",
  story: "故事",
};
