import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { textByBom } from "../../scan/decode.js";
import { parseData } from "../../document/parse.js";
import { validate, type ValidationError } from "../../document/validate.js";
import { unknownCategories } from "../unknown-categories.js";
import { CliError, parseOptions, type Command, plural, stderrLine, unreadableFileInWords, usageOf } from "../shared.js";
import { help } from "./detect.js";
import { problemLine } from "../../kit/yaml-lines.js";
import { unreadableStackDocument } from "../stack-file.js";

const HELP = `Usage: techstack validate FILE

Checks a techstack.yml (or its JSON form) against the stack document schema. Exits 1 and lists
each problem with its line and path (techstack.yml:12: /tools/3/version: ...) when it does not
conform (a file with neither repo_name nor tools, package.json given by mistake, in one
line). A category or sub_category that is neither the site's nor one the techstack.catalog.yml
beside FILE declares (a misspelt Languges) is a warning on stderr, not a failure; a catalog file
or configuration that cannot be read is said once. FILE - reads standard input (and the current
folder's techstack.catalog.yml).

Options:
  -h, --help  this help

Exit codes: 0 valid (with or without warnings), 1 not valid, or no readable stack document, 2
usage error.

Examples:
  techstack validate techstack.yml
  techstack detect --format json | techstack validate -`;

export const validateCommand: Command = {
  async run(args) {
    const { values, positionals } = parseOptions(args, {}, HELP);
    if (values.help) return help(HELP);
    if (positionals.length !== 1) throw new CliError(`validate takes one file${usageOf(HELP)}`);
    // "-" is standard input (a pipe from detect), as for cat; its lines are said of "standard input".
    const stdin = positionals[0] === "-";
    const label = stdin ? "standard input" : positionals[0]!;
    let doc;
    let text: string;
    try {
      text = textByBom(readFileSync(stdin ? 0 : positionals[0]!));
      // Nothing at all (a file made with touch, a pipe whose detect failed): said so, as check says it.
      if (text.trim() === "") throw new Error("empty");
      // As written: a file without its `tools` list is not made valid by the empty list parse() adds.
      doc = parseData(text);
    } catch (error) {
      process.stdout.write(`${unreadableStackDocument(label, unreadableReason(label, error))}\n`);
      return 1;
    }
    // Another file given (package.json, a compose file): one line naming it, not a line for each of its keys.
    if (!("tools" in doc) && !("repo_name" in doc)) {
      process.stdout.write(`${label}: not a stack document: it has neither repo_name nor tools, which every techstack.yml holds (validate the techstack.yml that write made, or detect's --format json output)\n`);
      return 1;
    }
    const errors = validate(doc);
    const at = (e: ValidationError) => {
      const line = problemLine(text, e.path);
      return `${label}${line === undefined ? "" : `:${line}`}: ${e.path}: ${e.message}`;
    };
    for (const e of errors) process.stdout.write(`${at(e)}\n`);
    const categories = await unknownCategories(doc, stdin ? "." : dirname(positionals[0]!), stdin ? "in the current folder" : `beside ${label}`);
    for (const note of categories.notes) stderrLine(`warning: ${note}`);
    for (const w of categories.warnings) stderrLine(`warning: ${at(w)}`);
    if (errors.length === 0) process.stdout.write(`${label}: valid (${plural(Array.isArray(doc.tools) ? doc.tools.length : 0, "tool")})\n`);
    return errors.length ? 1 : 0;
  },
};

/**
 * Why the file could not be read, in words a user acts on: the system's `ENOENT: no such file or
 * directory, open ...` is "no such file", and a folder (`techstack validate .`, as check takes
 * one) names the techstack.yml in it to give instead, where there is one (a folder itself named
 * techstack.yml holds none). Other errors, a parse error's among them, as thrown.
 */
function unreadableReason(file: string, error: unknown): unknown {
  const inside = join(file, "techstack.yml");
  return unreadableFileInWords(error, existsSync(inside) ? `: validate its file, techstack validate ${inside}` : ", not a file, and no techstack.yml is in it") ?? error;
}
