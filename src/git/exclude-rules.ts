import { homedir } from "node:os";
import { join, resolve } from "node:path";
import { readIgnoreFile } from "../sources/directory.js";
import { runGit } from "./run.js";

/**
 * Whether git may ignore some of the checkout's untracked files by rules outside its .gitignore
 * files: a line that is not blank or a comment in the repository's `info/exclude` or in the user's
 * `core.excludesFile` (by default `$XDG_CONFIG_HOME/git/ignore`, else `$HOME/.config/git/ignore`).
 * Without one, git's listing of the ignored files (a walk of the whole working tree, a tenth of a
 * scan of 85,000 files) is not needed: the tree's own .gitignore files are read by the walk. True
 * when git cannot say where they are.
 */
export async function hasExcludeRules(dir: string): Promise<boolean> {
  const [commonDir, configured] = await Promise.all([
    runGit(dir, ["rev-parse", "--git-common-dir"]).then((out) => out.trim(), () => undefined),
    // Exit status 1 is "not set": the default file applies.
    runGit(dir, ["config", "--path", "--get", "core.excludesFile"]).then((out) => out.trim(), () => ""),
  ]);
  if (!commonDir) return true;
  // $HOME first, as git reads it (os.homedir() ignores a worker thread's own environment).
  const home = process.env.HOME || homedir();
  const config = process.env.XDG_CONFIG_HOME || (home ? join(home, ".config") : "");
  const userFile = configured || (config ? join(config, "git", "ignore") : "");
  return hasRule(resolve(dir, commonDir, "info", "exclude")) || (userFile !== "" && hasRule(resolve(dir, userFile)));
}

/** Whether the file holds a line that is neither blank nor a comment; false when it cannot be read. */
function hasRule(file: string): boolean {
  return (readIgnoreFile(file) ?? "").split(/\r?\n/).some((line) => line.trim() !== "" && !line.startsWith("#"));
}
