/**
 * Reads and checks the fields of one CSV record, collecting a `file:line`
 * problem for each bad value instead of stopping at the first.
 */
import type { CsvRecord } from "./csv.ts";
import type { Problem } from "./problems.ts";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const PERIOD = /^(\d{4})(?:-(\d{4}))?$/;
const NUMBER = /^-?\d+(?:\.\d+)?$/;

/** Typed accessors for one record; each returns a usable value and records a problem if invalid. */
export interface FieldReader {
  /** Non-empty text (trimmed), or "" with a problem. With `optional`, "" is allowed. */
  text(name: string, optional?: boolean): string;
  /** A lowercase ASCII slug such as `haidian` or `hda25-family-beds`. */
  slug(name: string): string;
  /** A plain decimal number in base units (no separators, no units). */
  number(name: string): number;
  /** A value from a fixed vocabulary. */
  oneOf<T extends string>(name: string, vocabulary: readonly T[]): T;
  /** A year `YYYY` or an ordered span `YYYY-YYYY`. */
  period(name: string): string;
  /** Records a problem on this record's line. */
  report(message: string): void;
}

/** Creates a reader over `record` of `file` that appends problems to `problems`. */
export function readFields(file: string, record: CsvRecord, problems: Problem[]): FieldReader {
  const report = (message: string) => problems.push({ file, line: record.line, message });
  const raw = (name: string) => (record.fields[name] ?? "").trim();

  const reader: FieldReader = {
    report,
    text(name, optional = false) {
      const value = raw(name);
      if (value === "" && !optional) report(`${name} is empty`);
      return value;
    },
    slug(name) {
      const value = reader.text(name);
      if (value !== "" && !SLUG.test(value)) {
        report(`${name} "${value}" is not a lowercase ASCII slug (a-z, 0-9, single hyphens)`);
      }
      return value;
    },
    number(name) {
      const value = reader.text(name);
      if (value === "") return Number.NaN;
      if (!NUMBER.test(value)) {
        report(`${name} "${value}" is not a plain number (write 16000, not 1.6万 or 16,000)`);
        return Number.NaN;
      }
      return Number(value);
    },
    oneOf(name, vocabulary) {
      const value = reader.text(name);
      if (value !== "" && !(vocabulary as readonly string[]).includes(value)) {
        report(`${name} "${value}" is not one of ${vocabulary.join(", ")}`);
      }
      return value as (typeof vocabulary)[number];
    },
    period(name) {
      const value = reader.text(name);
      const m = PERIOD.exec(value);
      if (value !== "" && !m) report(`${name} "${value}" is not YYYY or YYYY-YYYY`);
      else if (m?.[2] !== undefined && Number(m[2]) <= Number(m[1])) {
        report(`${name} "${value}" must end after it starts`);
      }
      return value;
    },
  };
  return reader;
}
