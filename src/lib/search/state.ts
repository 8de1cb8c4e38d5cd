/**
 * Search state kept in the URL (`/search/?q=…&place=…&topic=…&type=…&quotes=1`) so
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
  /** Also search the long reports' text (the quotes index, src/lib/search/quotes.ts). */
  quotes?: boolean;
}

/** The URL parameter (`quotes=1`) that asks for the reports' text too. */
export const QUOTES_PARAM = "quotes";

/** Reads the state from a query string such as `?q=党支部&place=苏州市`. */
export function readState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState["filters"] = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  const q = (params.get("q") ?? "").trim();
  return params.get(QUOTES_PARAM) === "1" ? { q, filters, quotes: true } : { q, filters };
}

/** The query string for a state (empty parts left out). */
export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set("q", state.q);
  for (const key of FILTER_KEYS) {
    const value = state.filters[key];
    if (value) params.set(key, value);
  }
  if (state.quotes) params.set(QUOTES_PARAM, "1");
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
