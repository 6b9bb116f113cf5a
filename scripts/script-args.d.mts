// Types of scripts/script-args.mjs, for the tests.
import type { ParseArgsConfig } from "node:util";

/** The script's flags and arguments as util.parseArgs reads them; --help prints `usage` and exits 0, a usage error exits 2. */
export function scriptArgs(
  usage: string,
  options?: NonNullable<ParseArgsConfig["options"]>,
  settings?: { positionals?: boolean },
): { values: Record<string, string | boolean | undefined>; positionals: string[] };
