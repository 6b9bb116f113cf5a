import { runGit } from "./run.js";

/** A configuration entry as git lists it: the key (section and name lower-cased) and its value, undefined for a key given no `=`. */
export type ConfigEntry = [key: string, value: string | undefined];

/**
 * Every entry whose key matches `keys` (a regular expression, as `git config --get-regexp` takes
 * it), in the order git reads them (the last of a key is the one that applies): several settings
 * read by one process. Values are as written (`~` not expanded); none where no key matches or the
 * configuration cannot be read.
 */
export async function configEntries(dir: string, keys: string): Promise<ConfigEntry[]> {
  // -z: KEY NEWLINE VALUE NUL, or KEY NUL without a value, so a value may hold a newline.
  const out = await runGit(dir, ["config", "-z", "--get-regexp", keys]).catch(() => "");
  return out
    .split("\0")
    .filter(Boolean)
    .map((record) => {
      const nl = record.indexOf("\n");
      return nl < 0 ? [record, undefined] : [record.slice(0, nl), record.slice(nl + 1)];
    });
}

/** The value that applies of `key` (lower-case, as listed): the last one listed; undefined where none is. */
export function lastValue(entries: readonly ConfigEntry[], key: string): string | undefined {
  return entries.findLast(([name]) => name === key)?.[1];
}
