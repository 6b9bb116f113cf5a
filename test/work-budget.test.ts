import { describe, expect, it } from "vitest";
import { expectFinishesWithin } from "./work-budget.js";

describe("expectFinishesWithin", () => {
  it("passes a run within its budget and returns its value, awaited when it is a promise", async () => {
    expect(expectFinishesWithin(() => "done", 1)).toBe("done");
    expect(await expectFinishesWithin(async () => "done", 1)).toBe("done");
  });

  it("fails a run over its budget, giving both figures", async () => {
    // A guard inside a guard runs the reference job three times more: over half a unit, however loaded.
    const over = () => expectFinishesWithin(() => expectFinishesWithin(() => 0, 1000), 0.5, "nested");
    expect(over).toThrow(/^nested: took \d+ ms, [\d.]+ times the reference job's [\d.]+ ms; the budget is 0.5 times \(\d+ ms\)/);
    await expect(expectFinishesWithin(async () => expectFinishesWithin(() => 0, 1000), 0.5)).rejects.toThrow(/times the reference job's/);
  });
});
