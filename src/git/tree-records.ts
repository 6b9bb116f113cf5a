/**
 * One record of `git ls-tree -l -z`: `<mode> SP <type> SP <object> SP+ <size> TAB <path>`. `size` is
 * undefined where git writes "-" (a tree, a submodule's commit, or a blob it cannot read: a corrupt or
 * missing object, which reading then explains); `link` says the blob is a symbolic link (mode 120000),
 * which nothing reading a revision follows, as a scan of a folder does not.
 */
export interface TreeRecord {
  type: string;
  object: string;
  size: number | undefined;
  link: boolean;
  path: string;
}

/** The records of `git ls-tree -l -z` output (with or without -r), in git's order. */
export function treeRecords(listing: string): TreeRecord[] {
  const records: TreeRecord[] = [];
  for (const record of listing.split("\0")) {
    const tab = record.indexOf("\t");
    if (tab < 0) continue;
    const [mode, type, object, size] = record.slice(0, tab).split(/ +/);
    records.push({ type: type!, object: object!, size: /^\d+$/.test(size ?? "") ? Number(size) : undefined, link: mode === "120000", path: record.slice(tab + 1) });
  }
  return records;
}
