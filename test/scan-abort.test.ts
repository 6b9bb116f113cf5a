import { existsSync, readFileSync } from "node:fs";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { detect, DirectorySource, MemorySource, scan, type Detector } from "../src/index.js";
import { IgnoreRules } from "../src/sources/ignore-rules.js";
import { PatternIndex } from "../src/scan/select.js";
import { historyRepo, loggedGit, tempDir, writeFile } from "./helpers.js";

// A caller stops a scan as it stops fetch or fs.promises.readFile: with an AbortSignal. The scan
// rejects with the signal's reason, reads no file more and leaves no git process running.

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

/** A tree of `folders` folders of ten package.json files each (a monorepo's packages, many times over). */
function manyPackages(folders: number): string {
  const dir = tempDir("techstack-abort-");
  for (let f = 0; f < folders; f++) {
    for (let p = 0; p < 10; p++) writeFile(dir, `packages/group-${f}/pkg-${p}/package.json`, `{"name":"pkg-${f}-${p}","dependencies":{"express":"^4.18.2","lodash":"^4.17.21"}}`);
  }
  return dir;
}

/** The stalled git runs loggedGit has written so far: each one's process id and arguments. */
function stalledRuns(log: string): Array<{ pid: number; args: string }> {
  if (!existsSync(`${log}.stalled`)) return [];
  return readFileSync(`${log}.stalled`, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => ({ pid: Number(line.slice(0, line.indexOf(" "))), args: line.slice(line.indexOf(" ") + 1) }));
}

/** Waits until loggedGit has stalled `count` git runs, and gives them. */
async function stalled(log: string, count: number): Promise<Array<{ pid: number; args: string }>> {
  while (stalledRuns(log).length < count) await new Promise((resolve) => setTimeout(resolve, 5));
  return stalledRuns(log);
}

/** Whether process `pid` is gone (reaped), waiting up to two seconds for it. */
async function gone(pid: number): Promise<boolean> {
  for (let i = 0; i < 200; i++) {
    try {
      process.kill(pid, 0);
    } catch {
      return true;
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return false;
}

describe("a scan given an AbortSignal", () => {
  // Read by the three tests that abort a folder's walk or reads (none writes to it): made once, its
  // 3,000 files written once, not per test.
  let packages: string;
  // Two one-commit checkouts, which the git tests' scans read (and abort) without changing them.
  let checkouts: string[];
  beforeAll(() => {
    packages = manyPackages(300);
    checkouts = [0, 1].map(() => {
      const made = historyRepo();
      writeFile(made.dir, "package.json", '{"dependencies":{"express":"^4.18.2"}}');
      made.commit("Ada", 2, "start");
      return made.dir;
    });
  });

  it("aborted already: rejects at once with the reason given, having listed and read nothing", async () => {
    const dir = tempDir("techstack-abort-");
    writeFile(dir, "package.json", '{"dependencies":{"express":"^4.18.2"}}');
    const list = vi.spyOn(DirectorySource.prototype, "list");
    const read = vi.spyOn(DirectorySource.prototype, "read");
    const reason = new Error("the user closed the window");
    await expect(detect(dir, { git: false, signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
    // A plain abort(): an Error of its own code, named as fetch's is, the default reason its cause.
    const plain = new AbortController();
    plain.abort();
    const error = await scan(dir, { git: false, signal: plain.signal }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "AbortError", code: "TECHSTACK_ABORTED", cause: plain.signal.reason });
    expect([list.mock.calls.length, read.mock.calls.length]).toEqual([0, 0]);
    // Not aborted, the same scan runs whole.
    expect((await detect(dir, { git: false, signal: new AbortController().signal })).tools.map((t) => t.name)).toContain("ExpressJS");
  });

  it("refuses a signal that is none, as it refuses any option of the wrong kind", async () => {
    await expect(detect(tempDir(), { signal: "stop" as never })).rejects.toMatchObject({ code: "TECHSTACK_BAD_OPTION", message: 'signal: expected an AbortSignal (an AbortController\'s signal), not "stop"' });
  });

  it("aborted while the folder is listed: stops the walk before its next folder", async () => {
    const dir = packages;
    const controller = new AbortController();
    // Each folder the walk enters asks its ignore rules once: the 40th of some 3,300 aborts.
    let folders = 0;
    const rulesFor = IgnoreRules.prototype.rulesFor;
    vi.spyOn(IgnoreRules.prototype, "rulesFor").mockImplementation(function (this: IgnoreRules, folder: string) {
      if (++folders === 40) controller.abort();
      return rulesFor.call(this, folder);
    });
    const read = vi.spyOn(DirectorySource.prototype, "read");
    await expect(scan(dir, { git: false, signal: controller.signal })).rejects.toMatchObject({ code: "TECHSTACK_ABORTED" });
    expect(folders).toBeLessThan(45);
    // The repository's own catalog file is looked for before the walk; no file the walk lists is read.
    expect(read.mock.calls.map(([path]) => path)).toEqual(["techstack.catalog.yml"]);
  });

  it("aborted while files are read: rejects without reading the rest of a few thousand", async () => {
    const dir = packages;
    const controller = new AbortController();
    const reason = new Error("enough");
    const read = DirectorySource.prototype.read;
    let reads = 0;
    vi.spyOn(DirectorySource.prototype, "read").mockImplementation(function (this: DirectorySource, path: string, maxBytes?: number) {
      if (++reads === 100) controller.abort(reason);
      return read.call(this, path, maxBytes);
    });
    const warnings: unknown[] = [];
    await expect(scan(dir, { git: false, signal: controller.signal, onWarning: (w) => warnings.push(w) })).rejects.toBe(reason);
    // Reads already under way may end; none is started after the abort, and nothing is a warning.
    expect(reads).toBeGreaterThanOrEqual(100);
    expect(reads).toBeLessThan(200);
    expect(warnings).toEqual([]);
  });

  it("aborted by a timer while a folder's files are read: the reads, each settled at once, leave it a turn to fire", async () => {
    const dir = packages;
    const controller = new AbortController();
    const read = DirectorySource.prototype.read;
    let reads = 0;
    // Ctrl-C or AbortSignal.timeout abort from the event loop, not from inside a read.
    vi.spyOn(DirectorySource.prototype, "read").mockImplementation(function (this: DirectorySource, path: string, maxBytes?: number) {
      if (++reads === 100) setTimeout(() => controller.abort(), 0);
      return read.call(this, path, maxBytes);
    });
    await expect(scan(dir, { git: false, signal: controller.signal })).rejects.toMatchObject({ code: "TECHSTACK_ABORTED" });
    expect(reads).toBeLessThan(1000);
  });

  it("aborted by a timer while every listed path is matched against the detectors' globs: a pass over 50,000 paths leaves it a turn", async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 50_000; i++) files[`data/part-${i}.bin`] = "";
    const source = new MemorySource(files);
    const controller = new AbortController();
    // The timer is set once the tree is listed: a memory source's list and reads settle at once,
    // so nothing but the scan's own turns lets it fire before the detectors' modules load.
    const list = source.list.bind(source);
    source.list = () => list().finally(() => setTimeout(() => controller.abort(), 0));
    const match = vi.spyOn(PatternIndex.prototype, "match");
    await expect(scan(source, { git: false, signal: controller.signal })).rejects.toMatchObject({ code: "TECHSTACK_ABORTED" });
    expect(match.mock.calls.length).toBeLessThan(50_000);
  });

  it("aborted by a timer while a detector goes through files read already: each handed over at once, they still leave it a turn", async () => {
    const controller = new AbortController();
    let handed = 0;
    const rereads: Detector = {
      name: "rereads",
      files: ["package.json"],
      async detect(ctx) {
        for (let i = 0; i < 5000; i++) {
          await ctx.text("package.json");
          if (++handed === 1) setTimeout(() => controller.abort(), 0);
        }
      },
    };
    const source = new MemorySource({ "package.json": "{}" });
    await expect(scan(source, { git: false, detectors: [rereads], disable: ["npm", "languages"], signal: controller.signal })).rejects.toMatchObject({ code: "TECHSTACK_ABORTED" });
    expect(handed).toBeLessThan(5000);
  });

  /**
   * Scans the first one-commit checkout (with `rev`, if given) whose git `command` sleeps for a minute,
   * aborts once that git has started, and says what the scan rejected with, how soon, and whether
   * that git process is gone.
   */
  async function abortedInGit(command: string, rev?: string): Promise<{ code: unknown; soon: boolean; killed: boolean }> {
    const log = loggedGit(command);
    const controller = new AbortController();
    const outcome = detect(checkouts[0]!, { rev, signal: controller.signal }).then(
      () => "finished",
      (error: { code?: string }) => error.code,
    );
    const { pid } = (await stalled(log, 1))[0]!;
    const started = Date.now();
    controller.abort();
    const code = await outcome;
    return { code, soon: Date.now() - started < 1500, killed: await gone(pid) };
  }

  it("aborted while git walks the history: rejects at once and kills that git", async () => {
    expect(await abortedInGit("log")).toEqual({ code: "TECHSTACK_ABORTED", soon: true, killed: true });
  });

  it("aborting one of two scans at once stops its git alone: the other's runs on", async () => {
    const log = loggedGit("log");
    const controllers = [new AbortController(), new AbortController()];
    const outcomes = checkouts.map((dir, i) => detect(dir, { signal: controllers[i]!.signal }).catch((error: { code?: string }) => error.code));
    const runs = await stalled(log, 2);
    const pidOf = (dir: string) => runs.find((run) => run.args.includes(`-C ${dir} `))!.pid;
    const [first, second] = checkouts.map(pidOf);
    controllers[0]!.abort();
    expect(await outcomes[0]).toBe("TECHSTACK_ABORTED");
    expect(await gone(first!)).toBe(true);
    expect(() => process.kill(second!, 0)).not.toThrow();
    controllers[1]!.abort();
    expect(await outcomes[1]).toBe("TECHSTACK_ABORTED");
    expect(await gone(second!)).toBe(true);
  });

  it("aborted while a revision's files are read through git: rejects at once and kills that git", async () => {
    expect(await abortedInGit("cat-file", "HEAD")).toEqual({ code: "TECHSTACK_ABORTED", soon: true, killed: true });
  });
});
