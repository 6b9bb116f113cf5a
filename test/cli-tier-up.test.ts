import { describe, expect, it, vi } from "vitest";
import { delayTierUp, INTERRUPT_BUDGET } from "../src/cli/tier-up.js";

// V8's flags are the process's: the setter is handed in, so no test worker's V8 is changed.
describe("the CLI's later tier-up (V8's interrupt budget)", () => {
  it("sets four times V8's default budget before the commands load", () => {
    const setFlags = vi.fn();
    delayTierUp(["--enable-source-maps"], setFlags);
    expect(setFlags).toHaveBeenCalledTimes(1);
    expect(setFlags).toHaveBeenCalledWith(`--interrupt-budget=${INTERRUPT_BUDGET}`);
    expect(INTERRUPT_BUDGET).toBe(270_336);
  });

  it("leaves a budget given to node on the command line as it is", () => {
    const setFlags = vi.fn();
    delayTierUp(["--interrupt-budget=1000"], setFlags);
    delayTierUp(["--interrupt_budget", "1000"], setFlags);
    expect(setFlags).not.toHaveBeenCalled();
  });
});
