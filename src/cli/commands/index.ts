import type { Command } from "../shared.js";
import { detectCommand } from "./detect.js";
import { writeCommand } from "./write.js";
import { checkCommand } from "./check.js";
import { diffCommand } from "./diff.js";
import { resolveCommand } from "./resolve.js";
import { validateCommand } from "./validate.js";
import { submitCommand } from "./submit.js";
import { batchCommand } from "./batch.js";

/** Every subcommand by name. */
export const commands: Record<string, Command> = {
  detect: detectCommand,
  write: writeCommand,
  check: checkCommand,
  diff: diffCommand,
  resolve: resolveCommand,
  validate: validateCommand,
  submit: submitCommand,
  batch: batchCommand,
};
