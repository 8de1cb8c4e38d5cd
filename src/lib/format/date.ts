/**
 * The one date style of the site: "2025年7月3日", "2023年7月", "2025年" — as
 * precise as the date is known, never padded ("7月", not "07月") and never
 * written with hyphens, so a story's date and a report's date read alike.
 */

/** A date as known to the day, month or year ("2023-07" → "2023年7月"); anything else as given. */
export function formatPublished(published: string): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u.exec(published);
  if (!match) return published;
  const [, year, month, day] = match;
  return [`${year}年`, month && `${Number(month)}月`, day && `${Number(day)}日`]
    .filter(Boolean)
    .join("");
}

/** A calendar date (a story's date, taken as UTC) in the site's style: "2026年11月25日". */
export function formatDate(date: Date): string {
  return formatPublished(date.toISOString().slice(0, 10));
}
