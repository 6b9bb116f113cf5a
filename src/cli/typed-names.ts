import { readFileSync } from "node:fs";
import { CliError } from "./shared.js";
import { MAX_NAME_CHARACTERS } from "../catalog/resolve.js";
import { printable } from "../kit/printable.js";

/**
 * The names a user gave `submit --manual` or `resolve`: each argument, one holding commas split at
 * them ("redis, postgres 15, vue", as a list is pasted; not a pip range's comma, `Django>=4.2,<5`),
 * and `-` read as the names standard input holds, one a line (`< tools.txt`), with blank lines and
 * `#` comments left out (a `#` that opens a line or follows a space: "C#" is a name).
 */
export function typedNames(args: readonly string[], readInput: () => string = () => readFileSync(0, "utf8")): string[] {
  const out: string[] = [];
  let input: string[] | undefined;
  for (const arg of args) {
    if (arg !== "-") {
      out.push(...splitList(arg));
      continue;
    }
    if (input) continue; // standard input is read once
    input = readInput()
      .replace(/^\uFEFF/, "")
      .split(/\r?\n|\r/)
      .map((line) => line.replace(/(^|\s)#.*$/, "").trim())
      .filter(Boolean)
      .flatMap(splitList);
    if (input.length === 0) throw new CliError("standard input (-) holds no tool names: give one a line");
    out.push(...input);
  }
  for (const name of out) if (name.trim().length > MAX_NAME_CHARACTERS) throw overlong(name.trim());
  return out;
}

/** The usage error for a name no tool's can be (resolve() reads none so long): its length, how it opens, and how names are given. */
function overlong(name: string): CliError {
  const opening = printable(name.slice(0, 35).trim());
  return new CliError(`a name of ${name.length.toLocaleString("en-US")} characters (${opening}…) is no tool's name: names are at most ${MAX_NAME_CHARACTERS.toLocaleString("en-US")} characters; give one a line (- reads standard input) or apart by commas`);
}

/** A typed list's names: apart at each comma not opening a version clause (`,<5`), trimmed; an argument of nothing but commas and spaces stays as given. */
function splitList(text: string): string[] {
  if (!text.includes(",")) return [text];
  const names = text.split(/,(?!\s*[<>=!~])/).map((name) => name.trim()).filter(Boolean);
  return names.length ? names : [text];
}
