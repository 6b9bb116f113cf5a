import { appendFileSync } from "node:fs";
import { expect } from "vitest";

// Hostile input (a repository someone else controls) must not hold a scan: a line looked up from the
// top of the file once per entry, or a pattern that backtracks, turned inputs of a few hundred KB into
// runs of seconds to hours. The tests of those fixes must tell "finished" from "stuck", and a limit in
// milliseconds cannot: on a busy machine a run that is fine takes 3 or 4 times its quiet time. So a
// budget here is counted in units of a fixed job of plain linear work, timed on the same machine just
// before the run: load slows both alike, while a run gone quadratic or backtracking is 10 to 10,000
// times over. Speed itself is shown by the benchmark (`npm run bench`), never by a test.

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

/** The reference job's times over `runs` runs, in ms. */
function referenceTimes(runs: number): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    if (referenceJob() !== 20_000) throw new Error("the reference job read its own input wrongly");
    times.push(performance.now() - started);
  }
  return times;
}

/** The last reference timed before a run, and when. */
let last: { ms: number; at: number } | undefined;

/**
 * The reference before a run: the fastest of three runs of the job (the first also warms it up),
 * timed again once the last such figure is a second old (a loop of guards does not pay for it each time).
 */
function referenceBefore(): number {
  const now = performance.now();
  if (last === undefined || now - last.at > 1000) last = { ms: Math.min(...referenceTimes(3)), at: performance.now() };
  return last.ms;
}

/** Where the guard was called from (file:line), for the calibration log. */
function callSite(): string {
  const frames = (new Error().stack ?? "").split("\n").slice(1);
  const frame = frames.find((f) => !f.includes("work-budget.ts")) ?? "";
  return (/(test\/[^\s():]+:\d+)/.exec(frame)?.[1] ?? frame.trim());
}

function check(elapsed: number, before: number, units: number, what: string | undefined, site: string): void {
  // A run over budget is checked again against the reference's mean over five runs after it, the
  // larger kept: the fastest of three can fall in a quiet moment of a loaded machine that the run, a
  // longer one, did not have. A stuck run is still far over.
  const log = process.env.WORK_BUDGET_LOG;
  const after = log || elapsed > units * before ? referenceTimes(5).reduce((sum, t) => sum + t, 0) / 5 : 0;
  const reference = Math.max(before, after);
  if (log) appendFileSync(log, `${JSON.stringify({ site, what, units, elapsed: +elapsed.toFixed(1), before: +before.toFixed(2), ratio: +(elapsed / reference).toFixed(2), ratioBefore: +(elapsed / before).toFixed(2) })}\n`);
  const budget = units * reference;
  expect(
    elapsed,
    `${what ? `${what}: ` : ""}took ${elapsed.toFixed(0)} ms, ${(elapsed / reference).toFixed(1)} times the reference job's ${reference.toFixed(1)} ms; the budget is ${units} times (${budget.toFixed(0)} ms)`,
  ).toBeLessThanOrEqual(budget);
}

/**
 * Runs `run` and fails when it took more than `units` times a fixed reference job of linear work
 * (parsing 0.8 MB of JSON, matching a line pattern over the 20,000 lines of its pretty-printed form,
 * filling a Map: about 25 ms on this project's 2-core machine with little else running), timed on the same
 * machine just before the run: the fastest of three runs, timed again once a second old. A run over
 * budget is checked again against the job's mean over five runs after it. It tells "finished" from
 * "stuck" on hostile input, on a quiet machine or a loaded one alike, since load slows the run and
 * the reference together; it is not a speed test (the benchmark is). Choose `units` at about 4 to 5
 * times the largest ratio measured for the fixed code (set `WORK_BUDGET_LOG=<file>` to log each
 * guard's ratio), and well below what the unfixed code took. Returns what `run` returns, awaited
 * when it is a promise.
 */
export function expectFinishesWithin<T>(run: () => Promise<T>, units: number, what?: string): Promise<T>;
export function expectFinishesWithin<T>(run: () => T, units: number, what?: string): T;
export function expectFinishesWithin<T>(run: () => T | Promise<T>, units: number, what?: string): T | Promise<T> {
  const site = process.env.WORK_BUDGET_LOG ? callSite() : "";
  const before = referenceBefore();
  const started = performance.now();
  const value = run();
  if (value instanceof Promise) {
    return value.then((resolved) => {
      check(performance.now() - started, before, units, what, site);
      return resolved;
    });
  }
  check(performance.now() - started, before, units, what, site);
  return value;
}
