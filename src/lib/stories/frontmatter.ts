/**
 * Checks a story's frontmatter against the shared schema (schema.ts), reading
 * the YAML as written — so `2026-02-30` is refused rather than rolled over to
 * 2 March — and reporting each problem once, on the line of the bad value.
 */
import { LineCounter, parseDocument, isMap, isPair, isScalar, type Node } from "yaml";
import type { Dataset } from "../data/dataset.ts";
import type { Problem } from "../data/problems.ts";
import { didYouMean, nearestId } from "../data/suggest.ts";
import { STORY_FIELDS, storySchema } from "./schema.ts";

const FENCE = /^---[ \t]*\r?$/u;

/** The frontmatter block of `mdx`: its YAML text and the file line it starts on. */
export function frontmatterOf(mdx: string): { yaml: string; firstLine: number } | undefined {
  const lines = mdx
    .replace(/^\uFEFF/u, "")
    .replace(/\r\n/gu, "\n")
    .split("\n");
  if (!FENCE.test(lines[0] ?? "")) return undefined;
  const end = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
  if (end === -1) return undefined;
  return { yaml: lines.slice(1, end).join("\n"), firstLine: 2 };
}

/** Problems in the frontmatter of `mdx` (from `file`), checked against `data`. */
export function checkFrontmatter(file: string, mdx: string, data: Dataset): Problem[] {
  const block = frontmatterOf(mdx);
  if (!block) {
    return [
      {
        file,
        line: 1,
        message:
          "no frontmatter: a story starts with a --- line, its fields (title, dek, date, …) and a closing --- line",
      },
    ];
  }
  const counter = new LineCounter();
  const doc = parseDocument(block.yaml, {
    lineCounter: counter,
    prettyErrors: false,
    uniqueKeys: true,
  });
  const lineOf = (offset: number) => counter.linePos(offset).line + block.firstLine - 1;
  const yamlError = doc.errors[0];
  if (yamlError) {
    const line = lineOf(yamlError.pos[0]);
    return [
      {
        file,
        line,
        message: `frontmatter is not valid YAML: ${yamlError.message.split("\n")[0] ?? ""}`,
      },
    ];
  }

  const result = storySchema(() => data).safeParse(doc.toJS() ?? {}, { reportInput: true });
  if (result.success) return [];
  const at = (path: (string | number)[]): unknown =>
    path.length === 0 ? doc.contents : doc.getIn(path, true);
  // A misspelt field name ("region") is one slip: report the unknown field, not also the missing one.
  const misspelt = new Set(
    result.error.issues.flatMap((issue) =>
      issue.code === "unrecognized_keys"
        ? issue.keys.map((key) =>
            [...issue.path, nearestId(key, allowedFields(issue.path))].join("."),
          )
        : [],
    ),
  );
  return result.error.issues.flatMap((issue): Problem[] => {
    if (
      issue.code === "invalid_type" &&
      issue.input === undefined &&
      misspelt.has(issue.path.join("."))
    ) {
      return [];
    }
    const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
    const field = path.filter((p) => typeof p === "string").join(".");
    const prefix = field === "" ? "frontmatter " : `${field}: `;
    if (issue.code === "unrecognized_keys") {
      const allowed = allowedFields(path);
      return issue.keys.map((key) => ({
        file,
        line: lineOf(keyOffset(at(path), key) ?? 0),
        message: `${field === "" ? "" : prefix}unknown field "${key}"${didYouMean(key, allowed)}`,
      }));
    }
    // The bad value's own line; for a missing field, the line of what lacks it (the
    // opening --- for the story itself).
    let node = at(path);
    for (let n = path.length - 1; !hasRange(node) && n >= 1; n--) node = at(path.slice(0, n));
    const line = hasRange(node) ? lineOf(node.range[0]) : block.firstLine - 1;
    return [{ file, line, message: `${prefix}${issue.message}` }];
  });
}

/** Field names allowed at `path` of the frontmatter. */
function allowedFields(path: readonly PropertyKey[]): string[] {
  return path.join(".") === "heroChart" ? ["metric", "regions"] : [...STORY_FIELDS];
}

function hasRange(node: unknown): node is Node & { range: [number, number, number] } {
  return typeof node === "object" && node !== null && "range" in node && Array.isArray(node.range);
}

/** Offset of `key` in the map `node` (the whole document's map when `node` is not one). */
function keyOffset(node: unknown, key: string): number | undefined {
  if (!isMap(node)) return undefined;
  const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key);
  return pair && isScalar(pair.key) ? pair.key.range?.[0] : undefined;
}
