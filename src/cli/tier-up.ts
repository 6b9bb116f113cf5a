import { setFlagsFromString } from "node:v8";

/**
 * V8's interrupt budget (bytecode run before a function is weighed for optimization), four times
 * its default of 66 KB. A scan is one short pass over many small steps: at the default, V8's
 * optimizing compiler (run on a second thread, so CPU the process pays) compiled about 145
 * functions of a 100,000-file tree's scan, a quarter of the process's instructions, many of them
 * to run a few more times. A later tier-up leaves the briefly warm ones to the baseline compiler;
 * loops that run long (a lockfile's parse) are still optimized. The output does not change.
 * Set before the commands' code is loaded: a function takes the budget in force when it is made.
 * A budget given on node's command line (`node --interrupt-budget=N`) is left as it is (Node.js
 * refuses the flag in NODE_OPTIONS). The setter is a parameter for the tests, whose V8 is not to change.
 */
export const INTERRUPT_BUDGET = 4 * 67_584;

export function delayTierUp(execArgv: readonly string[] = process.execArgv, setFlags: (flags: string) => void = setFlagsFromString): void {
  if (execArgv.some((arg) => arg.startsWith("--interrupt-budget") || arg.startsWith("--interrupt_budget"))) return;
  setFlags(`--interrupt-budget=${INTERRUPT_BUDGET}`);
}
