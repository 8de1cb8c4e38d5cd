/**
 * Problems found in input files, reported together as `file:line: message`
 * so an editor can jump straight to each one.
 */

/** One problem in one file; `line` is 1-based, 0 when the problem concerns the whole file. */
export interface Problem {
  /** Path of the file, relative to the project root (e.g. `data/facts.csv`). */
  file: string;
  /** 1-based line of the offending record; 0 for file-level problems. */
  line: number;
  /** What is wrong, in one sentence. */
  message: string;
}

/** Formats a problem the way compilers do, so terminals and editors link it. */
export function formatProblem(p: Problem): string {
  return p.line > 0 ? `${p.file}:${p.line}: ${p.message}` : `${p.file}: ${p.message}`;
}

/** Thrown when input is invalid; carries every problem, not just the first. */
export class DataError extends Error {
  /** All problems found, in file and line order. */
  readonly problems: Problem[];

  constructor(problems: Problem[]) {
    const sorted = [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
    super(
      `${sorted.length} data problem${sorted.length === 1 ? "" : "s"}:\n` +
        sorted.map(formatProblem).join("\n"),
    );
    this.name = "DataError";
    this.problems = sorted;
    // The problems are the whole story; a stack into the loader would only distract.
    this.stack = `${this.name}: ${this.message}`;
  }
}
