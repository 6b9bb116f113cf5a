#!/usr/bin/env node
import { closest, CliError, VERSION } from "./shared.js";
import { messageOf } from "../kit/text.js";
import { delayTierUp } from "./tier-up.js";

/** Help and version answer before any command (and its dependencies) is loaded. */
async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === "--version" || name === "-v") {
    process.stdout.write(VERSION + "\n");
    return 0;
  }
  delayTierUp();
  const { commands } = await import("./commands/index.js");
  const usage = (await import("./usage.js")).usage(commands);
  // `techstack help write` is `techstack write --help`, as is `techstack --help write` (git's `--help commit`).
  if ((name === "help" || name === "--help" || name === "-h") && rest[0]) {
    const command = commands[rest[0]];
    if (!command) throw new CliError(`unknown command '${rest[0]}'\n\n${usage}`);
    return (await command.load()).run(["--help"]);
  }
  if (name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(usage + "\n");
    return 0;
  }
  // No command is a usage error: the usage goes to stderr, as for an unknown command.
  if (!name) throw new CliError(`no command given\n\n${usage}`);
  const command = commands[name];
  if (!command) {
    const meant = closest(name, Object.keys(commands));
    throw new CliError(`unknown command '${name}'${meant ? ` (did you mean ${meant}?)` : ""}\n\n${usage}`);
  }
  return (await command.load()).run(rest);
}

// A reader that stops early (`techstack detect | head`) is not a failure: end quietly, no stack trace.
// Output that cannot be written (a full disk, `> /dev/full`) is: one line saying so, exit 1.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(typeof process.exitCode === "number" ? process.exitCode : 0);
  process.stderr.write(`techstack: cannot write the output: ${error.code ?? error.message}\n`);
  process.exit(1);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // process.cwd() fails where the folder the shell stands in is gone (a checkout removed it), in
    // libuv's words, whichever command or path resolution asked first.
    const message = /\buv_cwd\b/.test(messageOf(error))
      ? "the current folder no longer exists (deleted, or removed by a checkout): cd into the repository again"
      : messageOf(error);
    process.stderr.write(`techstack: ${message}\n`);
    process.exitCode = error instanceof CliError ? error.exitCode : 1;
  },
);
