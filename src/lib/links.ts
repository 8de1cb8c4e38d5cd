/**
 * URLs of the site's pages, in one place so every link to a fact's quote,
 * a place or a measure is built the same way.
 */

/** Page of a place. */
export const regionUrl = (id: string): string => `/regions/${id}/`;
/** Page of a measure. */
export const metricUrl = (id: string): string => `/metrics/${id}/`;
/** Page of a source report. */
export const sourceUrl = (id: string): string => `/sources/${id}/`;
/** A fact's quote, highlighted in its source snapshot. */
export const quoteUrl = (fact: { id: string; source: string }): string =>
  `${sourceUrl(fact.source)}#${fact.id}`;
