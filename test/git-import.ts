import { execFileSync } from "node:child_process";
import { addRemote, newRepository, tempDir } from "./helpers.js";

/**
 * A repository in a new folder whose branch main has one commit holding `files`, written by one
 * `git fast-import`: no working tree, no index, and one pack where `git add` writes a loose object
 * per file (`bare`: the folder is the repository, HEAD at its top). For a test of what reads a revision (GitRevisionSource, git log) over thousands of files:
 * 3,000 small files took about 4 s of CPU written out, added and committed, a tenth of a second so.
 */
export function importedRepo(files: Record<string, string>, { bare = false } = {}): string {
  const dir = tempDir("techstack-imported-");
  // `bare`: the repository is the folder itself (HEAD, objects, refs at its top), as a server's is.
  newRepository(dir, { bare });
  const stream = ["commit refs/heads/main", "committer A <a@example.com> 1700000000 +0000", "data 3", "one"];
  for (const [path, text] of Object.entries(files)) {
    if (/^"|\n/.test(path)) throw new Error(`importedRepo takes plain paths, not ${JSON.stringify(path)}`);
    stream.push(`M 100644 inline ${path}`, `data ${Buffer.byteLength(text)}`, text);
  }
  fastImport(dir, `${stream.join("\n")}\n`);
  return dir;
}

/** One commit of an importedHistory: what historyRepo's write, git and commit calls made, said at once. */
export interface ImportedCommit {
  /** Author and committer, at dev@example.com as historyRepo's. */
  by: string;
  /** The day of January 2021, at 10:00 UTC, as historyRepo's `commit(author, day, ...)`. */
  day: number;
  message?: string;
  /** Files written (their text) or removed (null), against the commit's first parent. */
  files?: Record<string, string | null>;
  /** Files moved, old path -> new path (`git mv`), before `files` are applied. */
  moved?: Record<string, string>;
  /** The branch the commit goes on: main unless said. */
  branch?: string;
  /** Where a branch's first commit starts: an earlier commit's number (1 is the list's first) or a branch. Else the branch's last commit, or none. */
  from?: number | string;
  /** The commit (number) or branch merged: the second parent. Its changes are not applied: `files` says what the merge holds. */
  merge?: number | string;
}

/**
 * A checkout whose history is `commits`, built by one `git fast-import` and checked out (index and
 * working tree) by one `git reset --hard` of `head`: two git processes (newRepository writes the
 * repository itself), where historyRepo's `git add` and `git commit` took two a commit and a `git checkout`, `merge` or `mv` one each. For a
 * test of what reads the history (last changes, blame, a revision's files), not of how it was made.
 * Authors and dates are historyRepo's, so a test's expectations read alike. `origin` adds that remote.
 */
export function importedHistory(commits: readonly ImportedCommit[], { head = "main", origin }: { head?: string; origin?: string } = {}): string {
  const dir = tempDir("techstack-history-");
  newRepository(dir, { branch: head });
  if (origin) addRemote(dir, "origin", origin);
  const parts: Buffer[] = [];
  const line = (text: string) => parts.push(Buffer.from(`${text}\n`));
  const data = (text: string) => {
    const bytes = Buffer.from(text);
    line(`data ${bytes.length}`);
    parts.push(bytes, Buffer.from("\n"));
  };
  const commitish = (ref: number | string) => (typeof ref === "number" ? `:${ref}` : `refs/heads/${ref}`);
  commits.forEach((commit, index) => {
    const when = `${Date.UTC(2021, 0, commit.day, 10) / 1000} +0000`;
    line(`commit refs/heads/${commit.branch ?? "main"}`);
    line(`mark :${index + 1}`);
    line(`author ${commit.by} <dev@example.com> ${when}`);
    line(`committer ${commit.by} <dev@example.com> ${when}`);
    data(commit.message ?? `commit ${index + 1}`);
    if (commit.from !== undefined) line(`from ${commitish(commit.from)}`);
    if (commit.merge !== undefined) line(`merge ${commitish(commit.merge)}`);
    for (const [from, to] of Object.entries(commit.moved ?? {})) line(`R ${quoted(from)} ${quoted(to)}`);
    for (const [path, text] of Object.entries(commit.files ?? {})) {
      if (text === null) {
        line(`D ${quoted(path)}`);
      } else {
        line(`M 100644 inline ${quoted(path)}`);
        data(text);
      }
    }
  });
  fastImport(dir, Buffer.concat(parts));
  execFileSync("git", ["-C", dir, "reset", "-q", "--hard"]);
  return dir;
}

/** A path as fast-import reads it whatever it holds (spaces, quotes, line breaks): C-style quoted. */
function quoted(path: string): string {
  return `"${path.replace(/[\\"]/g, (c) => `\\${c}`).replace(/\n/g, "\\n")}"`;
}

function fastImport(dir: string, input: string | Buffer): void {
  // glibc gives fast-import's many small allocations back to the system one by one without the pad
  // (some 12,000 brk calls, nearly all of its 2 s of CPU for 3,000 files).
  execFileSync("git", ["-C", dir, "fast-import", "--quiet"], { input, env: { ...process.env, MALLOC_TOP_PAD_: "16777216" } });
}
