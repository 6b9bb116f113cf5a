import { existsSync, realpathSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { runGit } from "./run.js";
import { repositoryLayout, type LayoutAnswer } from "./layout.js";

/**
 * Whether `dir` is in a git checkout (its top or a folder below it) or is a bare repository. The
 * folders above are those of its real path, where git looks: run in a folder reached through a
 * symbolic link, git works in the folder linked to, so a link from elsewhere into a checkout is in
 * it, and a link in a checkout to a folder outside it is not.
 */
export function isGitRepo(dir: string): boolean {
  if (existsSync(join(dir, "HEAD")) && existsSync(join(dir, "objects"))) return true;
  for (let d = realFolder(dir); ; d = dirname(d)) {
    if (existsSync(join(d, ".git"))) return true;
    if (dirname(d) === d) return false;
  }
}

/** `dir`'s real path (its links resolved), as git's working folder is; the typed one where it cannot be resolved (a folder still to make). */
function realFolder(dir: string): string {
  try {
    return realpathSync(dir);
  } catch {
    return resolve(dir);
  }
}

/** Whether `dir` holds a git repository's own files at its top (HEAD, objects and refs), as a bare one does. */
export function hasBareLayout(dir: string): boolean {
  return ["HEAD", "objects", "refs"].every((name) => existsSync(join(dir, name)));
}

/**
 * Whether `dir` is itself a bare repository (HEAD, objects and refs at its top, and git agrees).
 * `layout`: git's answer where the caller has asked it (or will: it asks `--is-bare-repository` too).
 */
export async function isBareRepo(dir: string, layout?: Promise<LayoutAnswer>): Promise<boolean> {
  if (!hasBareLayout(dir)) return false;
  if (layout) {
    const answer = await layout;
    return "layout" in answer && answer.layout.bare;
  }
  return (await runGit(dir, ["rev-parse", "--is-bare-repository"]).catch(() => "")).trim() === "true";
}

/**
 * Whether `dir` is the git folder of a checkout (its `.git`, or a folder git says is inside a git
 * folder, as `.git/modules/lib` is), not a bare repository: it holds git's own files, no tree to
 * scan. The checkout's folder, where it is the `.git` folder's parent; "" where git says so of
 * another folder; undefined for any other folder. `bare`: whether it is a bare repository, where
 * the caller knows.
 */
export async function checkoutOfGitFolder(dir: string, bare?: boolean): Promise<string | undefined> {
  if (!hasBareLayout(dir) || (bare ?? (await isBareRepo(dir)))) return undefined;
  if (basename(resolve(dir)) === ".git") return dirname(resolve(dir));
  return (await runGit(dir, ["rev-parse", "--is-inside-git-dir"]).catch(() => "")).trim() === "true" ? "" : undefined;
}

/**
 * Why git will not read the checkout at `dir`, in git's words, or undefined where it reads it: a
 * repository owned by another user (a folder mounted into a container, a CI job's checkout made by
 * another account: "detected dubious ownership", where git's own advice, the `safe.directory`
 * command, is kept) or a broken `.git` (a HEAD that is no ref). Every git fact is then unknown, so
 * the caller says so once rather than falling back to the folder's name as if it had no remote.
 * `layout`: git's answer where the scan has asked it already.
 */
export async function gitRefusal(dir: string, layout: Promise<LayoutAnswer> = repositoryLayout(dir)): Promise<string | undefined> {
  const answer = await layout;
  if (!("refused" in answer)) return undefined;
  const { reason, advice } = refusalWords(answer.refused);
  return `git cannot read the repository (${reason}): repo_name, provider, branch and last_updated_* are left out${advice}`;
}

/**
 * Git's refusal in words to quote: its first line (`fatal: detected dubious ownership ...`), and its
 * `safe.directory` command as "; to trust it: ..." where it gives one ("" where not).
 */
export function refusalWords(refused: string): { reason: string; advice: string } {
  const lines = refused.replace(/^git rev-parse: /, "").split("\n").map((line) => line.trim()).filter(Boolean);
  const trust = lines.find((line) => line.startsWith("git config --global --add safe.directory "));
  return { reason: lines[0] ?? "no reason given", advice: trust ? `; to trust it: ${trust}` : "" };
}
