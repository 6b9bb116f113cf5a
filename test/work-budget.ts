import { appendFileSync, existsSync, readFileSync } from "node:fs";
import { expect } from "vitest";
import { builtinCatalog } from "../src/catalog/load.js";

// Hostile input (a repository someone else controls) must not hold a scan: a line looked up from the
// top of the file once per entry, or a pattern that backtracks, turned inputs of a few hundred KB into
// runs of seconds to hours. The tests of those fixes must tell "finished" from "stuck", and a limit in
// milliseconds cannot: on a busy machine a run that is fine takes 3 or 4 times its quiet time. So a
// budget here is counted in units of a fixed job of plain linear work, run just before the run, and
// both are measured in CPU time of the thread that runs them (the whole process's where the system
// does not tell a thread's), not on the clock: waiting for a core that other processes hold counts
// for neither. On the clock the ratio moved with the machine's state, since the reference, short and
// timed as the fastest of three, fell in quiet moments that the longer run did not have: with the
// same code, test/review-a37h's 40,000-dependency gemspec measured 1.6 to 13.4 times the reference
// over eight runs, quiet and loaded, and 1.9 to 2.9 times in CPU time. A run gone quadratic or
// backtracking is 10 to 10,000 times over either way. Speed itself is shown by the benchmark
// (`npm run bench`), never by a test.

/** The reference job's input: a JSON object of 20,000 entries, compact (0.8 MB) and pretty-printed (0.9 MB, a line each). */
let input: { json: string; text: string } | undefined;

function referenceInput(): { json: string; text: string } {
  const entries: Record<string, string> = {};
  for (let i = 0; i < 20_000; i++) entries[`@scope-${i % 97}/package-${i}`] = `^${i % 13}.${i % 101}.${i}`;
  const object = { name: "reference", dependencies: entries };
  return { json: JSON.stringify(object), text: JSON.stringify(object, null, 2) };
}

/** One unit of work: what these tests' readers do, in linear time (JSON.parse, a line-anchored regex over every line, Map inserts, a line count). */
function referenceJob(): number {
  input ??= referenceInput();
  const parsed = JSON.parse(input.json) as { dependencies: Record<string, string> };
  const lines = new Map<string, number>();
  let line = 1;
  let from = 0;
  for (const match of input.text.matchAll(/^ *"([^"\n]+)": "\^?(\d+)\.(\d+)\.(\d+)",?$/gm)) {
    for (let end = input.text.indexOf("\n", from); end !== -1 && end < match.index; end = input.text.indexOf("\n", end + 1)) line++;
    from = match.index;
    lines.set(match[1]!, line);
  }
  let agree = 0;
  for (const [name, range] of Object.entries(parsed.dependencies)) if (lines.has(name) && range.startsWith("^")) agree++;
  return agree;
}

/** Linux's count of the CPU time a thread has had (the first field, in ns), for the thread that reads it. */
const THREAD_SCHEDSTAT = "/proc/thread-self/schedstat";

/**
 * Whether a run is measured in its own thread's CPU time (Linux), not the whole process's. The
 * process's also counts its helper threads, the garbage collector's and the compiler's, whose work
 * for the same run varies with their number and the cores they get: on this machine the per-guard
 * ratios in the process's CPU time scattered 1.3 to 1.6 times as widely as in the thread's between
 * quiet and loaded runs (three pairs of runs of every guard).
 */
export const measuresThreadOnly = existsSync(THREAD_SCHEDSTAT);

/** CPU time used so far, in ms: by the calling thread where Linux tells it, else by the whole process. */
export function cpuMs(): number {
  // process.cpuUsage also brings the kernel's count for this thread up to date: without it the
  // thread's figure is the one of its last scheduler tick, up to 4 ms old.
  const { user, system } = process.cpuUsage();
  if (!measuresThreadOnly) return (user + system) / 1000;
  return Number(readFileSync(THREAD_SCHEDSTAT, "utf8").split(" ", 1)[0]) / 1e6;
}

/** The reference job's CPU times over `runs` runs, in ms. */
function referenceTimes(runs: number): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = cpuMs();
    if (referenceJob() !== 20_000) throw new Error("the reference job read its own input wrongly");
    times.push(cpuMs() - started);
  }
  return times;
}

/** The last reference timed before a run, and when (this thread's CPU time, `cpuMs`). */
let last: { ms: number; at: number } | undefined;

/**
 * The reference before a run: the least CPU time of three runs of the job (the first also warms it
 * up), timed again once this thread has used a second of CPU time since (a loop of guards does not pay
 * for it each time). A second by the clock re-timed it before nearly every guard on a loaded machine,
 * where a guard's second passes in a fraction of its CPU: three jobs of ~55 ms each, half the test
 * CPU of the fuzz files (stop 72). A figure gone stale too low is caught, as a run over budget is
 * checked again against fresh runs (`check`); one too high widens a budget by the machine's drift, far
 * less than the 10 to 1,000 times a defect takes. The first time, the engine's built-in catalog is loaded too: it is loaded once per
 * process, on first use, at about 180 ms of CPU (7 to 9 reference jobs), and whichever guarded scan
 * or detector run came first in a test worker counted it, so a budget depended on which test files
 * that worker had run before.
 */
function referenceBefore(): number {
  if (last === undefined) builtinCatalog();
  if (last === undefined || cpuMs() - last.at > 1000) last = { ms: Math.min(...referenceTimes(3)), at: cpuMs() };
  return last.ms;
}

/** Where the guard was called from (file:line), for the calibration log. */
function callSite(): string {
  const frames = (new Error().stack ?? "").split("\n").slice(1);
  const frame = frames.find((f) => !f.includes("work-budget.ts")) ?? "";
  return (/(test\/[^\s():]+:\d+)/.exec(frame)?.[1] ?? frame.trim());
}

function check(used: number, before: number, units: number, what: string | undefined, site: string, wall: number): void {
  // A run over budget is checked again against the reference's mean over five runs after it, the
  // larger kept: CPU time too varies a little with the machine's state (caches shared with other
  // processes). A stuck run is still far over.
  const log = process.env.WORK_BUDGET_LOG;
  const after = log || used > units * before ? referenceTimes(5).reduce((sum, t) => sum + t, 0) / 5 : 0;
  const reference = Math.max(before, after);
  if (log) appendFileSync(log, `${JSON.stringify({ site, what, units, cpu: +used.toFixed(1), wall: +wall.toFixed(1), before: +before.toFixed(2), ratio: +(used / reference).toFixed(2), ratioBefore: +(used / before).toFixed(2) })}\n`);
  const budget = units * reference;
  expect(
    used,
    `${what ? `${what}: ` : ""}took ${used.toFixed(0)} ms of CPU, ${(used / reference).toFixed(1)} times the reference job's ${reference.toFixed(1)} ms; the budget is ${units} times (${budget.toFixed(0)} ms)`,
  ).toBeLessThanOrEqual(budget);
}

/**
 * Runs `run` and fails when it used more CPU time than `units` times a fixed reference job of linear
 * work (parsing 0.8 MB of JSON, matching a line pattern over the 20,000 lines of its pretty-printed
 * form, filling a Map: about 20 ms of CPU on this project's 2-core machine), run in this process just
 * before: the least of three runs, timed again after a second of this thread's CPU. A run over budget is checked again
 * against the job's mean over five runs after it. It tells "finished" from "stuck" on hostile input,
 * on a quiet machine or a loaded one alike, since CPU time does not count the waits for a core; it is
 * not a speed test (the benchmark is). Work in other threads or processes (file reads on libuv's pool,
 * git, a spawned CLI) is not counted, nor a run that waits (on a FIFO, a lock): the test's timeout
 * limits those. Choose `units` at about 4 to 5 times the largest ratio measured for the fixed code
 * (set `WORK_BUDGET_LOG=<file>` to log each guard's ratio), and well below what the unfixed code took.
 * Returns what `run` returns, awaited when it is a promise (whatever else runs on this thread
 * meanwhile is counted too).
 */
export function expectFinishesWithin<T>(run: () => Promise<T>, units: number, what?: string): Promise<T>;
export function expectFinishesWithin<T>(run: () => T, units: number, what?: string): T;
export function expectFinishesWithin<T>(run: () => T | Promise<T>, units: number, what?: string): T | Promise<T> {
  const site = process.env.WORK_BUDGET_LOG ? callSite() : "";
  const before = referenceBefore();
  const started = cpuMs();
  const clock = performance.now();
  const value = run();
  if (value instanceof Promise) {
    return value.then((resolved) => {
      check(cpuMs() - started, before, units, what, site, performance.now() - clock);
      return resolved;
    });
  }
  check(cpuMs() - started, before, units, what, site, performance.now() - clock);
  return value;
}
