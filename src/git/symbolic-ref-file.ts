import { resolve } from "node:path";
import { readRegularFile } from "../io/read-regular.js";
import type { RepositoryLayout } from "./layout.js";

/** Past this size a ref file is not one git wrote (a symbolic ref is one short line). */
const MAX_REF_BYTES = 4096;

/**
 * What a symbolic ref's file in the git folder `gitFolder` (relative to `dir` or absolute) points
 * at, read as git's files backend keeps it (`ref: refs/heads/main`): the ref it names; "" where
 * the file holds an object name (a detached HEAD, a plain ref). Undefined where the file cannot
 * say and git must be asked: the reftable backend (its HEAD names `refs/heads/.invalid`), an
 * unreadable or odd file.
 * `missing`: the answer where there is no such file ("" for a ref the files backend never packs, as
 * it never packs a symbolic one).
 */
function symbolicRefFile(dir: string, gitFolder: string, name: string, missing: "" | undefined): string | undefined {
  let text: string;
  try {
    text = readRegularFile(resolve(dir, gitFolder, name), MAX_REF_BYTES);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ENOENT" ? missing : undefined;
  }
  const line = text.replace(/\r?\n$/, "");
  if (/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(line)) return "";
  const target = /^ref: (refs\/\S+)$/.exec(line)?.[1];
  return target && target !== "refs/heads/.invalid" ? target : undefined;
}

/**
 * The refs HEAD and origin's HEAD point at (`refs/heads/main`, `refs/remotes/origin/main`; "" where
 * HEAD is detached or origin has no HEAD), read from the repository's files as `git symbolic-ref`
 * reads them, which spares a scan two git processes. Undefined where the files cannot say (the
 * reftable backend, an odd HEAD): git is asked.
 */
export function headsOnDisk(dir: string, layout: Pick<RepositoryLayout, "gitDir" | "commonDir">): { head: string; originHead: string } | undefined {
  const head = symbolicRefFile(dir, layout.gitDir, "HEAD", undefined);
  if (head === undefined) return undefined;
  const originHead = symbolicRefFile(dir, layout.commonDir, "refs/remotes/origin/HEAD", "");
  return originHead === undefined ? undefined : { head, originHead };
}

/** A ref's short name, as `git symbolic-ref --short` gives it where no other ref has that name: `refs/heads/main` is main, `refs/remotes/origin/main` origin/main. */
export function shortRef(ref: string): string {
  return ref.replace(/^refs\/(?:heads\/|tags\/|remotes\/)?/, "");
}

/** How many symbolic refs git follows from one name before it gives up (its SYMREF_MAXDEPTH). */
const MAX_SYMBOLIC_DEPTH = 5;

/**
 * HEAD's chain of symbolic refs where git cannot resolve it, read from the files backend's files:
 * one that comes back to a ref already in it (`HEAD -> refs/heads/a -> refs/heads/b ->
 * refs/heads/a`), or one longer than git follows. git then takes HEAD for a branch with no commit,
 * and says nothing of why. Undefined for any other HEAD (a branch, a detached HEAD, a missing or
 * odd file: git answers for those).
 */
export function headRefLoop(dir: string, layout: Pick<RepositoryLayout, "gitDir" | "commonDir">): string[] | undefined {
  const chain = ["HEAD"];
  let target = symbolicRefFile(dir, layout.gitDir, "HEAD", undefined);
  while (target) {
    const looped = chain.includes(target);
    chain.push(target);
    if (looped || chain.length > MAX_SYMBOLIC_DEPTH + 1) return chain;
    target = symbolicRefFile(dir, layout.commonDir, target, "");
  }
  return undefined;
}
