/**
 * Joining sentences for display and for screen readers: Chinese sentences follow
 * one another without a space (a space after "。" shows as a gap), other text
 * keeps one.
 */

// Full-width sentence and clause punctuation, and closing quotes/brackets after it.
const CJK_END = /[。！？；：，、）」』”]$/u;

/** Sentences run together: no space after Chinese punctuation, one space otherwise; empty parts dropped. */
export function joinSentences(parts: readonly (string | undefined)[]): string {
  let text = "";
  for (const part of parts) {
    const trimmed = part?.trim() ?? "";
    if (trimmed === "") continue;
    text += text === "" || CJK_END.test(text) ? trimmed : ` ${trimmed}`;
  }
  return text;
}
