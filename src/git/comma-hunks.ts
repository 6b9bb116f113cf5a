// A JSON line's change that only added or took off its trailing comma: the hunks of a commit's
// change to a file (`git diff-tree -U0`), and where such a line stood before it.
import { spawn } from "node:child_process";
import { textLines } from "../kit.js";
import { gitArgs, gitProcessOptions } from "./run.js";
import { watchSilence } from "./silence.js";

/** One hunk of a change without context: the lines it took out from `oldStart` (1-based) and those it put in from `newStart`. */
export interface Hunk {
  oldStart: number;
  removed: string[];
  newStart: number;
  added: string[];
}

const withoutComma = (line: string): string => line.replace(/,(\s*)$/, "$1");

/**
 * Where, before a change, line `orig` (1-based) of the file after it stood, if the change only
 * added or took off its trailing comma: the line is in one of the change's hunks, and that hunk
 * took out exactly one line and put in exactly one whose text without the comma is the same, the
 * two differing. Undefined otherwise (a line new, edited, or its text repeated in the hunk).
 */
export function commaOnly(hunks: readonly Hunk[], orig: number): number | undefined {
  const hunk = hunks.find((h) => orig >= h.newStart && orig < h.newStart + h.added.length);
  const text = hunk?.added[orig - hunk.newStart];
  if (text === undefined) return undefined;
  const key = withoutComma(text);
  const from = hunk!.removed.flatMap((line, i) => (withoutComma(line) === key ? [i] : []));
  if (from.length !== 1 || hunk!.removed[from[0]!] === text || hunk!.added.filter((line) => withoutComma(line) === key).length !== 1) return undefined;
  return hunk!.oldStart + from[0]!;
}

/**
 * The hunks each commit's change to `path` (from the top of the repository) makes against its
 * parent, through one `git diff-tree --stdin` (no context, no renames; a merge and a commit that
 * left the file alone give none). Where git fails, none. At most 16 MiB of patches are read.
 */
export function changeHunks(dir: string, commits: readonly string[], path: string): Promise<Map<string, Hunk[]>> {
  const found = new Map<string, Hunk[]>();
  if (commits.length === 0) return Promise.resolve(found);
  return new Promise((resolvePromise) => {
    const child = spawn("git", gitArgs(dir, ["diff-tree", "--stdin", "-p", "-U0", "--no-renames", "--no-color", "--no-ext-diff", "--no-textconv", "--", `:(top,literal)${path}`]), { stdio: ["pipe", "pipe", "ignore"], ...gitProcessOptions() });
    watchSilence(child, dir, "diff-tree");
    const chunks: Buffer[] = [];
    let size = 0;
    child.stdout.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > 16 << 20) child.kill();
      else chunks.push(chunk);
    });
    child.stdin.on("error", () => undefined);
    child.stdin.end(commits.join("\n") + "\n");
    let done = false;
    const finish = (code: number | null): void => {
      if (done) return;
      done = true;
      if (code === 0) for (const [commit, hunks] of parseHunks(Buffer.concat(chunks).toString("utf8"))) found.set(commit, hunks);
      resolvePromise(found);
    };
    child.on("close", finish);
    child.on("error", () => finish(null));
  });
}

/** `git diff-tree --stdin -p -U0` output: a commit id alone on a line, then its patch; each hunk's lines as textLines reads them. */
export function parseHunks(out: string): Map<string, Hunk[]> {
  const found = new Map<string, Hunk[]>();
  let hunks: Hunk[] | undefined;
  let hunk: Hunk | undefined;
  for (const row of out.split("\n")) {
    if (/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(row)) {
      hunks = found.get(row) ?? [];
      found.set(row, hunks);
      hunk = undefined;
      continue;
    }
    const header = /^@@ -(\d+)(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(row);
    if (header && hunks) {
      hunk = { oldStart: Number(header[1]), removed: [], newStart: Number(header[2]), added: [] };
      hunks.push(hunk);
      continue;
    }
    if (row.startsWith("diff ")) hunk = undefined;
    else if (hunk && (row.startsWith("-") || row.startsWith("+"))) (row[0] === "-" ? hunk.removed : hunk.added).push(textLines(row.slice(1).replace(/\r$/, ""))[0]!);
  }
  return found;
}
