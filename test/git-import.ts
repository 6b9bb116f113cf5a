import { execFileSync } from "node:child_process";
import { tempDir } from "./helpers.js";

/**
 * A repository in a new folder whose branch main has one commit holding `files`, written by one
 * `git fast-import`: no working tree, no index, and one pack where `git add` writes a loose object
 * per file (`bare`: the folder is the repository, HEAD at its top). For a test of what reads a revision (GitRevisionSource, git log) over thousands of files:
 * 3,000 small files took about 4 s of CPU written out, added and committed, a tenth of a second so.
 */
export function importedRepo(files: Record<string, string>, { bare = false } = {}): string {
  const dir = tempDir("techstack-imported-");
  // `bare`: the repository is the folder itself (HEAD, objects, refs at its top), as a server's is.
  execFileSync("git", ["init", "-q", ...(bare ? ["--bare"] : []), "-b", "main", dir]);
  const stream = ["commit refs/heads/main", "committer A <a@example.com> 1700000000 +0000", "data 3", "one"];
  for (const [path, text] of Object.entries(files)) {
    if (/^"|\n/.test(path)) throw new Error(`importedRepo takes plain paths, not ${JSON.stringify(path)}`);
    stream.push(`M 100644 inline ${path}`, `data ${Buffer.byteLength(text)}`, text);
  }
  // glibc gives fast-import's many small allocations back to the system one by one without the pad
  // (some 12,000 brk calls, nearly all of its 2 s of CPU for 3,000 files).
  execFileSync("git", ["-C", dir, "fast-import", "--quiet"], { input: `${stream.join("\n")}\n`, env: { ...process.env, MALLOC_TOP_PAD_: "16777216" } });
  return dir;
}
