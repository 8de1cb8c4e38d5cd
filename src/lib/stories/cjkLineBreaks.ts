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

const IS_CJK = new RegExp(`[${CJK}]`, "u");
const LEADING_BREAK = /^[ \t]*\r?\n[ \t]*/u;
const TRAILING_BREAK = /[ \t]*\r?\n[ \t]*$/u;

/**
 * The same text with the soft breaks between Chinese characters removed. `before` and
 * `after` are the text of the inline neighbours (a link, emphasis), so that a break at the
 * edge of this text node — "两个指标：⏎[离退休干部党支部](…)" — is judged by the character
 * on the other side.
 */
export function joinCjkLines(text: string, before = "", after = ""): string {
  let joined = text.replace(BREAK_BETWEEN_CJK, "");
  if (IS_CJK.test(after.charAt(0)) && IS_CJK.test(joined.replace(TRAILING_BREAK, "").slice(-1))) {
    joined = joined.replace(TRAILING_BREAK, "");
  }
  if (IS_CJK.test(before.slice(-1)) && IS_CJK.test(joined.replace(LEADING_BREAK, "").charAt(0))) {
    joined = joined.replace(LEADING_BREAK, "");
  }
  return joined;
}

/** The plugin, for `satteri({ mdastPlugins: [cjkLineBreaks] })` in astro.config.mjs. */
export const cjkLineBreaks: MdastPluginDefinition = {
  name: "cjk-line-breaks",
  text(node, ctx) {
    const parent = ctx.parent(node);
    const at = ctx.indexOf(node);
    const siblings = parent && "children" in parent ? parent.children : [];
    // The text of the inline node `offset` places away (a link, emphasis), or "" if none.
    const neighbour = (offset: number) => {
      const sibling = at === undefined ? undefined : siblings[at + offset];
      return sibling ? ctx.textContent(sibling) : "";
    };
    const value = joinCjkLines(node.value, neighbour(-1), neighbour(1));
    if (value !== node.value) ctx.replaceNode(node, { type: "text", value });
  },
};
