import { readFileSync } from "node:fs";
import { textByBom } from "../../scan/decode.js";
import { parseData } from "../../document/parse.js";
import { validate } from "../../document/validate.js";
import { CliError, parseOptions, type Command, plural } from "../shared.js";
import { help } from "./detect.js";
import { unreadableStackDocument } from "../stack-file.js";

const HELP = `Usage: techstack validate FILE

Checks a techstack.yml (or its JSON form) against the stack document schema. Exits 1 and lists
each problem with its path when it does not conform.

Example:
  techstack validate techstack.yml`;

export const validateCommand: Command = {
  async run(args) {
    const { values, positionals } = parseOptions(args, {}, HELP);
    if (values.help) return help(HELP);
    if (positionals.length !== 1) throw new CliError(`validate takes one file\n\n${HELP}`);
    let doc;
    try {
      // As written: a file without its `tools` list is not made valid by the empty list parse() adds.
      doc = parseData(textByBom(readFileSync(positionals[0]!)));
    } catch (error) {
      process.stdout.write(`${unreadableStackDocument(positionals[0]!, error)}\n`);
      return 1;
    }
    const errors = validate(doc);
    for (const e of errors) process.stdout.write(`${positionals[0]}: ${e.path}: ${e.message}\n`);
    if (errors.length === 0) process.stdout.write(`${positionals[0]}: valid (${plural(Array.isArray(doc.tools) ? doc.tools.length : 0, "tool")})\n`);
    return errors.length ? 1 : 0;
  },
};
