import { renderPieces, type Format } from "../../document/render.js";
import { printPieces } from "../print-pieces.js";
import { CliError, parseOptions, type Command, usageOf } from "../shared.js";
import { SCAN_FLAGS, SCAN_HELP, scanForCli } from "../scan-flags.js";

const HELP = `Usage: techstack detect [dir] [options]

Scans a directory (default: the current one) and prints its stack document.

Options:
  --format yaml|json|markdown  output format (default yaml)
${SCAN_HELP}
  -h, --help            this help

Exit codes: 0 printed, 1 the scan failed (e.g. no such directory or revision, or a folder that
cannot be listed), 2 usage error.

Examples:
  techstack detect .
  techstack detect . --workspace @acme/api
  techstack detect ../api --format json
  techstack detect repo.git --rev v2.1.0 --format markdown`;

const FORMATS = ["yaml", "json", "markdown"];

export const detectCommand: Command = {
  async run(args) {
    const { values, positionals } = parseOptions(args, { format: { type: "string", default: "yaml" }, ...SCAN_FLAGS }, HELP);
    if (values.help) return help(HELP);
    const format = values.format as string;
    if (!FORMATS.includes(format)) throw new CliError(`--format must be one of ${FORMATS.join(", ")}, not '${format}'`);
    if (positionals.length > 1) throw new CliError(`detect takes one directory, got ${positionals.length}${usageOf(HELP)}`);
    const dir = positionals[0] ?? ".";
    const result = await scanForCli(dir, values);
    // techstack.md is filed as the scan's catalog says, the repository's techstack.catalog.yml with it.
    // Printed a piece at a time: a document of many tools is never one text held whole.
    await printPieces(renderPieces(result.document, format as Format, { catalog: result.catalog }));
    return 0;
  },
};

export function help(text: string): number {
  process.stdout.write(text + "\n");
  return 0;
}
