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

/**
 * A quote framed for display: “…”, or 「…」 when the text itself begins or ends
 * with a quotation mark, so “承诺制”助餐点87家 never shows as ““承诺制”助餐点87家”.
 */
export function quoted(text: string): string {
  return /^[“‘"「『]|[”’"」』]$/u.test(text) ? `「${text}」` : `“${text}”`;
}
