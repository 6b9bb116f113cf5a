import { lstatSync, realpathSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import type { StackDiff } from "../document/diff.js";
import { writeFileAtomic } from "../io/atomic-write.js";
import { cannotWrite } from "../io/why-unwritable.js";
import { CliError } from "./shared.js";

// check's `--changes FILE`: the changes write would make, as `techstack diff --format json`
// prints them, kept for a caller that needs them after the check (the GitHub Action's outputs)
// without a second scan of the folder. Never written over the files check compares.

/** The file --changes names, undefined without the flag; a usage error where it is empty or one of `committed`. */
export function changesFileAsked(file: string | undefined, committed: readonly string[]): string | undefined {
  if (file === undefined) return undefined;
  if (file === "") throw new CliError("--changes takes a file, not an empty value");
  const same = committed.find((path) => isSameFile(file, path));
  if (same) throw new CliError(`--changes must name another file than ${same}: check compares it, and never changes it`);
  return file;
}

/** The changes as `diff --format json` prints them, which `check --changes` writes too (the Action reads both). */
export function changesJson(changes: StackDiff): string {
  return JSON.stringify(changes, null, 2) + "\n";
}

/** The changes as JSON in `file`, replaced atomically; one that cannot be written is one line saying why (exit 1). */
export function writeChanges(file: string, changes: StackDiff): void {
  try {
    writeFileAtomic(file, changesJson(changes));
  } catch (error) {
    throw new CliError(`cannot write ${file}: ${cannotWrite(error, "give --changes a file in a folder you can write to")}`, 1);
  }
}

/**
 * Whether writing `a` would replace `b`: the same name in the same folder (its links resolved), or
 * the same entry where both are there (a case-insensitive file system's other spelling). A link
 * named `a` is replaced itself by the rename, never the file it points to.
 */
function isSameFile(a: string, b: string): boolean {
  if (placeOf(a) === placeOf(b)) return true;
  const [x, y] = [a, b].map(entryOf);
  return x !== undefined && y !== undefined && x.dev === y.dev && x.ino === y.ino;
}

function entryOf(path: string): { dev: number; ino: number } | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

/** A path with its folder's links resolved, where the folder is there. */
function placeOf(path: string): string {
  const folder = resolve(dirname(path));
  try {
    return resolve(realpathSync(folder), basename(path));
  } catch {
    return resolve(folder, basename(path));
  }
}
