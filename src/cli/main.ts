#!/usr/bin/env node
import { commands } from "./commands/index.js";
import { CliError, VERSION } from "./shared.js";

const USAGE = `techstack ${VERSION}: what a repository is built with

Usage: techstack <command> [options]

Commands:
${Object.entries(commands)
  .map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`)
  .join("\n")}

Run 'techstack <command> --help' for a command's options.
Options: --version, --help`;

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(USAGE + "\n");
    return name ? 0 : 2;
  }
  if (name === "--version" || name === "-v") {
    process.stdout.write(VERSION + "\n");
    return 0;
  }
  const command = commands[name];
  if (!command) throw new CliError(`unknown command '${name}'\n\n${USAGE}`);
  return command.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`techstack: ${message}\n`);
    process.exitCode = error instanceof CliError ? error.exitCode : 1;
  },
);
