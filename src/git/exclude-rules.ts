import { homedir } from "node:os";
import { join, resolve } from "node:path";
import { readIgnoreFile } from "../sources/directory.js";
import { configEntries, lastValue, type ConfigEntry } from "./config-entries.js";
import { repositoryLayout, type LayoutAnswer } from "./layout.js";
import { runGit } from "./run.js";

/** The user's excludes file's key, as `git config --get-regexp` lists it (and takes it, in a pattern). */
export const EXCLUDES_FILE_KEY = "core.excludesfile";

/**
 * Whether git may ignore some of the checkout's untracked files by rules outside its .gitignore
 * files: a line that is not blank or a comment in the repository's `info/exclude` or in the user's
 * `core.excludesFile` (by default `$XDG_CONFIG_HOME/git/ignore`, else `$HOME/.config/git/ignore`).
 * Without one, git's listing of the ignored files (a walk of the whole working tree, a tenth of a
 * scan of 85,000 files) is not needed: the tree's own .gitignore files are read by the walk. True
 * when git cannot say where they are. `layout` and `config` (a listing holding core.excludesFile's
 * entries): git's answers where the scan has asked already; else asked here.
 */
export async function hasExcludeRules(dir: string, layout?: Promise<LayoutAnswer>, config?: Promise<ConfigEntry[]>): Promise<boolean> {
  const [answer, configured] = await Promise.all([layout ?? repositoryLayout(dir), excludesFile(dir, config ?? configEntries(dir, `^${EXCLUDES_FILE_KEY}$`))]);
  const commonDir = "layout" in answer ? answer.layout.commonDir.trim() : "";
  if (!commonDir) return true;
  // $HOME first, as git reads it (os.homedir() ignores a worker thread's own environment).
  const home = process.env.HOME || homedir();
  const xdg = process.env.XDG_CONFIG_HOME || (home ? join(home, ".config") : "");
  const userFile = configured || (xdg ? join(xdg, "git", "ignore") : "");
  return hasRule(resolve(dir, commonDir, "info", "exclude")) || (userFile !== "" && hasRule(resolve(dir, userFile)));
}

/**
 * core.excludesFile's path, "" where it is not set. Git expands a value starting with `~` (a home
 * folder), `%(` (`%(prefix)/`) or `:(` (`:(optional)`) as a path: such a value is asked of git
 * with `--path`; any other is the path as written.
 */
async function excludesFile(dir: string, config: Promise<ConfigEntry[]>): Promise<string> {
  const value = (lastValue(await config, EXCLUDES_FILE_KEY) ?? "").trim();
  if (!/^(?:~|%\(|:\()/.test(value)) return value;
  // Exit status 1 is "not set", and a value git cannot expand fails: the default file applies.
  return runGit(dir, ["config", "--path", "--get", "core.excludesFile"]).then((out) => out.trim(), () => "");
}

/** Whether the file holds a line that is neither blank nor a comment; false when it cannot be read. */
function hasRule(file: string): boolean {
  return (readIgnoreFile(file) ?? "").split(/\r?\n/).some((line) => line.trim() !== "" && !line.startsWith("#"));
}
