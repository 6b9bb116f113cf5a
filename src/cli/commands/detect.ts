import { scan } from "../../detect.js";
import { render, type Format } from "../../document/render.js";
import { CliError, parseOptions, printWarnings, type Command } from "../shared.js";

const HELP = `Usage: techstack detect [dir] [options]

Scans a directory (default: the current one) and prints its stack document.

Options:
  --format yaml|json|markdown  output format (default yaml)
  --rev REV             scan this git revision of dir without checking it out
  --include GLOB        only scan matching paths (repeatable)
  --exclude GLOB        skip matching paths (repeatable)
  --no-packages         leave out package entries
  --no-git              do not read git for repository facts and history
  --timestamp ISO       a fixed timestamp, for reproducible output
  -h, --help            this help

Examples:
  techstack detect .
  techstack detect ../api --format json
  techstack detect repo.git --rev v2.1.0`;

const FORMATS = ["yaml", "json", "markdown"];

export const detectCommand: Command = {
  summary: "print the stack document of a directory",
  async run(args) {
    const { values, positionals } = parseOptions(
      args,
      {
        format: { type: "string", default: "yaml" },
        rev: { type: "string" },
        include: { type: "string", multiple: true },
        exclude: { type: "string", multiple: true },
        "no-packages": { type: "boolean" },
        "no-git": { type: "boolean" },
        timestamp: { type: "string" },
      },
      HELP,
    );
    if (values.help) {
      process.stdout.write(HELP + "\n");
      return 0;
    }
    const format = values.format as string;
    if (!FORMATS.includes(format)) throw new CliError(`--format must be one of ${FORMATS.join(", ")}, not '${format}'`);
    if (positionals.length > 1) throw new CliError(`detect takes one directory, got ${positionals.length}\n\n${HELP}`);
    const dir = positionals[0] ?? ".";
    let result;
    try {
      result = await scan(dir, {
        rev: values.rev,
        include: values.include,
        exclude: values.exclude,
        packages: !values["no-packages"],
        git: !values["no-git"],
        timestamp: values.timestamp,
      });
    } catch (error) {
      throw new CliError(error instanceof Error ? error.message : String(error), 1);
    }
    printWarnings(result.warnings);
    process.stdout.write(render(result.document, format as Format));
    return 0;
  },
};
