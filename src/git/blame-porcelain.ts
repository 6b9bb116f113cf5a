// `git blame --porcelain`'s answer read: for each blamed line, the commit that last changed it.
import type { FileChange } from "../document/build.js";
import { textLines } from "../kit.js";
import { siteDate } from "./site-dates.js";

export interface BlamedLine extends FileChange {
  /** The line's text in the blamed revision, to compare with the working copy. */
  text: string;
  /** The commit that last changed the line, the line's number and the file's path in that commit. */
  commit: string;
  orig: number;
  path: string;
  /** The commit before it that held the file, and the file's path there (none for a root or boundary commit). */
  previous?: { commit: string; path: string };
}

const ZERO = /^0{40}$|^0{64}$/;

/** `git blame --porcelain` output: a header per line (`sha orig final [count]`), commit fields once per commit, then the line after a tab. */
export function parsePorcelain(out: string): Map<number, BlamedLine> {
  const result = new Map<number, BlamedLine>();
  const commits = new Map<string, { by: string; at: number; path: string; previous?: { commit: string; path: string } }>();
  let sha = "";
  let line = 0;
  let orig = 0;
  for (const row of out.split("\n")) {
    if (row.startsWith("\t")) {
      const info = commits.get(sha);
      // The text as textLines splits the working copy: a CRLF's CR dropped, a lone CR or a Unicode line separator a space.
      if (info && line > 0 && !ZERO.test(sha)) {
        const text = textLines(row.slice(1).replace(/\r$/, ""))[0]!;
        result.set(line, { by: info.by, on: siteDate(info.at), text, commit: sha, orig, path: info.path, ...(info.previous ? { previous: info.previous } : {}) });
      }
      continue;
    }
    const header = /^([0-9a-f]{40}|[0-9a-f]{64}) (\d+) (\d+)/.exec(row);
    if (header) {
      sha = header[1]!;
      orig = Number(header[2]);
      line = Number(header[3]);
      if (!commits.has(sha)) commits.set(sha, { by: "", at: NaN, path: "" });
      continue;
    }
    const info = commits.get(sha);
    if (!info) continue;
    if (row.startsWith("author ")) info.by = row.slice(7);
    else if (row.startsWith("author-time ")) info.at = Number(row.slice(12));
    else if (row.startsWith("filename ")) info.path = row.slice(9);
    else if (row.startsWith("previous ")) {
      const m = /^previous ([0-9a-f]{40}|[0-9a-f]{64}) (.+)$/.exec(row);
      if (m) info.previous = { commit: m[1]!, path: m[2]! };
    }
  }
  return result;
}
