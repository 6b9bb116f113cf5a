import { execFile } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { type Outcome, ROOT, runCommand, tempDir } from "./helpers.js";

// A CI job runs `batch` over a list: it must fail when an entry failed, and a later run must be
// able to scan the failed entries again without rescanning the done ones.

const CLI = join(ROOT, "dist/cli.js");

/**
 * A batch run that scans: through the built CLI, whose worker threads load the built module (the
 * TypeScript source cannot start one). A run that scans nothing (a usage error, a list or output
 * that cannot be read, every entry done or failed earlier) is called in-process: `here`.
 */

function run(args: string[], cwd = ROOT): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, NO_COLOR: "1" }, timeout: 30_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

const here = (args: string[]): Promise<Outcome> => runCommand(args, { env: { NO_COLOR: "1" } });

/** A list of two app folders, the second missing until the test makes it. */
function setup() {
  const dir = tempDir("techstack-batch-failures-");
  const good = join(dir, "good");
  mkdirSync(good);
  writeFileSync(join(good, "package.json"), JSON.stringify({ dependencies: { express: "4.18.2" } }));
  const late = join(dir, "late");
  const list = join(dir, "repos.txt");
  writeFileSync(list, `${good}\n${late}\n`);
  const makeLate = () => {
    mkdirSync(late);
    writeFileSync(join(late, "package.json"), JSON.stringify({ dependencies: { koa: "2.15.0" } }));
  };
  const lines = (out: string) => readFileSync(out, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as { entry: string; ok: boolean; seconds: number });
  return { dir, good, late, list, out: join(dir, "out.jsonl"), makeLate, lines };
}

describe("batch exit code and --retry-failed", () => {
  // One list taken through the runs a CI job makes of it, for the tests below: a run with an entry
  // missing, a retry while it is still missing, then one once it is there. A scanning run starts the
  // built CLI and its worker (each loads the engine), so the three are made once, not once a test.
  let made: ReturnType<typeof setup>;
  let first: Outcome;
  let afterFirst: string;
  let badOption: Outcome;
  let afterBadOption: string;
  let failedAgain: Outcome;
  let afterFailedAgain: Array<{ entry: string; ok: boolean }>;
  let resumed: Outcome;
  let afterResumed: Array<{ entry: string; ok: boolean }>;
  let retried: Outcome;
  let afterRetried: Array<{ entry: string; ok: boolean }>;
  beforeAll(async () => {
    made = setup();
    const { list, out, makeLate, lines } = made;
    first = await run(["batch", list, "--out", out, "--no-git", "--workers", "1"]);
    afterFirst = readFileSync(out, "utf8");
    // --workers 0 with --retry-failed: a usage error before the output is read or rewritten.
    badOption = await here(["batch", list, "--out", out, "--retry-failed", "--workers", "0"]);
    afterBadOption = readFileSync(out, "utf8");
    failedAgain = await run(["batch", list, "--out", out, "--no-git", "--retry-failed"]);
    afterFailedAgain = lines(out);
    makeLate();
    resumed = await here(["batch", list, "--out", out, "--no-git"]);
    afterResumed = lines(out);
    retried = await run(["batch", list, "--out", out, "--no-git", "--retry-failed"]);
    afterRetried = lines(out);
  });

  it("exits 1 when an entry failed, and 0 when every entry is done", async () => {
    // Without --out, the lines on standard output: the same exit code.
    const failing = await run(["batch", setup().list, "--no-git", "--workers", "1"]);
    expect(failing.code).toBe(1);
    expect(failing.stderr).toMatch(/batch: 2 scanned \(1 failed\)/);
    expect(first.code).toBe(1);
    expect(first.stderr).toMatch(/batch: 2 scanned \(1 failed\)/);
    // The retry that scanned the entry once it was there left every entry done.
    expect(afterRetried.every((l) => l.ok)).toBe(true);
    expect(retried.code).toBe(0);
  });

  it("an entry that fails again on retry keeps one (new) failed line and exit 1", () => {
    expect(failedAgain.code).toBe(1);
    expect(failedAgain.stderr).toMatch(/^batch: 1 scanned \(1 failed\), 1 already done, 1 worker$/m);
    expect(afterFailedAgain.map((l) => l.ok)).toEqual([true, false]);
  });

  it("a resumed run keeps skipping a failed entry (still exit 1, saying how to retry); --retry-failed scans it again and leaves one line per entry", () => {
    expect(resumed.code).toBe(1);
    expect(resumed.stderr).toBe("batch: 0 scanned, 1 already done, 1 failed earlier (not retried: --retry-failed scans them again)\n");
    expect(afterResumed).toHaveLength(2);
    const goodLine = afterResumed.find((l) => l.entry === made.good);
    expect(retried.code).toBe(0);
    expect(retried.stderr).toBe("batch: 1 scanned, 1 already done, 1 worker\n");
    expect(afterRetried.map((l) => [l.entry, l.ok])).toEqual([[made.good, true], [made.late, true]]);
    // The done entry was not scanned again: its line is the same one.
    expect(afterRetried[0]).toEqual(goodLine);
  });

  it("--retry-failed without --out is a usage error", async () => {
    const { list } = setup();
    const r = await here(["batch", list, "--retry-failed", "--no-git"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--retry-failed needs --out/);
  });

  it("a bad option is a usage error before anything is read or rewritten, and an unreadable list or output says which", async () => {
    expect(first.code).toBe(1);
    // --workers 0 with --retry-failed: exit 2, and the failed line is still in the output.
    expect(badOption.code).toBe(2);
    expect(afterBadOption).toBe(afterFirst);
    const { list, dir } = setup();
    expect((await here(["batch", join(dir, "no-list.txt"), "--shard", "0/2"])).code).toBe(2);
    const missing = await here(["batch", join(dir, "no-list.txt")]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/cannot read the list .*no-list\.txt/);
    const folder = await here(["batch", list, "--out", dir]);
    expect(folder.code).toBe(1);
    expect(folder.stderr).toContain(`cannot read ${dir}`);
  });
});
