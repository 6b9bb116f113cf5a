import { closest, CliError, VERSION } from "./shared.js";
import { messageOf } from "../kit/text.js";
import { printable, printableLines } from "../kit/printable.js";

/**
 * `techstack <argv>`: routes to a command, and says any error the way the bin does (`techstack: ...` on
 * stderr; a usage error's exit code, else 1). Returns the exit code and never throws. Output goes to
 * process.stdout and process.stderr, as the commands' own does. main.ts keeps what belongs to the
 * process (its streams' errors, its exit code, V8's flags), so the tests can call this in-process.
 * `beforeCommands` runs once a command, help included, is to be loaded (not for `--version`).
 */
export async function runMain(argv: readonly string[], beforeCommands: () => void = () => {}): Promise<number> {
  try {
    return await route(argv, beforeCommands);
  } catch (error) {
    // An error names files and quotes them, so it is printable: one line, but for a usage error's
    // own lines (the usage after it, or the names not read), each of them printable.
    const words = wordsFor(error);
    const usage = error instanceof CliError && error.exitCode === 2;
    process.stderr.write(`techstack: ${usage ? printableLines(words) : printable(words)}\n`);
    return error instanceof CliError ? error.exitCode : 1;
  }
}

/** Help and version answer before any command (and its dependencies) is loaded. */
async function route(argv: readonly string[], beforeCommands: () => void): Promise<number> {
  const [name, ...rest] = argv;
  if (name === "--version" || name === "-v") {
    process.stdout.write(VERSION + "\n");
    return 0;
  }
  beforeCommands();
  const { commands } = await import("./commands/index.js");
  const usage = (await import("./usage.js")).usage(commands);
  // `techstack help write` is `techstack write --help`, as is `techstack --help write` (git's `--help commit`).
  // `techstack help --help` asks help of help: the usage, as below.
  const askingHelp = (word: string | undefined) => word === "help" || word === "--help" || word === "-h";
  if (askingHelp(name) && rest[0] && !askingHelp(rest[0])) {
    const command = commands[rest[0]];
    if (!command) throw new CliError(`unknown command '${rest[0]}'\n\n${usage}`);
    return (await command.load()).run(["--help"]);
  }
  if (askingHelp(name)) {
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

/**
 * An error's message, except where process.cwd() failed because the folder the shell stands in is
 * gone (a checkout removed it): libuv's words then, whichever command or path resolution asked first.
 */
function wordsFor(error: unknown): string {
  return /\buv_cwd\b/.test(messageOf(error))
    ? "the current folder no longer exists (deleted, or removed by a checkout): cd into the repository again"
    : messageOf(error);
}
