import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { batchCommand, shardOf } from "../src/cli/commands/batch.js";
import { call, tempDir } from "./helpers.js";

// batch's list reading, resuming and option checks called in-process. Every entry here is either
// done already (its line is in --out) or a path that does not exist, so no scan is needed: a
// missing repository fails in a worker, and so does a worker that cannot start (the test runner's
// TypeScript source), both as an `"ok": false` line for the entry.

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

const ok = (entry: string) => JSON.stringify({ entry, repo: entry, ok: true, seconds: 1, warnings: 0, document: { tools: [] } });
const failed = (entry: string) => JSON.stringify({ entry, repo: entry, ok: false, seconds: 1, error: "old failure" });

function files(list: string, out?: string): { dir: string; list: string; out: string } {
  const dir = tempDir("techstack-batch-");
  writeFileSync(join(dir, "list.txt"), list);
  if (out !== undefined) writeFileSync(join(dir, "out.jsonl"), out);
  return { dir, list: join(dir, "list.txt"), out: join(dir, "out.jsonl") };
}

const lines = (path: string) => readFileSync(path, "utf8").split("\n");

describe("batch, in-process", () => {
  it("reads the list: trimmed lines, comments and blank lines skipped, an entry listed twice once, CRLF endings; done entries are skipped", async () => {
    const f = files("# repositories\r\n  /r/api  \r\n\r\n/r/web\n/r/api\n#/r/old\n/r/web\tv2\n", [ok("/r/api"), ok("/r/web"), ok("/r/web\tv2"), ok("/r/other")].join("\n") + "\n");
    const run = await call(batchCommand, [f.list, "--out", f.out, "--workers", "3"]);
    expect(run).toEqual({ code: 0, stdout: "", stderr: "batch: 0 scanned, 3 already done\n" });
    // Nothing to add: the output is as it was.
    expect(lines(f.out)).toHaveLength(5);
  });

  it("an entry that failed before stays failed (exit 1, counted) unless a later line has it done", async () => {
    const f = files("/r/api\n/r/web\n/r/cli\n", [failed("/r/api"), ok("/r/web"), failed("/r/cli"), ok("/r/cli")].join("\n") + "\n");
    const run = await call(batchCommand, [f.list, "--out", f.out]);
    expect(run).toEqual({ code: 1, stdout: "", stderr: "batch: 0 scanned, 2 already done, 1 failed earlier (not retried: --retry-failed scans them again)\n" });
  });

  it("--retry-failed drops the failed lines of the entries it scans again, keeps the others and a cut line, and appends the new outcome", async () => {
    const missing = join(tempDir(), "gone");
    const earlier = [failed(missing), ok("/r/web"), "", '{"entry":"/r/cut","ok":tr', failed("/r/elsewhere")].join("\n") + "\n";
    const f = files(`${missing}\n/r/web\n/r/cut\n`, earlier);
    const run = await call(batchCommand, [f.list, "--out", f.out, "--retry-failed", "--workers", "4"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("batch: 2 scanned (2 failed), 1 already done, 2 workers\n");
    const after = lines(f.out);
    expect(after.slice(0, 3)).toEqual([ok("/r/web"), '{"entry":"/r/cut","ok":tr', failed("/r/elsewhere")]);
    const fresh = after.slice(3, -1).map((l) => JSON.parse(l) as { entry: string; ok: boolean; error: string });
    expect(fresh.map((l) => l.entry).sort()).toEqual(["/r/cut", missing].sort());
    expect(fresh.every((l) => !l.ok && l.error !== "old failure")).toBe(true);
    expect(after.at(-1)).toBe("");
  });

  it("--retry-failed with an output whose last line was cut: the rewrite ends it, and no blank line follows", async () => {
    const missing = join(tempDir(), "gone");
    const f = files(`${missing}\n/r/web\n`, [failed(missing), ok("/r/web"), '{"entry":"/r/cut","ok":tr'].join("\n"));
    await call(batchCommand, [f.list, "--out", f.out, "--retry-failed"]);
    const after = lines(f.out);
    expect(after.slice(0, 2)).toEqual([ok("/r/web"), '{"entry":"/r/cut","ok":tr']);
    expect(after).toHaveLength(4);
    expect(JSON.parse(after[2]!)).toMatchObject({ entry: missing, ok: false });
  });

  it("only appends: blank lines of an earlier run stay, and --retry-failed with nothing failed leaves the file as it was", async () => {
    const earlier = [ok("/r/api"), "", failed("/r/web"), ok("/r/web"), ""].join("\n");
    const f = files("/r/api\n/r/web\n", earlier);
    expect((await call(batchCommand, [f.list, "--out", f.out])).code).toBe(0);
    expect(readFileSync(f.out, "utf8")).toBe(earlier);
    expect((await call(batchCommand, [f.list, "--out", f.out, "--retry-failed"])).stderr).toBe("batch: 0 scanned, 2 already done\n");
    expect(readFileSync(f.out, "utf8")).toBe(earlier);
  });

  it("one worker scans every entry in turn, one line each", async () => {
    const root = tempDir();
    const f = files(`${join(root, "a")}\n${join(root, "b")}\n${join(root, "c")}\n`, "");
    const run = await call(batchCommand, [f.list, "--out", f.out, "--workers", "1"]);
    expect(run.stderr).toBe("batch: 3 scanned (3 failed), 0 already done, 1 worker\n");
    const written = lines(f.out);
    expect(written.at(-1)).toBe("");
    expect(written.slice(0, -1).map((l) => (JSON.parse(l) as { entry: string }).entry)).toEqual(["a", "b", "c"].map((n) => join(root, n)));
  });

  it("a last line cut by an interruption is ended before anything is appended; without --out the lines go to stdout", async () => {
    const f = files("/r/api\n", ok("/r/api") + "\n" + '{"entry":"/r/w');
    expect((await call(batchCommand, [f.list, "--out", f.out])).code).toBe(0);
    expect(readFileSync(f.out, "utf8")).toBe(ok("/r/api") + "\n" + '{"entry":"/r/w' + "\n");
    const whole = files("/r/api\n", ok("/r/api") + "\n");
    await call(batchCommand, [whole.list, "--out", whole.out]);
    expect(readFileSync(whole.out, "utf8")).toBe(ok("/r/api") + "\n");
    const missing = join(tempDir(), "gone");
    const loose = files(`${missing}\n`);
    const printed = await call(batchCommand, [loose.list]);
    expect(printed.code).toBe(1);
    expect(JSON.parse(printed.stdout)).toMatchObject({ entry: missing, repo: missing, ok: false });
    expect(printed.stdout.endsWith("}\n")).toBe(true);
    // A new output file holds the result lines only.
    const fresh = files(`${missing}\n`);
    await call(batchCommand, [fresh.list, "--out", fresh.out]);
    expect(readFileSync(fresh.out, "utf8")).toMatch(/^\{"entry":[^\n]+\}\n$/);
    expect(printed.stderr).toBe("batch: 1 scanned (1 failed), 0 already done, 1 worker\n");
  });

  it("--shard K/N keeps the entries whose hash falls in shard K; every entry in exactly one shard", async () => {
    const entries = Array.from({ length: 12 }, (_, i) => `/r/repo-${i}`);
    expect(entries.map((e) => shardOf(e, 3))).toEqual(entries.map((e) => shardOf(e, 3)));
    expect(new Set(entries.map((e) => shardOf(e, 3))).size).toBe(3);
    const f = files(entries.join("\n"), entries.map(ok).join("\n") + "\n");
    let total = 0;
    for (const k of [1, 2, 3]) {
      const run = await call(batchCommand, [f.list, "--out", f.out, "--shard", `${k}/3`]);
      const expected = entries.filter((e) => shardOf(e, 3) === k - 1).length;
      expect(run.stderr).toBe(`batch: shard ${k}/3 holds ${expected} of the list's 12 entries; 0 scanned, ${expected} already done\n`);
      total += expected;
    }
    expect(total).toBe(12);
  });

  it("a shard that holds none of a short list's entries says so, where '0 scanned' alone read as a failure to find them", async () => {
    // The README's example lists two entries; both hash to shard 2 of 2.
    const entries = ["example", "monorepo"];
    expect(entries.map((e) => shardOf(e, 2))).toEqual([1, 1]);
    const f = files(entries.join("\n") + "\n", entries.map(ok).join("\n") + "\n");
    const run = await call(batchCommand, [f.list, "--out", f.out, "--shard", "1/2"]);
    expect(run).toEqual({ code: 0, stdout: "", stderr: "batch: shard 1/2 holds none of the list's 2 entries; 0 scanned, 0 already done\n" });
  });

  it("a list that names no repository says so (a pipe from a find that found nothing, a list of comments), where '0 scanned' read as done", async () => {
    const f = files("# to do: add the repositories\n\n");
    expect(await call(batchCommand, [f.list])).toEqual({ code: 0, stdout: "", stderr: "batch: the list names no repository; 0 scanned, 0 already done\n" });
  });

  it("on a terminal with --out, the progress line is cleared at the end; not on CI, not without --out", async () => {
    const f = files("/r/api\n", ok("/r/api") + "\n");
    const missing = join(tempDir(), "gone");
    const loose = files(`${missing}\n`);
    vi.stubEnv("CI", "");
    Object.defineProperty(process.stderr, "isTTY", { value: true, configurable: true });
    try {
      expect((await call(batchCommand, [f.list, "--out", f.out])).stderr).toBe("\r\x1b[Kbatch: 0 scanned, 1 already done\n");
      expect((await call(batchCommand, [loose.list])).stderr).toBe("batch: 1 scanned (1 failed), 0 already done, 1 worker\n");
      expect((await call(batchCommand, [loose.list, "--out", loose.out])).stderr).toBe("\r\x1b[K1/1 repositories\r\x1b[Kbatch: 1 scanned (1 failed), 0 already done, 1 worker\n");
      vi.stubEnv("CI", "true");
      expect((await call(batchCommand, [f.list, "--out", f.out])).stderr).toBe("batch: 0 scanned, 1 already done\n");
    } finally {
      delete (process.stderr as { isTTY?: boolean }).isTTY;
    }
    vi.stubEnv("CI", "");
    expect((await call(batchCommand, [f.list, "--out", f.out])).stderr).toBe("batch: 0 scanned, 1 already done\n");
  });

  it("usage and input errors: one list, --shard's form and bounds, --workers, --retry-failed without --out, a list that cannot be read", async () => {
    const f = files("/r/api\n", failed("/r/api") + "\n");
    const first = async (args: string[]) => {
      const out = await call(batchCommand, args);
      return [out.code, out.stderr.split("\n")[0]];
    };
    expect(await first([])).toEqual([2, "error: batch takes one list file"]);
    expect(await first([f.list, f.list])).toEqual([2, "error: batch takes one list file"]);
    for (const shard of ["0/2", "3/2", "2", "x/2", "1/2/3", " 1/2"]) expect(await first([f.list, "--shard", shard])).toEqual([2, `error: --shard takes K/N with 1 <= K <= N (1/4: the first of four shards), not '${shard}'`]);
    expect((await call(batchCommand, [f.list, "--out", f.out, "--shard", "1/1"])).stderr).toMatch(/1 failed earlier/);
    expect(await first([f.list, "--workers", "0"])).toEqual([2, expect.stringMatching(/^error: --workers /)]);
    for (const shard of ["12/12", "1/10", "10/12"]) expect((await call(batchCommand, [f.list, "--out", f.out, "--shard", shard])).code).not.toBe(2);
    expect(await first([f.list, "--retry-failed"])).toEqual([2, "error: --retry-failed needs --out (the results an earlier run left)"]);
    const gone = join(f.dir, "none.txt");
    expect(await first([gone])).toEqual([1, `error: cannot read the list ${gone}: no such file`]);
    // A folder of repositories given for the list: the list is a file naming them.
    expect(await first([f.dir])).toEqual([1, `error: cannot read the list ${f.dir}: a folder, not a file (the list is a file naming one repository a line)`]);
    // A usage error leaves the output as it was.
    expect(readFileSync(f.out, "utf8")).toBe(failed("/r/api") + "\n");
    const help = await call(batchCommand, ["-h"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: techstack batch LIST \[options\]\n[\s\S]*--retry-failed\n$/);
  });

  it("an --out that cannot be read is exit 1 naming it", async () => {
    const f = files("/r/api\n");
    expect(await call(batchCommand, [f.list, "--out", f.dir])).toMatchObject({ code: 1, stderr: `error: cannot read ${f.dir}: a folder, not a file` });
  });
});
