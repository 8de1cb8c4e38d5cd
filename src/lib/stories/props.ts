/**
 * Checks the props of every component tag in a story: a known component
 * (`<Fakt>` is not one), only the props it takes (`<Fact fact="…">` is a slip
 * for `id`), the ones it needs, and lists where a list is expected. One
 * `file:line` problem per slip, naming the bad value.
 */
import type { Problem } from "../data/problems.ts";
import { didYouMean } from "../data/suggest.ts";

interface Component {
  /** Every prop the component takes. */
  props: string[];
  /** Props it needs; an inner list is "one of these". */
  required: string[][];
}

/** The components editors may use in a story (src/components/mdx/). */
export const COMPONENTS: Record<string, Component> = {
  Fact: { props: ["id", "unit"], required: [["id"]] },
  SourceQuote: { props: ["fact"], required: [["fact"]] },
  Compare: { props: ["metric", "regions"], required: [["metric"], ["regions"]] },
  Chart: { props: ["metric", "regions", "facts", "title"], required: [["metric", "facts"]] },
};

/** Props that take a list of ids, written `name={["a", "b"]}`. */
const LISTS = new Set(["regions", "facts"]);
/** Props that take an expression rather than text. */
const EXPRESSIONS = new Set(["unit"]);

const TAG = /<([A-Z][A-Za-z0-9]*)\b((?:[^>"'{]|"[^"]*"|'[^']*'|\{[^}]*\})*?)\/?>/gsu;
const ATTRIBUTE = /([A-Za-z][\w-]*)(?:\s*=\s*("[^"]*"|'[^']*'|\{[^}]*\}))?/gsu;

const need = (names: string[]) =>
  names.map((n) => (LISTS.has(n) ? `${n}={[…]}` : `${n}="…"`)).join(" or ");

/** 1-based line of the character at `index` in `text`. */
const lineAt = (text: string, index: number) => text.slice(0, index).split("\n").length;

/** Problems with the component tags and their props in `mdx` (from `file`). */
export function checkProps(file: string, mdx: string): Problem[] {
  const problems: Problem[] = [];
  for (const tag of mdx.matchAll(TAG)) {
    const name = tag[1] ?? "";
    const report = (message: string) =>
      problems.push({ file, line: lineAt(mdx, tag.index), message });
    const component = COMPONENTS[name];
    if (!component) {
      const known = Object.keys(COMPONENTS);
      report(
        `unknown component <${name}>${didYouMean(name, known).replace(/"([^"]+)"/u, "<$1>")} (stories can use ${known.map((k) => `<${k}>`).join(", ")})`,
      );
      continue;
    }
    const attrs = [...(tag[2] ?? "").matchAll(ATTRIBUTE)].map((a) => ({
      prop: a[1] ?? "",
      raw: a[2] ?? "",
    }));
    const unknown = attrs.filter((a) => !component.props.includes(a.prop));
    const missing = component.required.filter(
      (group) => !attrs.some((a) => group.includes(a.prop)),
    );
    const [only] = unknown;
    const [needed] = missing;
    if (only && needed && unknown.length === 1 && missing.length === 1) {
      // One wrong name where a needed prop should be: the same slip, so one message.
      report(
        `<${name}> has ${only.prop}=${only.raw || "…"} but needs ${need(needed)}: write <${name} ${needed[0] ?? ""}=${only.raw || "…"} />`,
      );
      continue;
    }
    for (const a of unknown) {
      report(
        `<${name}> has no prop "${a.prop}"${didYouMean(a.prop, component.props)} (it takes ${component.props.join(", ")})`,
      );
    }
    for (const group of missing) report(`<${name}> needs ${need(group)}`);
    for (const a of attrs.filter(
      (x) => component.props.includes(x.prop) && !EXPRESSIONS.has(x.prop),
    )) {
      const isList = /^\{\s*\[/u.test(a.raw);
      if (LISTS.has(a.prop) && !isList) {
        report(
          `<${name}> ${a.prop}=${a.raw || "(nothing)"} is not a list: write ${a.prop}={["…", "…"]}`,
        );
      } else if (!LISTS.has(a.prop) && (isList || a.raw === "")) {
        report(
          `<${name}> ${a.prop}=${a.raw || "(nothing)"} should be one text value: write ${a.prop}="…"`,
        );
      }
    }
  }
  return problems;
}
