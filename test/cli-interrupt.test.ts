import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { historyRepo, loggedGit, runMainHere, tempDir, writeFile, type Outcome } from "./helpers.js";

// Ctrl-C (SIGINT) or a `kill` (SIGTERM) while a command scans: the scan stops, its git processes
// are killed, no file is left half-written, one line says so, and the process ends by the signal.

const CLI = join(import.meta.dirname, "..", "dist/cli.js");

afterEach(() => {
  vi.unstubAllEnvs();
});

/** A repository of two commits whose stack holds Express. */
function expressRepo() {
  const made = historyRepo();
  writeFile(made.dir, "package.json", '{"dependencies":{"express":"^4.18.2"}}');
  made.commit("Ada", 2, "start");
  writeFile(made.dir, "package.json", '{"dependencies":{"express":"^4.19.0"}}');
  made.commit("Ada", 3, "bump");
  return made;
}

/** The process ids of the git runs loggedGit has stalled, once there are `count`. */
async function stalledGits(log: string, count = 1): Promise<number[]> {
  const pids = () => (existsSync(`${log}.stalled`) ? readFileSync(`${log}.stalled`, "utf8").split("\n").filter(Boolean).map((line) => Number(line.split(" ")[0])) : []);
  for (let waited = 0; pids().length < count; waited += 5) {
    if (waited > 10_000) throw new Error(`${pids().length} git runs stalled, not ${count}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return pids();
}

/** Whether process `pid` has stopped running (gone, or a zombie its parent has not reaped), waiting up to two seconds. */
async function stopped(pid: number): Promise<boolean> {
  for (let i = 0; i < 200; i++) {
    const stat = existsSync(`/proc/${pid}/stat`) ? readFileSync(`/proc/${pid}/stat`, "utf8") : "";
    if (!stat || / Z /.test(stat.slice(stat.lastIndexOf(")")))) return true;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return false;
}

/** `techstack <args>` in-process, sent `signal` (as the process would receive it) once its git run `stalls` (loggedGit's) stalls. */
async function interruptedHere(args: string[], signal: "SIGINT" | "SIGTERM", stalls: string, cwd?: string): Promise<Outcome & { gitStopped: boolean; soon: boolean }> {
  const log = loggedGit(stalls);
  const outcome = runMainHere(args, cwd ? { cwd } : {});
  const [pid] = await stalledGits(log);
  const started = Date.now();
  process.emit(signal, signal);
  const result = await outcome;
  return { ...result, soon: Date.now() - started < 1500, gitStopped: await stopped(pid!) };
}

describe("a scanning command sent SIGINT or SIGTERM", () => {
  it("detect: stops at once, kills its git, prints one line and exits 130", async () => {
    const made = expressRepo();
    expect(await interruptedHere(["detect", made.dir], "SIGINT", "log")).toEqual({ code: 130, stdout: "", stderr: "techstack: interrupted\n", soon: true, gitStopped: true });
    // The signals are the process's again afterwards: no listener is left behind.
    expect(process.listenerCount("SIGINT")).toBe(0);
  });

  it("write: writes no file and leaves no temporary one (SIGTERM: 143)", async () => {
    const made = expressRepo();
    const before = readdirSync(made.dir).sort();
    expect(await interruptedHere(["write", made.dir], "SIGTERM", "log")).toMatchObject({ code: 143, stderr: "techstack: interrupted\n", gitStopped: true });
    expect(readdirSync(made.dir).sort()).toEqual(before);
  });

  it("check and diff --rev-a/--rev-b: stop the same way", async () => {
    const made = expressRepo();
    expect((await runMainHere(["write", made.dir])).code).toBe(0);
    expect(await interruptedHere(["check", made.dir], "SIGINT", "ls-files")).toMatchObject({ code: 130, stdout: "", stderr: "techstack: interrupted\n", gitStopped: true });
    expect(await interruptedHere(["diff", "--rev-a", "HEAD~1", "--rev-b", "HEAD"], "SIGINT", "ls-tree -r", made.dir)).toMatchObject({ code: 130, stdout: "", stderr: "techstack: interrupted\n", gitStopped: true });
  });

  it("--rev with --workspace: a signal while git lists the revision kills that git (it once held the signal until git ended)", async () => {
    const made = expressRepo();
    expect(await interruptedHere(["detect", made.dir, "--rev", "HEAD", "--workspace", "."], "SIGINT", "ls-tree -r -l -z")).toEqual({ code: 130, stdout: "", stderr: "techstack: interrupted\n", soon: true, gitStopped: true });
  });

  it("--rev with --workspace: a signal while git reads the revision's package.json files kills that git; write writes nothing", async () => {
    const made = expressRepo();
    const before = readdirSync(made.dir).sort();
    expect(await interruptedHere(["write", made.dir, "--rev", "HEAD", "--workspace", "."], "SIGTERM", "cat-file --batch")).toMatchObject({ code: 143, stderr: "techstack: interrupted\n", soon: true, gitStopped: true });
    expect(readdirSync(made.dir).sort()).toEqual(before);
  });

  it("the bin ends by the signal it was sent (a shell's $? is 143), its git killed", async () => {
    const made = expressRepo();
    expect(await binInterrupted(["detect", made.dir], "SIGTERM", 1)).toEqual({ code: null, signal: "SIGTERM", stderr: "techstack: interrupted\n", gitsStopped: true });
  });

  it("batch: its workers stop their scans and git, the cut entries get no line (scanned next run), 130", async () => {
    const repos = [expressRepo(), expressRepo()];
    const dir = tempDir("techstack-batch-");
    writeFile(dir, "list.txt", repos.map((made) => made.dir).join("\n") + "\n");
    const out = join(dir, "out.jsonl");
    expect(await binInterrupted(["batch", join(dir, "list.txt"), "--out", out, "--workers", "2"], "SIGINT", 2)).toEqual({ code: null, signal: "SIGINT", stderr: "techstack: interrupted\n", gitsStopped: true });
    expect(readFileSync(out, "utf8")).toBe("");
  });
});

/** dist/cli.js run with `args`, sent `signal` once `count` of its git log runs have stalled: how it ended, what it said, whether those gits stopped. */
async function binInterrupted(args: string[], signal: NodeJS.Signals, count: number) {
  const log = loggedGit("log");
  const child = spawn(process.execPath, [CLI, ...args], { env: process.env, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on("close", (code, by) => resolve({ code, signal: by })));
  const pids = await stalledGits(log, count);
  child.kill(signal);
  const how = await ended;
  const gitsStopped = (await Promise.all(pids.map(stopped))).every(Boolean);
  return { ...how, stderr, gitsStopped };
}
