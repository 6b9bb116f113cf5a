/**
 * One record of `git cat-file --batch` output, read at an offset of the bytes that have come so far.
 * - `object`: a header `<oid> <type> <size>\n`, then `size` bytes (`start` to `end`) and a newline;
 *   the record after it begins at `next`.
 * - `header`: a header alone, `<name> missing\n` or `<name> ambiguous\n` (or one whose size is not
 *   all digits): `name` is its first word, `rest` what follows the first space.
 * - `incomplete`: the record is not all here; the output must be `needed` bytes long to hold it
 *   (one more byte than now when its header is not complete yet).
 * - `broken`: the bytes of object `name` not followed by their newline; the records after it cannot
 *   be found.
 */
export type BatchRecord =
  | { kind: "object"; type: string; start: number; end: number; next: number }
  | { kind: "header"; name: string; rest: string | undefined; next: number }
  | { kind: "incomplete"; needed: number }
  | { kind: "broken"; name: string };

const NEWLINE = 10;

/** The record of `output` that begins at byte `at`. */
export function readRecord(output: Uint8Array, at: number): BatchRecord {
  const newline = output.indexOf(NEWLINE, at);
  if (newline < 0) return { kind: "incomplete", needed: output.length + 1 };
  const header = Buffer.from(output.buffer, output.byteOffset + at, newline - at).toString("latin1");
  const parts = header.split(" ");
  if (parts.length !== 3 || !/^\d+$/.test(parts[2]!)) {
    const space = header.indexOf(" ");
    return space < 0 ? { kind: "header", name: header, rest: undefined, next: newline + 1 } : { kind: "header", name: header.slice(0, space), rest: header.slice(space + 1), next: newline + 1 };
  }
  const start = newline + 1;
  const end = start + Number(parts[2]);
  if (end >= output.length) return { kind: "incomplete", needed: end + 1 };
  if (output[end] !== NEWLINE) return { kind: "broken", name: parts[0]! };
  return { kind: "object", type: parts[1]!, start, end, next: end + 1 };
}
