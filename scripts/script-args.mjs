// How the scripts a user or the lead runs (scripts/, scripts/catalog/, bench/) read their arguments:
// Node's util.parseArgs, with --help (-h) printing the script's usage. A flag the script does not
// take, a flag's missing value or a stray argument is a usage error: the message, then the usage,
// on stderr, exit 2 (a mistyped `--min-owner 2` was read as a set's file name, or not at all).
import { parseArgs } from "node:util";

/**
 * The script's `values` and `positionals` (`positionals`: whether it takes any) as parseArgs reads
 * `options` from the command line; `--help` prints `usage` and exits 0.
 */
export function scriptArgs(usage, options = {}, { positionals = false } = {}) {
  let parsed;
  try {
    parsed = parseArgs({ options: { ...options, help: { type: "boolean", short: "h" } }, allowPositionals: positionals, strict: true });
  } catch (error) {
    process.stderr.write(`${error.message}\n\n${usage.trim()}\n`);
    process.exit(2);
  }
  if (parsed.values.help) {
    process.stdout.write(`${usage.trim()}\n`);
    process.exit(0);
  }
  return { values: parsed.values, positionals: parsed.positionals };
}
