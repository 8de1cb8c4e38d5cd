/**
 * Finds the data a story cites — fact ids, measures and places in the MDX
 * components `<Fact>`, `<SourceQuote>`, `<Chart>` and `<Compare>` — with the
 * line each appears on, so the build can refuse a story that cites something
 * that does not exist (`src/content/stories/<file>.mdx:LINE: unknown fact "…"`)
 * or a `<Fact>` that would break out of its sentence.
 */
import type { Dataset } from "../data/dataset.ts";
import type { Problem } from "../data/problems.ts";
import { factSetProblem } from "../charts/factSetChart.ts";
import { didYouMean } from "../data/suggest.ts";

/** One id a story cites. */
export interface Reference {
  kind: "fact" | "metric" | "region";
  id: string;
  line: number;
}

const TAG = /<(Fact|SourceQuote|Chart|Compare)\b([^>]*?)\/?>/gsu;
const ATTRIBUTE = /([A-Za-z]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|\{([^}]*)\})/gsu;

/** The string values of a JSX attribute: `"a"`, `{"a"}` or `{["a", "b"]}`. */
function values(raw: string): string[] {
  return [...raw.matchAll(/["']([^"']*)["']/gu)].map((m) => m[1] ?? "");
}

/** 1-based line of the character at `index` in `text`. */
function lineAt(text: string, index: number): number {
  return text.slice(0, index).split("\n").length;
}

/** Every id cited by the components in an MDX source, with its line. */
export function findReferences(mdx: string): Reference[] {
  const refs: Reference[] = [];
  for (const tag of mdx.matchAll(TAG)) {
    const line = lineAt(mdx, tag.index);
    for (const attr of (tag[2] ?? "").matchAll(ATTRIBUTE)) {
      const name = attr[1];
      const raw = attr[2] ?? attr[3] ?? "";
      const ids = attr[4] !== undefined ? values(attr[4]) : [raw];
      const kind =
        (tag[1] === "Fact" && name === "id") ||
        (tag[1] === "SourceQuote" && name === "fact") ||
        (tag[1] === "Chart" && name === "facts")
          ? "fact"
          : name === "metric" || name === "metrics"
            ? "metric"
            : name === "regions" || name === "region"
              ? "region"
              : undefined;
      if (kind) for (const id of ids) refs.push({ kind, id, line });
    }
  }
  return refs;
}

const NOUN: Record<Reference["kind"], string> = {
  fact: "fact",
  metric: "measure",
  region: "place",
};

/** Problems for every reference in `mdx` (from `file`) that the data set does not have. */
export function checkReferences(file: string, mdx: string, data: Dataset): Problem[] {
  const known: Record<Reference["kind"], (id: string) => boolean> = {
    fact: (id) => data.factById.has(id),
    metric: (id) => data.metricById.has(id),
    region: (id) => data.regionById.has(id),
  };
  const ids: Record<Reference["kind"], () => Iterable<string>> = {
    fact: () => data.factById.keys(),
    metric: () => data.metricById.keys(),
    region: () => data.regionById.keys(),
  };
  const unknown = findReferences(mdx)
    .filter((ref) => !known[ref.kind](ref.id))
    .map((ref) => ({
      file,
      line: ref.line,
      message: `unknown ${NOUN[ref.kind]} "${ref.id}"${didYouMean(ref.id, ids[ref.kind]())}`,
    }));
  const charts = findChartTags(mdx).flatMap((tag): Problem[] => {
    // A <Chart> with neither metric nor facts is a props problem (props.ts).
    if (!tag.facts) return [];
    const problem = factSetProblem(data, tag.facts);
    return problem ? [{ file, line: tag.line, message: problem }] : [];
  });
  const lone = findLoneFacts(mdx).map((line) => ({ file, line, message: LONE_FACT_MESSAGE }));
  return [...unknown, ...charts, ...lone].sort((a, b) => a.line - b.line);
}

const LONE_FACT = /^[ \t]*<Fact\b[^>]*\/>[ \t]*$/gmu;
const LONE_FACT_MESSAGE =
  "<Fact> stands alone on its line, so MDX makes it a paragraph of its own and splits the sentence: write it inside the sentence";

/**
 * Lines where a `<Fact />` is all there is. MDX reads a tag alone on its line as a block,
 * so the figure would break out of its sentence ("…党支部" / "403 个" / "，其中…").
 */
export function findLoneFacts(mdx: string): number[] {
  return [...mdx.matchAll(LONE_FACT)].map((m) => lineAt(mdx, m.index));
}

/** What a `<Chart>` tag asks for: a measure (optionally some places) or a list of facts. */
export interface ChartTag {
  metric?: string;
  regions?: string[];
  facts?: string[];
  title?: string;
  line: number;
}

/** The `<Chart metric="…" regions={[…]} />` and `<Chart facts={[…]} />` tags of a story, in order. */
export function findChartTags(mdx: string): ChartTag[] {
  return [...mdx.matchAll(TAG)]
    .filter((tag) => tag[1] === "Chart")
    .map((tag) => {
      const attrs = new Map([...(tag[2] ?? "").matchAll(ATTRIBUTE)].map((a) => [a[1], a]));
      const list = (name: string) => {
        const a = attrs.get(name);
        if (!a) return undefined;
        return a[4] !== undefined ? values(a[4]) : [a[2] ?? a[3] ?? ""];
      };
      const metric = list("metric")?.[0];
      const regions = list("regions");
      const facts = list("facts");
      const title = list("title")?.[0];
      return {
        ...(metric !== undefined ? { metric } : {}),
        ...(regions ? { regions } : {}),
        ...(facts ? { facts } : {}),
        ...(title !== undefined ? { title } : {}),
        line: lineAt(mdx, tag.index),
      };
    });
}
