import { scan } from "../../detect.js";
import { render, type Format } from "../../document/render.js";
import { CliError, parseOptions, printWarnings, progress, type Command } from "../shared.js";
import { SCAN_FLAGS, SCAN_HELP, scanOptions } from "../scan-flags.js";

const HELP = `Usage: techstack detect [dir] [options]

Scans a directory (default: the current one) and prints its stack document.

Options:
  --format yaml|json|markdown  output format (default yaml)
${SCAN_HELP}
  -h, --help            this help

Exit codes: 0 printed, 1 the scan failed (e.g. no such directory or revision), 2 usage error.

Examples:
  techstack detect .
  techstack detect . --workspace @acme/api
  techstack detect ../api --format json
  techstack detect repo.git --rev v2.1.0 --format markdown`;

const FORMATS = ["yaml", "json", "markdown"];

export const detectCommand: Command = {
  summary: "print the stack document of a directory",
  async run(args) {
    const { values, positionals } = parseOptions(args, { format: { type: "string", default: "yaml" }, ...SCAN_FLAGS }, HELP);
    if (values.help) return help(HELP);
    const format = values.format as string;
    if (!FORMATS.includes(format)) throw new CliError(`--format must be one of ${FORMATS.join(", ")}, not '${format}'`);
    if (positionals.length > 1) throw new CliError(`detect takes one directory, got ${positionals.length}\n\n${HELP}`);
    const dir = positionals[0] ?? ".";
    const done = progress(`scanning ${dir}`);
    let result;
    try {
      result = await scan(dir, scanOptions(dir, values));
    } catch (error) {
      if (error instanceof CliError) throw error;
      throw new CliError(error instanceof Error ? error.message : String(error), 1);
    } finally {
      done();
    }
    printWarnings(result.warnings);
    process.stdout.write(render(result.document, format as Format));
    return 0;
  },
};

export function help(text: string): number {
  process.stdout.write(text + "\n");
  return 0;
}
