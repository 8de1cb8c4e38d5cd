/**
 * Reads a data file as UTF-8, refusing invalid bytes with the line and byte
 * where they start instead of letting them turn into "�" further down
 * (`unknown region "��huli"`). A file that reads as GBK/GB18030 — what Excel
 * on Chinese Windows writes for "CSV" — gets a hint to save it as CSV UTF-8.
 */
import { isUtf8 } from "node:buffer";

/** Where the first invalid byte is and what to do about it. */
export interface EncodingProblem {
  /** 1-based line of the first invalid byte. */
  line: number;
  /** One sentence naming the byte, its offset and the fix. */
  message: string;
}

/** The text of `bytes`, or the problem with the first byte that is not UTF-8. */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { problem: EncodingProblem } {
  if (isUtf8(bytes)) return { text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8") };
  const offset = firstInvalidByte(bytes);
  const lineStart = bytes.lastIndexOf(0x0a, offset - 1) + 1;
  let line = 1;
  for (let i = 0; i < lineStart; i++) if (bytes[i] === 0x0a) line++;
  const byte = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, "0");
  const where = `byte 0x${byte} at byte ${offset - lineStart + 1} of the line (offset ${offset} in the file)`;
  const fix = looksLikeGb18030(bytes)
    ? `the file looks like GBK/GB18030, as Excel on Chinese Windows saves "CSV"; save it again as "CSV UTF-8 (逗号分隔)" (or re-encode it to UTF-8)`
    : "save the file as UTF-8";
  return { problem: { line, message: `not valid UTF-8: ${where}; ${fix}` } };
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    // Decoding just this sequence catches overlong forms and surrogates as well as bad continuations.
    if (i + length > bytes.length || !isUtf8(bytes.subarray(i, i + length))) return i;
    i += length;
  }
  return i;
}

/** True when the bytes decode cleanly as GB18030 (a superset of GBK) into mostly Chinese text. */
function looksLikeGb18030(bytes: Uint8Array): boolean {
  try {
    const text = new TextDecoder("gb18030", { fatal: true }).decode(bytes);
    return /\p{Script=Han}/u.test(text);
  } catch {
    return false;
  }
}
