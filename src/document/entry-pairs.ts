import type { ToolEntry } from "../types.js";

/** What makes two entries one tool or package across documents: a package's page, else a tool's name, case aside. */
export function entryKey(t: ToolEntry): string {
  return t.package_url ? `p:${t.package_url.toLowerCase()}` : `t:${t.name.toLowerCase()}`;
}

/** The entries of two documents matched one with one: each of `after`'s with the `before` entry it is compared with (none where none is left), and the `before` entries none took. */
export interface EntryPairs {
  pairs: Array<{ before?: ToolEntry; after: ToolEntry }>;
  unmatched: ToolEntry[];
}

/**
 * Each entry of `after` matched with one of `before` of the same entryKey, each used once: one of
 * the same version first (a merged file's `React 18.2.0` and `React 18.3.1`, the scan's 18.3.1
 * goes with its own release), else the first one left, in file order. A file naming a tool twice
 * (edited by hand, or merged from two branches) so has both entries compared, where a map by name
 * kept the last and lost the other. In `after`'s order; `unmatched` in `before`'s.
 */
export function pairEntries(before: readonly ToolEntry[], after: readonly ToolEntry[]): EntryPairs {
  const byKey = new Map<string, number[]>();
  before.forEach((entry, i) => {
    const key = entryKey(entry);
    const list = byKey.get(key);
    if (list) list.push(i);
    else byKey.set(key, [i]);
  });
  const taken = new Set<number>();
  const matched: Array<number | undefined> = after.map((entry) => {
    const found = byKey.get(entryKey(entry))?.find((i) => !taken.has(i) && versionOf(before[i]!) === versionOf(entry));
    if (found !== undefined) taken.add(found);
    return found;
  });
  after.forEach((entry, n) => {
    if (matched[n] !== undefined) return;
    const found = byKey.get(entryKey(entry))?.find((i) => !taken.has(i));
    if (found !== undefined) taken.add(found);
    matched[n] = found;
  });
  return {
    pairs: after.map((entry, n) => (matched[n] === undefined ? { after: entry } : { before: before[matched[n]!]!, after: entry })),
    unmatched: before.filter((_, i) => !taken.has(i)),
  };
}

/** An entry's version as diff compares it: none (absent, null) is "". */
function versionOf(entry: ToolEntry): string {
  return String(entry.version ?? "");
}
