import { execFileSync } from "node:child_process";
import { readRecord } from "./batch-records.js";
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
 * in order). A name alone (missing, ambiguous) and a non-blob give nothing; a record cut off or
 * broken ends the reading.
 */
export function parseBatch(output: Uint8Array, objects: readonly string[]): Map<string, Uint8Array> {
  const blobs = new Map<string, Uint8Array>();
  let at = 0;
  for (const object of objects) {
    const record = readRecord(output, at);
    if (record.kind === "incomplete" || record.kind === "broken") break;
    if (record.kind === "object" && record.type === "blob") blobs.set(object, output.slice(record.start, record.end));
    at = record.next;
  }
  return blobs;
}
