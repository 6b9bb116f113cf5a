import { describe, expect, it } from "vitest";
import { Worker } from "node:worker_threads";
import { expectFinishesWithin, measuresThreadOnly } from "./work-budget.js";

// 7,000 dependency lines, each looked up by name: once in one pass, once searched from the top of
// the text per name (the quadratic form several readers had before their fixes). At 10,000 the
// search from the top took 12 times the budget of 2 (stop 72), so some 6 times at 7,000; the one
// pass 0.15 times.
const LINES = 7_000;
const text = Array.from({ length: LINES }, (_, i) => `  "pkg-${i}": "^1.0.${i}",`).join("\n");
const names = Array.from({ length: LINES }, (_, i) => `"pkg-${i}"`);
const expected = names.map((_, i) => i + 1);

function onePass(): number[] {
  const lines = new Map<string, number>();
  text.split("\n").forEach((line, i) => lines.set(line.trim().slice(0, line.trim().indexOf(":")), i + 1));
  return names.map((name) => lines.get(name)!);
}

function fromTheTop(): number[] {
  return names.map((name) => {
    const at = text.indexOf(name);
    let line = 1;
    for (let i = text.indexOf("\n"); i !== -1 && i < at; i = text.indexOf("\n", i + 1)) line++;
    return line;
  });
}

describe("expectFinishesWithin", () => {
  it("passes a run within its budget and returns its value, awaited when it is a promise", async () => {
    expect(expectFinishesWithin(onePass, 2)).toEqual(expected);
    expect(await expectFinishesWithin(async () => onePass(), 2)).toEqual(expected);
  });

  it("fails a quadratic run of the same work, giving both figures", async () => {
    expect(() => expectFinishesWithin(fromTheTop, 2, "from the top")).toThrow(/^from the top: took \d+ ms of CPU, [\d.]+ times the reference job's [\d.]+ ms; the budget is 2 times \(\d+ ms\)/);
    await expect(expectFinishesWithin(async () => fromTheTop(), 2)).rejects.toThrow(/times the reference job's/);
  });

  // A process that other processes keep from a core waits, and the clock runs on: a run that waits
  // 400 ms (some 15 reference jobs on the clock) stands for one slowed that much by load, and is
  // within a budget of 2, since the wait uses no CPU.
  it("does not count time the run spent waiting, not running", async () => {
    const cell = new Int32Array(new SharedArrayBuffer(4));
    expect(expectFinishesWithin(() => (Atomics.wait(cell, 0, 0, 400), onePass()), 2)).toEqual(expected);
    expect(await expectFinishesWithin(() => new Promise<number[]>((done) => setTimeout(() => done(onePass()), 400)), 2)).toEqual(expected);
  });

  // The garbage collector's and the compiler's helper threads work for a run too, more or less with
  // the machine's cores and load; where Linux gives the thread's own CPU time, only it is counted. A
  // thread kept busy for 400 ms while the run waits for it stands for them.
  it.runIf(measuresThreadOnly)("counts the CPU time of the run's thread, not of the process's other threads", async () => {
    const busy = () => new Promise<number>((done, fail) => new Worker("const end = Date.now() + 400; while (Date.now() < end);", { eval: true }).on("exit", done).on("error", fail));
    expect(await expectFinishesWithin(busy, 2)).toBe(0);
  });
});
