// A tiny, strict XML reader for chart tests (no new dependencies): it throws on
// anything that is not well-formed (unbalanced tags, raw "<" or "&" in text or
// attributes, unquoted or duplicate attributes, several roots), returns a tree to
// query, and pretty-prints it so file snapshots diff line by line.

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** Decoded text directly inside this element (charts write text before child tspans). */
  text: string;
}

const ENTITY: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeEntity(s: string, at: number): [string, number] {
  const end = s.indexOf(";", at);
  if (end < 0 || end - at > 10) throw new Error(`bare "&" at ${at}`);
  const name = s.slice(at + 1, end);
  if (name in ENTITY) return [ENTITY[name] ?? "", end + 1];
  const hex = name.startsWith("#x");
  const digits = name.slice(hex ? 2 : 1);
  const ok =
    name.startsWith("#") && digits.length > 0 && !Number.isNaN(parseInt(digits, hex ? 16 : 10));
  if (!ok) throw new Error(`unknown entity &${name}; at ${at}`);
  return [String.fromCodePoint(parseInt(digits, hex ? 16 : 10)), end + 1];
}

const isSpace = (c: string | undefined) => c === " " || c === "\n" || c === "\t" || c === "\r";
const isNameEnd = (c: string | undefined) =>
  c === undefined ||
  isSpace(c) ||
  c === "/" ||
  c === ">" ||
  c === "=" ||
  c === '"' ||
  c === "'" ||
  c === "<";

/** Parses `source` (one root element, optional `<?xml …?>`); throws if it is not well-formed. */
export function parseXml(source: string): XmlElement {
  const s = source;
  const root: XmlElement = { name: "#document", attrs: {}, children: [], text: "" };
  const stack: XmlElement[] = [root];
  let i = 0;
  const readName = () => {
    const start = i;
    while (!isNameEnd(s[i])) i++;
    if (i === start) throw new Error(`expected a name at ${start}`);
    return s.slice(start, i);
  };
  while (i < s.length) {
    const top = stack[stack.length - 1] as XmlElement;
    if (s.startsWith("<?", i) || s.startsWith("<!--", i)) {
      const end = s.indexOf(s.startsWith("<?", i) ? "?>" : "-->", i);
      if (end < 0) throw new Error(`unterminated declaration at ${i}`);
      i = end + (s.startsWith("<?", i) ? 2 : 3);
    } else if (s.startsWith("</", i)) {
      i += 2;
      const name = readName();
      if (s[i] !== ">") throw new Error(`bad end tag </${name} at ${i}`);
      i++;
      if (top.name !== name || stack.length === 1)
        throw new Error(`</${name}> closes <${top.name}>`);
      stack.pop();
    } else if (s[i] === "<") {
      i++;
      const element: XmlElement = { name: readName(), attrs: {}, children: [], text: "" };
      if (stack.length === 1 && root.children.length > 0) throw new Error("more than one root");
      top.children.push(element);
      for (;;) {
        const before = i;
        while (isSpace(s[i])) i++;
        if (s.startsWith("/>", i)) {
          i += 2;
          break;
        }
        if (s[i] === ">") {
          i++;
          stack.push(element);
          break;
        }
        if (i === before) throw new Error(`expected space before attribute at ${i}`);
        const name = readName();
        if (s[i] !== "=" || (s[i + 1] !== '"' && s[i + 1] !== "'"))
          throw new Error(`unquoted ${name} at ${i}`);
        const quote = s[i + 1] as string;
        i += 2;
        let value = "";
        while (s[i] !== quote) {
          if (i >= s.length || s[i] === "<") throw new Error(`"<" or end in attribute ${name}`);
          if (s[i] === "&") {
            const [ch, next] = decodeEntity(s, i);
            value += ch;
            i = next;
          } else value += s[i++];
        }
        i++;
        if (name in element.attrs) throw new Error(`duplicate attribute ${name}`);
        element.attrs[name] = value;
      }
    } else if (s[i] === "&") {
      const [ch, next] = decodeEntity(s, i);
      top.text += ch;
      i = next;
    } else {
      if (stack.length === 1 && !isSpace(s[i])) throw new Error(`text outside the root at ${i}`);
      top.text += s[i++];
    }
  }
  if (stack.length !== 1) throw new Error(`unclosed <${stack[stack.length - 1]?.name}>`);
  const [only] = root.children;
  if (!only) throw new Error("no root element");
  return only;
}

/** Every element in document order (the root included) matching `test`. */
export function findAll(node: XmlElement, test: (e: XmlElement) => boolean): XmlElement[] {
  return [...(test(node) ? [node] : []), ...node.children.flatMap((c) => findAll(c, test))];
}

/** True when the element's class list has `name`. */
export const hasClass = (e: XmlElement, name: string) =>
  (e.attrs["class"] ?? "").split(" ").includes(name);

/** All text inside `node` (descendants included), as a reader sees it. */
export function textOf(node: XmlElement): string {
  return node.text + node.children.map(textOf).join("");
}

const escapeText = (t: string) =>
  t.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
const escapeAttr = (t: string) => escapeText(t).replaceAll('"', "&quot;");

// Text-bearing elements stay on one line: added whitespace would change what is drawn.
const INLINE = new Set(["text", "tspan", "title", "desc", "style"]);

/** Re-serialises `source` one element per line, indented (text elements kept inline). */
export function prettyXml(source: string): string {
  const write = (e: XmlElement, depth: number, inline: boolean): string => {
    const attrs = Object.entries(e.attrs)
      .map(([k, v]) => ` ${k}="${escapeAttr(v)}"`)
      .join("");
    const pad = inline ? "" : "  ".repeat(depth);
    const own = inline || INLINE.has(e.name);
    const kids = e.children.map((c) => write(c, depth + 1, own)).join("");
    const body = escapeText(e.text.trim() === "" && e.children.length > 0 ? "" : e.text) + kids;
    const close = own ? `</${e.name}>` : `${pad}</${e.name}>`;
    const tail = inline ? "" : "\n";
    return body === ""
      ? `${pad}<${e.name}${attrs}/>${tail}`
      : `${pad}<${e.name}${attrs}>${own ? "" : "\n"}${body}${close}${tail}`;
  };
  return write(parseXml(source), 0, false);
}
