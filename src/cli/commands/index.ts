import type { Command } from "../shared.js";
import { detectCommand } from "./detect.js";

/** Every subcommand by name. */
export const commands: Record<string, Command> = {
  detect: detectCommand,
};
