/**
 * Reading time of a story in minutes: Chinese is read at about 400 characters
 * a minute, other scripts at about 200 words a minute. Markup and component
 * tags are not counted.
 */

/** Minutes (at least 1) needed to read `mdx`. */
export function readingMinutes(mdx: string): number {
  const text = mdx
    .replace(/^---[\s\S]*?---/u, "")
    .replace(/<[^>]*>/gu, "")
    .replace(/^import .*$/gmu, "");
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const words = text.replace(/\p{Script=Han}/gu, " ").match(/[A-Za-z0-9]+/gu)?.length ?? 0;
  return Math.max(1, Math.round(han / 400 + words / 200));
}
