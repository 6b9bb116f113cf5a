import type { ChildProcessWithoutNullStreams } from "node:child_process";
import { printableLines } from "../kit/printable.js";

/** How much of a git process's error output is kept for a failure's message. */
const MAX_STDERR = 4096;

/**
 * What a git process writes to its standard error, as it stands when asked: its first 4 KiB or so
 * (`"head"`: the first error a walk met) or its last 4 KiB (`"tail"`: the last words of a process
 * that answers many requests), in gitWords. Read either way, so a chatty git never blocks on a full pipe.
 */
export function stderrText(child: ChildProcessWithoutNullStreams, keep: "head" | "tail"): () => string {
  let bytes = Buffer.alloc(0);
  child.stderr.on("data", (chunk: Buffer) => {
    if (keep === "tail") bytes = Buffer.concat([bytes, chunk]).subarray(-MAX_STDERR);
    else if (bytes.length < MAX_STDERR) bytes = Buffer.concat([bytes, chunk]);
  });
  return () => gitWords(bytes);
}

/**
 * git's error output as a warning may quote it: UTF-8, where a byte that is not (a path of Latin-1
 * bytes git names, which decoding would turn into U+FFFD and lose) is written `\xff`, and each
 * control character as `printable` writes it, but for line breaks and tabs (git indents its advice
 * with one, which a reader of its lines trims; printing the message escapes it still).
 */
export function gitWords(bytes: Buffer): string {
  const text = bytes.toString("utf8");
  const decoded = text.includes("\ufffd") ? withBadBytesShown(bytes) : text;
  return decoded.split("\t").map(printableLines).join("\t");
}

/** UTF-8 text with each byte of an invalid sequence written `\xNN` (a U+FFFD that was in the bytes stays). */
function withBadBytesShown(bytes: Buffer): string {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let out = "";
  let start = 0;
  for (let at = 0; at < bytes.length; ) {
    const length = sequenceLength(bytes, at);
    if (length > 0) {
      at += length;
      continue;
    }
    out += decoder.decode(bytes.subarray(start, at)) + `\\x${bytes[at]!.toString(16).padStart(2, "0")}`;
    at += 1;
    start = at;
  }
  return out + decoder.decode(bytes.subarray(start));
}

/** The length of the valid UTF-8 sequence starting at `at`, 0 where none does (as WHATWG's decoder judges: no overlong form, surrogate or code point past U+10FFFF). */
function sequenceLength(bytes: Buffer, at: number): number {
  const first = bytes[at]!;
  if (first < 0x80) return 1;
  const [length, low, high] = first >= 0xc2 && first <= 0xdf ? [2, 0x80, 0xbf] : first === 0xe0 ? [3, 0xa0, 0xbf] : first === 0xed ? [3, 0x80, 0x9f] : first >= 0xe1 && first <= 0xef ? [3, 0x80, 0xbf] : first === 0xf0 ? [4, 0x90, 0xbf] : first === 0xf4 ? [4, 0x80, 0x8f] : first >= 0xf1 && first <= 0xf3 ? [4, 0x80, 0xbf] : [0, 0, 0];
  if (length === 0 || at + length > bytes.length) return 0;
  const second = bytes[at + 1]!;
  if (second < low || second > high) return 0;
  for (let i = 2; i < length; i++) if (bytes[at + i]! < 0x80 || bytes[at + i]! > 0xbf) return 0;
  return length;
}
