import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { batchCommand } from "../src/cli/commands/batch.js";
import { call, tempDir } from "./helpers.js";

// batch's option checks and summary, called in-process: the cases test/batch-in-process leaves out,
// written against stop 56's mutation survivors. Every entry is done already, so nothing is scanned.
describe("batch options, in-process", () => {
  const done = (entry: string) => JSON.stringify({ entry, repo: entry, ok: true, seconds: 1, warnings: 0, document: { tools: [] } });

  it("an empty --rev (`--rev \"$TAG\"` with the variable unset) is a usage error, before anything is read", async () => {
    const dir = tempDir("techstack-batch-");
    const missing = join(dir, "none.txt");
    expect(await call(batchCommand, [missing, "--rev", ""])).toMatchObject({ code: 2, stderr: "error: --rev takes a revision, not an empty value" });
  });

  it("a shard of a one-entry list says `entry`, not `entries`", async () => {
    const dir = tempDir("techstack-batch-");
    writeFileSync(join(dir, "list.txt"), "/r/api\n");
    writeFileSync(join(dir, "out.jsonl"), done("/r/api") + "\n");
    const run = await call(batchCommand, [join(dir, "list.txt"), "--out", join(dir, "out.jsonl"), "--shard", "1/1"]);
    expect(run).toEqual({ code: 0, stdout: "", stderr: "batch: shard 1/1 holds 1 of the list's 1 entry; 0 scanned, 1 already done\n" });
  });
});
