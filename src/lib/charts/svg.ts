/**
 * Markup building for charts without a DOM: an element builder that escapes
 * every string it is given, so text from data can never become markup.
 */

/** Already-built markup; the only thing `el` inserts without escaping. */
export class Markup {
  /** Wraps trusted markup (built by `el`, or a constant such as the style sheet). */
  constructor(readonly html: string) {}
  /** The markup text. */
  toString(): string {
    return this.html;
  }
}

/** What `el` accepts as children: markup as is; strings and numbers as escaped text; gaps skipped. */
export type Child = Markup | string | number | null | undefined | false | readonly Child[];

/** Attribute values: strings are escaped, numbers rounded; `undefined`/`null`/`false` omit it. */
export type Attrs = Readonly<Record<string, string | number | null | undefined | false>>;

// XML 1.0 forbids these code points even when escaped; one stray control character in a
// label would make the exported SVG unreadable, so they are dropped.
const INVALID_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

// Anything escapeXml might change: most labels hold none of it, and skip both replacements
// (a place's embed page escapes some ten thousand strings).
const NEEDS_ESCAPE = /[&<>"'\u0000-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Escapes `& < > " '` (and drops characters XML cannot hold) for text and attribute values. */
export function escapeXml(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text.replace(INVALID_XML, "").replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** A coordinate as written in markup: at most 2 decimals, no "-0", so snapshots stay stable. */
export function num(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

/** Trusted markup, inserted verbatim (never pass data through this). */
export function raw(html: string): Markup {
  return new Markup(html);
}

/** Serialises children: markup verbatim, strings escaped, numbers rounded. */
export function serialize(children: Child): string {
  if (children === null || children === undefined || children === false) return "";
  if (children instanceof Markup) return children.html;
  if (typeof children === "number") return num(children);
  if (typeof children === "string") return escapeXml(children);
  let out = "";
  for (const child of children) out += serialize(child);
  return out;
}

/** `<tag attrs>children</tag>` (self-closing when empty), attribute values escaped. */
export function el(tag: string, attrs: Attrs = {}, children: Child = null): Markup {
  let open = `<${tag}`;
  for (const name in attrs) {
    const value = attrs[name];
    if (value === undefined || value === null || value === false) continue;
    open += ` ${name}="${typeof value === "number" ? num(value) : escapeXml(value)}"`;
  }
  const inner = serialize(children);
  return new Markup(inner === "" ? `${open}/>` : `${open}>${inner}</${tag}>`);
}
