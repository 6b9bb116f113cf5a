import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { diff, formatDiff, isEmptyDiff } from "../../document/diff.js";
import { parse } from "../../document/validate.js";
import { parseOptions, color, type Command } from "../shared.js";
import { SCAN_FLAGS, SCAN_HELP } from "../scan-flags.js";
import { detectWithManual } from "./write.js";
import { help } from "./detect.js";

const HELP = `Usage: techstack check [dir] [options]

Exits 1 with the differences when the committed techstack.yml no longer matches what a scan
finds (tools added or removed, versions changed), or when techstack.yml or techstack.md is
missing; exits 0 when they are fresh. Timestamps, report ids and commit facts are not compared.

Options:
${SCAN_HELP}

Examples:
  techstack check || techstack write`;

export const checkCommand: Command = {
  summary: "exit 1 when techstack.yml or techstack.md is stale",
  async run(args) {
    const { values, positionals } = parseOptions(args, SCAN_FLAGS, HELP);
    if (values.help) return help(HELP);
    const dir = positionals[0] ?? ".";
    const file = join(dir, "techstack.yml");
    if (!existsSync(file)) {
      process.stdout.write(`${file} is missing: run 'techstack write'\n`);
      return 1;
    }
    const committed = parse(readFileSync(file, "utf8"));
    const current = await detectWithManual(dir, dir, values);
    const changes = diff(committed, current);
    if (!isEmptyDiff(changes)) {
      process.stdout.write(`${color(31, "stale")}: ${file} differs from the repository:\n${formatDiff(changes)}Run 'techstack write' to refresh it.\n`);
      return 1;
    }
    if (!existsSync(join(dir, "techstack.md"))) {
      process.stdout.write(`${join(dir, "techstack.md")} is missing: run 'techstack write'\n`);
      return 1;
    }
    process.stdout.write(`${color(32, "fresh")}: ${file} matches the repository\n`);
    return 0;
  },
};
