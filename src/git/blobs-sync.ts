import { execFileSync } from "node:child_process";
import { gitArgs, gitEnv } from "./run.js";

/** A blob to read: its object id and the size `git ls-tree -l` gave it. */
export interface BlobRequest {
  object: string;
  size: number;
}

/** Bytes a record of `git cat-file --batch` takes beyond its blob: `<oid> blob <size>\n` and the closing `\n`. */
const RECORD_OVERHEAD = 64;

/**
 * Reads many blobs of `repo` through one `git cat-file --batch`, synchronously: the object ids go in
 * on its input, the blobs come back in the same order. An object git cannot give (missing, not a
 * blob), or every object when git fails, is left out of the answer.
 */
export function readBlobsSync(repo: string, blobs: readonly BlobRequest[]): Map<string, Uint8Array> {
  const objects = [...new Set(blobs.map((b) => b.object))];
  if (objects.length === 0) return new Map();
  const sizes = new Map(blobs.map((b) => [b.object, b.size]));
  const expected = objects.reduce((sum, object) => sum + sizes.get(object)! + object.length + RECORD_OVERHEAD, 0);
  let output: Buffer;
  try {
    output = execFileSync("git", gitArgs(repo, ["cat-file", "--batch"]), { input: objects.join("\n") + "\n", env: gitEnv(), maxBuffer: expected, stdio: ["pipe", "pipe", "ignore"] });
  } catch {
    return new Map();
  }
  return parseBatch(output, objects);
}

/**
 * The blobs in `git cat-file --batch` output, by the object asked for (records answer the requests
 * in order): `<oid> <type> <size>\n<bytes>\n` for an object found, `<name> missing\n` (or
 * `ambiguous`) for one that is not. Non-blobs are skipped over; a cut-off record ends the reading.
 */
export function parseBatch(output: Uint8Array, objects: readonly string[]): Map<string, Uint8Array> {
  const blobs = new Map<string, Uint8Array>();
  let at = 0;
  for (const object of objects) {
    const newline = output.indexOf(10, at);
    if (newline < 0) break;
    const [, type, size] = Buffer.from(output.subarray(at, newline)).toString("latin1").split(" ");
    at = newline + 1;
    if (size === undefined || !/^\d+$/.test(size)) continue; // missing or ambiguous: a header alone
    const end = at + Number(size);
    if (end >= output.length || output[end] !== 10) break;
    if (type === "blob") blobs.set(object, output.slice(at, end));
    at = end + 1;
  }
  return blobs;
}
