import { existsSync, statSync } from "node:fs";
import { notADirectory } from "../io/not-a-directory.js";
import { parseArgs, type ParseArgsConfig } from "node:util";
import type { ScanWarning } from "../types.js";
import { editDistance } from "../edit-distance.js";
import { messageOf } from "../kit/text.js";
import { printable } from "../kit/printable.js";

declare const __TECHSTACK_VERSION__: string | undefined;
/** Set by the bundler from package.json. */
export const VERSION: string = typeof __TECHSTACK_VERSION__ === "string" ? __TECHSTACK_VERSION__ : "0.0.0-dev";

/** A usage or input error: printed without a stack, exit code 2 by default. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}

export interface Command {
  run(args: string[]): Promise<number>;
}

/** parseArgs with errors turned into usage errors. */
export function parseOptions<T extends NonNullable<ParseArgsConfig["options"]>>(args: string[], options: T, help: string) {
  let parsed;
  try {
    parsed = parseArgs({ args, options: { ...options, help: { type: "boolean", short: "h" } }, allowPositionals: true, strict: true });
  } catch (error) {
    // Node's words for a mistyped option are a paragraph about '--' and positionals: say what was
    // not understood, and what was probably meant.
    const unknown = /^Unknown option '([^']+)'/.exec(error instanceof Error ? error.message : "")?.[1];
    if (unknown) {
      const meant = closest(unknown.replace(/=.*$/, ""), [...Object.keys(options), "help"].map((o) => `--${o}`));
      throw new CliError(`unknown option '${unknown}'${meant ? ` (did you mean ${meant}?)` : ""}${usageOf(help)}`);
    }
    throw new CliError(`${optionValueInWords(messageOf(error))}${usageOf(help)}`);
  }
  // `techstack detect "$DIR"` with DIR unset: read as no folder, it would scan the current one.
  if (parsed.positionals.includes("")) throw new CliError("an empty argument (an unset variable?): give a folder, file or name");
  return parsed;
}

/**
 * What follows a usage error's line: the command's usage (its lines up to the first blank one: diff
 * and submit have two forms) and where its whole help is (its forty lines after the error hid the
 * one that said what was wrong).
 */
export function usageOf(help: string): string {
  const usage = help.split(/\n[ \t]*\n/)[0]!;
  const command = /^Usage: (techstack \S+)/.exec(usage)?.[1];
  return `\n\n${usage}${command ? `\n(${command} --help gives the options and examples)` : ""}`;
}

/**
 * Node's words for an option's value, in one line that says what to do: `Option '--format <value>'
 * argument missing` is "--format needs a value", and its three lines for `--exclude --no-git` (the
 * next argument an option) say to write `--exclude=VALUE` for a value opening with a dash.
 */
function optionValueInWords(message: string): string {
  const option = /^Option '(?:-\w, )?(--?[^' ]+)(?: <value>)?'/.exec(message)?.[1];
  if (!option) return message;
  if (/' argument missing/.test(message)) return `${option} needs a value`;
  if (/' argument is ambiguous/.test(message)) return `${option} needs a value, and the next argument is an option (a value that opens with a dash is written ${option}=VALUE)`;
  if (/' does not take an argument/.test(message)) return `${option} takes no value: give ${option} alone`;
  return message;
}

/** The candidate a mistyped word most likely meant: within two edits, or the only one it begins. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance <= 2 && (!best || distance < best.distance)) best = { candidate, distance };
  }
  if (best) return best.candidate;
  const starts = candidates.filter((c) => word.length >= 3 && c.startsWith(word));
  return starts.length === 1 ? starts[0] : undefined;
}

export function printWarnings(warnings: readonly ScanWarning[]): void {
  for (const w of warnings) stderrLine(`warning: ${w.file}${w.line === undefined ? "" : `:${w.line}`}: ${w.message}`);
}

/**
 * A line on stderr that does not run into the progress line: where that is on screen, it is wiped
 * first and drawn again below, so a warning written mid-scan stands on its own line. The line is
 * made printable: a warning names the repository's files and quotes their words, and a control
 * character there (a newline in a folder name, a terminal escape in a malformed package.json)
 * stays visible text on its one line, never a second line (`::error::`, a workflow command in a
 * GitHub Actions log) or a command to the terminal.
 */
export function stderrLine(text: string): void {
  const line = printable(text);
  process.stderr.write(progressText === undefined ? `${line}\n` : `\r\x1b[K${line}\n${progressText}`);
}

/** Colour only on a terminal, never with NO_COLOR. */
export function color(code: number, text: string, stream: NodeJS.WriteStream = process.stdout): string {
  return stream.isTTY && !process.env.NO_COLOR ? `\x1b[${code}m${text}\x1b[0m` : text;
}

/** Whether a progress line is up: one inside it (check's scan) would be written after it on the same line. */
let progressShown = false;
/** The progress line's text while it is on screen (after its 400 ms), else undefined. */
let progressText: string | undefined;

/**
 * A progress line on stderr for long scans, on a terminal only; returns the function that clears it.
 * One asked for while another is up (the scan inside `check`) leaves the first in place.
 */
export function progress(message: string): () => void {
  if (!process.stderr.isTTY || process.env.CI || progressShown) return () => {};
  progressShown = true;
  const timer = setTimeout(() => {
    progressText = fitted(`${message}...`, process.stderr.columns);
    process.stderr.write(progressText);
  }, 400);
  return () => {
    clearTimeout(timer);
    progressShown = false;
    progressText = undefined;
    process.stderr.write("\r\x1b[K");
  };
}

/**
 * A line cut to fit a terminal `columns` wide, one column spare: `\r\x1b[K` wipes only the row the
 * cursor is on, so a progress line that wrapped (a long path on a narrow terminal) left its first
 * row on screen. Its first word is kept and the middle left out (`scanning …acme/api...`), the
 * end of a path being what tells folders apart.
 */
export function fitted(line: string, columns: number | undefined): string {
  const room = (columns ?? 0) - 1;
  if (room <= 0 || line.length <= room) return line;
  const head = line.slice(0, line.indexOf(" ") + 1);
  const tail = room - head.length - 1;
  return tail > 0 ? `${head}…${line.slice(line.length - tail)}` : line.slice(0, room);
}

/** A flag's value as a whole number of at least 1, or a usage error naming the flag. */
export function wholeNumber(flag: string, value: string): number {
  const n = Number(value);
  if (!/^\s*\d+\s*$/.test(value) || !Number.isSafeInteger(n) || n < 1) throw new CliError(`${flag} takes a whole number above 0, not '${value}'`);
  return n;
}

/** "1 tool", "2 tools": a count and its noun, plural with an s. */
export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

/**
 * A file a command could not read, in words a user acts on: the system's codes for a missing file
 * ("no such file") and for a folder ("a folder" and `folderAdvice`, what to give instead) said;
 * undefined for any other error, which the caller words.
 */
export function unreadableFileInWords(error: unknown, folderAdvice: string): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT") return "no such file";
  if (code === "EISDIR") return `a folder${folderAdvice}`;
  return undefined;
}

/** Whether the path is a folder (or a link to one); false where it is missing or unreadable. */
export function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** A folder argument (check's DIR, diff's, resolve's --dir) that must be one: else a usage failure (exit 1) saying which it is. */
export function requireFolder(dir: string): void {
  if (isDirectory(dir)) return;
  throw new CliError(existsSync(dir) ? notADirectory(dir) : `no such directory: ${dir}`, 1);
}
