/**
 * Parses one CSV file with papaparse into records that remember their line,
 * turning every structural defect (empty file, ragged row, unterminated quote,
 * missing column) into a `file:line` problem instead of an exception.
 */
import Papa from "papaparse";
import type { Problem } from "./problems.ts";

/** One data row: its 1-based line in the file and its fields by column name. */
export interface CsvRecord {
  /** Line on which the record starts (the header is line 1). */
  line: number;
  /** Field values by header name, untrimmed. */
  fields: Record<string, string>;
}

/** Result of parsing: the records that are well-formed and the problems found. */
export interface CsvResult {
  records: CsvRecord[];
  problems: Problem[];
}

/**
 * Parses `text` (the content of `file`) and checks that the header has every
 * column in `required`. Rows with the wrong number of fields are reported and dropped.
 * With `each`, every good record goes to it as soon as it is read instead of into
 * `records`, so that a 900,000-row file's records need not all be alive at once (none
 * when the header lacks a required column, as without `each`).
 */
export function parseCsv(
  text: string,
  file: string,
  required: readonly string[],
  each?: (record: CsvRecord) => void,
): CsvResult {
  const problems: Problem[] = [];
  const records: CsvRecord[] = [];
  // A BOM is common in files saved by spreadsheet tools; it is not part of the first column's name.
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  if (body.trim() === "") {
    return { records, problems: [{ file, line: 0, message: "file is empty: expected a header row" }] };
  }

  const lineStarts = lineIndex(body);
  let header: string[] | undefined;
  let complete = false;
  let previousCursor = 0;
  Papa.parse<string[]>(body, {
    delimiter: ",",
    skipEmptyLines: false,
    step(result) {
      const start = previousCursor;
      previousCursor = result.meta.cursor;
      const line = lineOf(lineStarts, skipNewlines(body, start));
      for (const error of result.errors) {
        problems.push({ file, line, message: describeError(error) });
      }
      const row = result.data;
      if (header === undefined) {
        header = row.map((h) => h.trim());
        const missing = required.filter((c) => !header?.includes(c));
        complete = missing.length === 0;
        if (missing.length > 0) {
          problems.push({ file, line: 1, message: `missing column${missing.length > 1 ? "s" : ""} ${missing.map((c) => `"${c}"`).join(", ")}` });
        }
        return;
      }
      if (row.length === 1 && row[0] === "") return; // blank line
      if (result.errors.length > 0) return;
      if (row.length !== header.length) {
        problems.push({ file, line, message: `expected ${header.length} fields, found ${row.length}${commaHint(header, row)}` });
        return;
      }
      const fields: Record<string, string> = {};
      for (let i = 0; i < header.length; i++) fields[header[i] ?? ""] = row[i] ?? "";
      if (!each) records.push({ line, fields });
      else if (complete) each({ line, fields });
    },
  });
  if (problems.some((p) => p.line === 1 && p.message.startsWith("missing column"))) {
    return { records: [], problems };
  }
  return { records, problems };
}

/**
 * A row with too many fields is almost always a text field holding an ASCII
 * comma without "…" around it; where the split falls between two pieces of
 * Chinese text, name the field.
 */
function commaHint(header: string[], row: string[]): string {
  if (row.length <= header.length) return "";
  const fix = 'wrap the whole field in "…" (a " inside it is written "")';
  const han = /\p{Script=Han}/u;
  const at = row.findIndex((field, i) => i < header.length && han.test(field) && han.test(row[i + 1] ?? ""));
  if (row.length === header.length + 1 && at !== -1) {
    const around = `${[...(row[at] ?? "")].slice(-6).join("")},${[...(row[at + 1] ?? "")].slice(0, 6).join("")}`;
    return `: the ${header[at] ?? "text"} field holds an ASCII comma ("…${around}…"); ${fix}`;
  }
  return `: a field that holds an ASCII comma must be quoted; ${fix}`;
}

function describeError(error: Papa.ParseError): string {
  if (error.code === "MissingQuotes") return "unterminated quoted field (a \" is never closed)";
  if (error.code === "InvalidQuotes") return "malformed quotes: a quoted field must be followed by a comma or a line break";
  return error.message;
}

/** Offsets at which each line starts, for offset → line lookups. */
function lineIndex(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

/** 1-based line containing `offset` (binary search). */
function lineOf(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** papaparse's cursor sits before the newline that ended the previous row. */
function skipNewlines(text: string, offset: number): number {
  let i = offset;
  while (text[i] === "\r" || text[i] === "\n") i++;
  return i;
}
