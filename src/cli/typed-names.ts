import { readFileSync } from "node:fs";
import { CliError } from "./shared.js";

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
  return out;
}

/** A typed list's names: apart at each comma not opening a version clause (`,<5`), trimmed; an argument of nothing but commas and spaces stays as given. */
function splitList(text: string): string[] {
  if (!text.includes(",")) return [text];
  const names = text.split(/,(?!\s*[<>=!~])/).map((name) => name.trim()).filter(Boolean);
  return names.length ? names : [text];
}
