import { spawn } from "node:child_process";
import { readRecord } from "./batch-records.js";
import { gitArgs, gitProcessOptions } from "./run.js";
import { watchSilence } from "./silence.js";
import { coded } from "../errors.js";

/** What one name read: the blob's bytes, none (no such file at that revision), or why it is not read. */
export type NamedBlob = { bytes: Uint8Array } | { missing: true } | { problem: string };

/**
 * Files named as git names them at a revision (`HEAD~1:./techstack.yml`), read by one
 * `git cat-file --batch`, in the order asked: several revisions' copies of one file for one git
 * process where each was a `git show`. A name git cannot resolve is missing; a tree so named, or
 * a blob over `maxBytes`, is no file read (said in `problem`). Rejects where git cannot run, or
 * where a name holds a line break (the batch reads one name a line).
 */
export function readNamedBlobs(repo: string, names: readonly string[], maxBytes: number): Promise<NamedBlob[]> {
  if (names.some((name) => /[\r\n]/.test(name))) return Promise.reject(coded(new Error("a revision's name with a line break cannot be read in a batch"), "TECHSTACK_BAD_REVISION"));
  return new Promise((resolve, reject) => {
    const child = spawn("git", gitArgs(repo, ["cat-file", "--batch"]), { stdio: ["pipe", "pipe", "ignore"], ...gitProcessOptions() });
    watchSilence(child, repo, "cat-file");
    const chunks: Buffer[] = [];
    let size = 0;
    // Each record is its header and its bytes: past the cap a name's, git is stopped.
    const cap = names.length * (maxBytes + 256);
    child.stdout.on("data", (chunk: Buffer) => {
      chunks.push(chunk);
      size += chunk.length;
      if (size > cap) child.kill();
    });
    child.on("error", reject);
    child.stdin.on("error", () => {});
    child.on("close", () => resolve(blobsIn(Buffer.concat(chunks), names.length, maxBytes)));
    child.stdin.end(names.map((name) => `${name}\n`).join(""));
  });
}

/** The `count` records of cat-file's output, each as NamedBlob; one cut off (git stopped) and those after it are problems. */
function blobsIn(output: Buffer, count: number, maxBytes: number): NamedBlob[] {
  const blobs: NamedBlob[] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    const record = readRecord(output, at);
    if (record.kind === "incomplete" || record.kind === "broken") {
      const problem = output.length > maxBytes ? `larger than ${maxBytes} bytes, not read` : "git cat-file ended before answering";
      while (blobs.length < count) blobs.push({ problem });
      break;
    }
    at = record.next;
    if (record.kind === "header") {
      // `<name> missing` or `<name> ambiguous`: the name is the one asked, blanks and all (main@{1 week ago}), so git's word is the last.
      const said = record.rest?.slice(record.rest.lastIndexOf(" ") + 1);
      blobs.push(said === "missing" ? { missing: true } : { problem: `git says ${said ?? "nothing of it"}` });
    }
    else if (record.type !== "blob") blobs.push({ problem: `a ${record.type}, not a file` });
    else if (record.end - record.start > maxBytes) blobs.push({ problem: `larger than ${maxBytes} bytes, not read` });
    else blobs.push({ bytes: output.subarray(record.start, record.end) });
  }
  return blobs;
}
