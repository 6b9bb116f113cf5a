import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { parseBatch, readBlobsSync } from "../src/git/blobs-sync.js";
import { tempDir } from "./helpers.js";

// Many blobs read through one `git cat-file --batch`: the blobs a real repository gives, and the
// parser on output shaped as git writes it.

/** A repository holding `texts` as blobs; their object ids and sizes. */
function blobs(texts: string[]): { repo: string; requests: { object: string; size: number }[] } {
  const repo = tempDir("techstack-blobs-");
  execFileSync("git", ["init", "-q"], { cwd: repo });
  const requests = texts.map((text) => {
    const object = execFileSync("git", ["hash-object", "-w", "--stdin"], { cwd: repo, input: text, encoding: "utf8" }).trim();
    return { object, size: Buffer.byteLength(text) };
  });
  return { repo, requests };
}

const text = (bytes: Uint8Array | undefined) => (bytes ? Buffer.from(bytes).toString() : undefined);

describe("readBlobsSync", () => {
  it("gives each blob by its object id, an object asked twice once, within a buffer sized to the blobs", () => {
    const { repo, requests } = blobs(['{ "name": "a" }\n', "", "x".repeat(70_000)]);
    const read = readBlobsSync(repo, [...requests, requests[0]!]);
    expect([...read.keys()]).toEqual(requests.map((r) => r.object));
    expect(text(read.get(requests[0]!.object))).toBe('{ "name": "a" }\n');
    expect(text(read.get(requests[1]!.object))).toBe("");
    expect(read.get(requests[2]!.object)?.length).toBe(70_000);
  });

  it("gives nothing when the blobs are larger than their sizes said (the buffer's limit), for no request, or outside a repository", () => {
    const { repo, requests } = blobs(["x".repeat(5_000)]);
    expect(readBlobsSync(repo, [{ object: requests[0]!.object, size: 10 }]).size).toBe(0);
    expect(readBlobsSync(repo, []).size).toBe(0);
    expect(readBlobsSync(tempDir("techstack-noblobs-"), requests).size).toBe(0);
  });

  it("leaves out an object the repository lacks, keeping the others", () => {
    const { repo, requests } = blobs(["one\n", "two\n"]);
    const missing = { object: "0123456789abcdef0123456789abcdef01234567", size: 4 };
    const read = readBlobsSync(repo, [requests[0]!, missing, requests[1]!]);
    expect([...read.keys()]).toEqual([requests[0]!.object, requests[1]!.object]);
    expect(text(read.get(requests[1]!.object))).toBe("two\n");
  });
});

describe("parseBatch", () => {
  const a = "a".repeat(40);
  const b = "b".repeat(40);

  it("skips an ambiguous name's header and a size that is not all digits, reading on", () => {
    const output = Buffer.from(`${a} ambiguous\n${b} blob 2\nok\n`);
    expect([...parseBatch(output, [a, b]).entries()].map(([k, v]) => [k, text(v)])).toEqual([[b, "ok"]]);
    expect([...parseBatch(Buffer.from(`${a} blob 2x\n${b} blob 2\nok\n`), [a, b]).keys()]).toEqual([b]);
    expect([...parseBatch(Buffer.from(`${a} blob x2\n${b} blob 2\nok\n`), [a, b]).keys()]).toEqual([b]);
  });

  it("stops at a blob not followed by its newline", () => {
    expect([...parseBatch(Buffer.from(`${a} blob 2\nokX${b} blob 2\nok\n`), [a, b]).keys()]).toEqual([]);
    expect([...parseBatch(Buffer.from(`${a} blob 2\nok`), [a]).keys()]).toEqual([]);
    // A header cut before its newline ends the reading: the next object is not given an earlier blob.
    const c = "c".repeat(40);
    expect([...parseBatch(Buffer.from(`${a} blob 2\nok\n${b} blob 5`), [a, b, c]).keys()]).toEqual([a]);
  });
});
