import type { CommandEntry } from "./commands/index.js";
import { VERSION } from "./shared.js";

/** The top-level help: the commands, each with its one-line summary. */
export function usage(commands: Record<string, CommandEntry>): string {
  return `techstack ${VERSION}: what a repository is built with

Usage: techstack <command> [options]

Commands:
${Object.entries(commands)
  .map(([command, c]) => `  ${command.padEnd(10)} ${c.summary}`)
  .join("\n")}

Options:
  -h, --help      this help
  -v, --version   the version

Run 'techstack <command> --help' (or 'techstack help <command>') for a command's options.`;
}
