import { describe, expect, it } from "vitest";
import { PassThrough } from "node:stream";
import type { ChildProcessWithoutNullStreams } from "node:child_process";
import { stderrText } from "../src/git/stderr-text.js";

/** A stand-in for a git process: only its standard error, written in the chunks given. */
async function collected(chunks: Array<string | Buffer>, keep: "head" | "tail"): Promise<string> {
  const stderr = new PassThrough();
  const text = stderrText({ stderr } as unknown as ChildProcessWithoutNullStreams, keep);
  for (const chunk of chunks) stderr.write(chunk);
  stderr.end();
  await new Promise((resolve) => stderr.on("end", resolve));
  return text();
}

describe("stderrText: a git process's error output, bounded", () => {
  // git log names the first object it could not read; a long-lived cat-file's failure is its last words.
  const chatter = ["error: Could not read 1f2e3d\n", `warning: ${"x".repeat(5000)}\n`, "fatal: bad object\n"];

  it("head keeps the start, whole chunks until 4 KiB are held", async () => {
    const head = await collected(chatter, "head");
    expect(head.startsWith("error: Could not read 1f2e3d\n")).toBe(true);
    expect(head).not.toContain("fatal");
  });

  it("tail keeps the last 4 KiB", async () => {
    const tail = await collected(chatter, "tail");
    expect(tail).toHaveLength(4096);
    expect(tail.endsWith("\nfatal: bad object\n")).toBe(true);
    expect(tail).not.toContain("error:");
  });

  it("a character split between two chunks is read whole", async () => {
    const path = Buffer.from("fatal: cannot change to '/tmp/café'\n");
    const cut = path.indexOf(0xa9);
    expect(await collected([path.subarray(0, cut), path.subarray(cut)], "tail")).toBe("fatal: cannot change to '/tmp/café'\n");
  });
});
