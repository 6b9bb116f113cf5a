import { describe, expect, it, vi, beforeEach } from "vitest";

const setFlagsFromString = vi.fn();
vi.mock("node:v8", () => ({ setFlagsFromString }));
const { delayTierUp, INTERRUPT_BUDGET } = await import("../src/cli/tier-up.js");

describe("the CLI's later tier-up (V8's interrupt budget)", () => {
  beforeEach(() => setFlagsFromString.mockClear());

  it("sets four times V8's default budget before the commands load", () => {
    delayTierUp(["--enable-source-maps"]);
    expect(setFlagsFromString).toHaveBeenCalledTimes(1);
    expect(setFlagsFromString).toHaveBeenCalledWith(`--interrupt-budget=${INTERRUPT_BUDGET}`);
    expect(INTERRUPT_BUDGET).toBe(270_336);
  });

  it("leaves a budget given to node on the command line as it is", () => {
    delayTierUp(["--interrupt-budget=1000"]);
    delayTierUp(["--interrupt_budget", "1000"]);
    expect(setFlagsFromString).not.toHaveBeenCalled();
  });
});
