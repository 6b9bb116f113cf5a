import { appendFileSync } from "node:fs";
import { expect } from "vitest";
import { cpuMs } from "./work-budget.js";

// A reader that does a file's work once per entry (a line searched from the top for each of its
// entries) grows with the square of the entries: four times the entries, sixteen times the work.
// Linear work grows four times. So a run at n entries and one at 4n tell the two apart in their
// ratio, at sizes where a single run's budget (test/work-budget.ts) could not: there the quadratic
// term must outweigh a budget of many reference jobs, which took 20,000 entries or more. Both runs
// are measured in CPU time of this thread (work-budget's cpuMs), so waiting for a core counts for
// neither; a run at n first warms the code up, untimed. WORK_BUDGET_LOG=<file> logs each round.

/** Rounds measured before a ratio over the limit fails: a garbage collection in the larger run can lift one round's ratio, never every round's. */
const ROUNDS = 3;

async function timed<T>(run: () => T | Promise<T>): Promise<{ value: T; ms: number }> {
  const started = cpuMs();
  const value = await run();
  return { value, ms: cpuMs() - started };
}

/**
 * Runs `run(n)` and `run(4 * n)` and fails when the larger took more than `limit` times the
 * smaller's CPU time in each of three rounds (one round passing is enough: the first, unless the
 * machine interfered). Linear work is at most about 4 times (5 with a larger heap's collections),
 * quadratic work near 16. Returns `run(4 * n)`'s value, for the test's own assertions.
 */
export async function expectLinearGrowth<T>(run: (n: number) => T | Promise<T>, n: number, what: string, limit = 8): Promise<T> {
  await run(n);
  const ratios: string[] = [];
  let large: { value: T; ms: number } | undefined;
  for (let round = 0; round < ROUNDS; round++) {
    const small = await timed(() => run(n));
    large = await timed(() => run(4 * n));
    const ratio = large.ms / Math.max(small.ms, 0.1);
    const log = process.env.WORK_BUDGET_LOG;
    if (log) appendFileSync(log, `${JSON.stringify({ growth: what, n, small: +small.ms.toFixed(1), large: +large.ms.toFixed(1), ratio: +ratio.toFixed(2) })}\n`);
    if (ratio <= limit) return large.value;
    ratios.push(`${small.ms.toFixed(1)} ms at ${n}, ${large.ms.toFixed(1)} ms at ${4 * n} (${ratio.toFixed(1)} times)`);
  }
  expect.fail(`${what}: four times the entries took more than ${limit} times the CPU in each of ${ROUNDS} rounds: ${ratios.join("; ")}`);
  return large!.value;
}
