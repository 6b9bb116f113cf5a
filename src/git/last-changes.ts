import { spawn } from "node:child_process";
import type { FileChange } from "../document/build.js";
import { gitArgs, gitProcessOptions } from "./run.js";
import { LogChanges } from "./log-changes.js";
import { watchSilence } from "./silence.js";
import { stderrText } from "./stderr-text.js";

/**
 * The last commit that changed each of `files`, by one walk of the history limited to those paths,
 * stopped as soon as every file has been seen.
 *
 * The rule: a file's last change is the newest commit (by git's default order) whose diff touches
 * the file at its current path; where that commit deleted it (a file made again and not yet
 * committed), the file has none. A rename counts as a change of the new path (`--no-renames`). A
 * merge counts only where it changed the file against every parent (a conflict resolved by hand,
 * `-c`); a clean merge credits the commit on the merged branch that made the change. In a shallow
 * clone the oldest commit present stands in for the history that is missing (`--root`: a file the
 * first commit made and none changed since is dated by it, whatever a user's `log.showRoot` says;
 * `--no-follow`: a user's `log.follow` would follow a lone path's renames, against `--no-renames`). Paths go to git on
 * its standard input, so any number of them, with spaces or non-ASCII names, is one process.
 */
export function lastChanges(dir: string, files: readonly string[], rev = "HEAD", onFailure?: (message: string) => void): Promise<Map<string, FileChange>> {
  const wanted = new Set(files.filter((f) => f && !f.includes("\n")));
  if (wanted.size === 0) return Promise.resolve(new Map());
  return new Promise((resolvePromise) => {
    const child = spawn(
      "git",
      // --relative: in a folder below the top, paths (given and shown) are relative to that folder.
      gitArgs(dir, ["log", "--root", "--no-follow", "--no-renames", "--relative", "-c", "--format=%x1e%aN%x1f%at", "--name-status", "-z", "--stdin", rev]),
      { stdio: ["pipe", "pipe", "pipe"], ...gitProcessOptions() },
    );
    const errors = stderrText(child, "head");
    watchSilence(child, dir, "log");
    // After `--` on standard input, each line is a pathspec; `:(literal)` keeps `*` and `[` plain.
    child.stdin.on("error", () => undefined);
    child.stdin.end(`--\n${literalSpecs(wanted).join("\n")}\n`);
    let stopped = false;
    const changes = new LogChanges(wanted, () => {
      stopped = true;
      child.kill();
    });
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => changes.write(chunk));
    const finish = (code?: number | null): void => {
      changes.end();
      // A history git cannot walk (a missing object, a broken pack) leaves dates out: said through
      // onFailure in git's words, unless the branch has no commit yet, where there is nothing to date.
      if (!stopped && code && !/does not have any commits yet|bad default revision|unknown revision/.test(errors())) {
        const first = errors().split("\n").find((line) => line.trim()) ?? `exit code ${code}`;
        onFailure?.(`git log failed (${first.trim()}): last_updated_* of the files it had not reached are left out`);
      }
      resolvePromise(changes.found);
    };
    child.on("close", (code) => finish(code));
    child.on("error", () => finish());
  });
}

function literalSpecs(files: Set<string>): string[] {
  return [...files].map((f) => `:(literal)${f}`);
}
