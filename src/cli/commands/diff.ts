import { existsSync, readFileSync, statSync } from "node:fs";
import { scan } from "../../detect.js";
import { diff, formatDiff } from "../../document/diff.js";
import { parse } from "../../document/validate.js";
import type { StackDocument } from "../../types.js";
import { CliError, parseOptions, type Command } from "../shared.js";
import { help } from "./detect.js";

const HELP = `Usage: techstack diff A B [options]

Compares two stacks. A and B are each a techstack.yml (or .json) file, a directory to scan, or,
with --repo DIR, two git revisions of that repository.

Options:
  --repo DIR                  A and B are revisions of this repository
  --format text|markdown|json output (default text; markdown suits a pull-request comment)

Examples:
  techstack diff old/techstack.yml techstack.yml
  techstack diff --repo . origin/main HEAD --format markdown`;

export const diffCommand: Command = {
  summary: "compare two stacks (files, directories or revisions)",
  async run(args) {
    const { values, positionals } = parseOptions(args, { repo: { type: "string" }, format: { type: "string", default: "text" } }, HELP);
    if (values.help) return help(HELP);
    if (positionals.length !== 2) throw new CliError(`diff takes two stacks, got ${positionals.length}\n\n${HELP}`);
    const format = values.format as string;
    if (!["text", "markdown", "json"].includes(format)) throw new CliError(`--format must be text, markdown or json, not '${format}'`);
    const [a, b] = await Promise.all(positionals.map((p) => load(p, values.repo as string | undefined)));
    const changes = diff(a!, b!);
    process.stdout.write(format === "json" ? JSON.stringify(changes, null, 2) + "\n" : formatDiff(changes, format as "text" | "markdown"));
    return 0;
  },
};

async function load(target: string, repo: string | undefined): Promise<StackDocument> {
  const options = { git: false, timestamp: "1970-01-01T00:00:00+00:00" };
  if (repo) return (await scan(repo, { ...options, rev: target })).document;
  if (!existsSync(target)) throw new CliError(`no such file or directory: ${target}`);
  if (statSync(target).isDirectory()) return (await scan(target, options)).document;
  return parse(readFileSync(target, "utf8"));
}
