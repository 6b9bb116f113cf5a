#!/usr/bin/env node
import { runMain } from "./run-main.js";
import { delayTierUp } from "./tier-up.js";
import { whyUnwritable } from "../io/why-unwritable.js";
import { endBySignal } from "./interrupt.js";

// The process's part of the command line; what it routes and says is src/cli/run-main.ts.

// A reader that stops early (`techstack detect | head`) is not a failure: end quietly, no stack trace.
// Output that cannot be written (a full disk, `> /dev/full`) is: one line saying so, exit 1.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(typeof process.exitCode === "number" ? process.exitCode : 0);
  process.stderr.write(`techstack: cannot write the output: ${whyUnwritable(error)}\n`);
  process.exit(1);
});

// V8's flags are the process's: set before a command's code loads, never for `--version`.
// A command stopped by SIGINT or SIGTERM has cleaned up: the process ends by that signal.
void runMain(process.argv.slice(2), () => delayTierUp()).then((code) => {
  process.exitCode = code;
  endBySignal();
});
