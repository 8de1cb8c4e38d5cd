/**
 * Markdown plugin for stories: a soft line break between two Chinese characters
 * is dropped. Editors wrap long paragraphs, and a browser shows each such break
 * as a space, which Chinese text does not have ("……驿站。 这个比例").
 * Breaks next to Latin letters or digits stay spaces, as they should.
 * Astro 7 renders Markdown and MDX with Sätteri, so this is a Sätteri mdast plugin.
 */
import type { MdastPluginDefinition } from "satteri";

// Han ideographs, CJK punctuation and full-width forms, curly quotes and the ellipsis.
const CJK = "\\u2018-\\u201f\\u2026\\u3000-\\u303f\\u3400-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef";
const BREAK_BETWEEN_CJK = new RegExp(`(?<=[${CJK}])[ \\t]*\\r?\\n[ \\t]*(?=[${CJK}])`, "gu");

/** The same text with the soft breaks between Chinese characters removed. */
export function joinCjkLines(text: string): string {
  return text.replace(BREAK_BETWEEN_CJK, "");
}

/** The plugin, for `satteri({ mdastPlugins: [cjkLineBreaks] })` in astro.config.mjs. */
export const cjkLineBreaks: MdastPluginDefinition = {
  name: "cjk-line-breaks",
  text(node, ctx) {
    const value = joinCjkLines(node.value);
    if (value !== node.value) ctx.replaceNode(node, { type: "text", value });
  },
};
