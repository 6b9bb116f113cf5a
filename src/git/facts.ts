import { basename, resolve } from "node:path";
import type { RepoFacts } from "../document/build.js";
import { runGit } from "./run.js";
import { trimTrailing } from "../kit.js";
import { isGitRepo } from "./repository-kind.js";
import { branchOf } from "./branch.js";
import { parseRemote } from "./remote-url.js";

/** The repository's name, provider and branch from its remote and HEAD; plain values without git. */
export async function repoFacts(dir: string, rev?: string): Promise<RepoFacts> {
  const fallback = localFacts(dir);
  if (!isGitRepo(dir)) return fallback;
  const [remote, branch, prefix] = await Promise.all([
    remoteUrl(dir),
    branchOf(dir, rev),
    runGit(dir, ["rev-parse", "--show-prefix"]).catch(() => ""),
  ]);
  const parsed = parseRemote(remote.trim());
  const folder = trimTrailing(prefix.trim(), "/");
  return {
    ...fallback,
    ...(parsed ?? {}),
    branch: branch || fallback.branch,
    ...(folder ? { folder } : {}),
  };
}

/**
 * The `origin` remote's URL; without one, the repository's only remote (a clone made with
 * `--origin upstream`, a remote added as `gitlab`); else none.
 */
async function remoteUrl(dir: string): Promise<string> {
  const origin = await runGit(dir, ["remote", "get-url", "origin"]).catch(() => "");
  if (origin.trim()) return origin;
  const names = (await runGit(dir, ["remote"]).catch(() => "")).split("\n").filter((name) => name.trim());
  return names.length === 1 ? runGit(dir, ["remote", "get-url", "--", names[0]!.trim()]).catch(() => "") : "";
}

/** A repository without a remote is named after its folder, less the `.git` of a bare one's (`shop.git` is shop, as `git clone` names it). */
function localFacts(dir: string): RepoFacts {
  const folder = basename(resolve(dir));
  const name = /^.+\.git$/i.test(folder) ? folder.slice(0, -4) : folder;
  return { repo_name: name, provider: "local", branch: "main", requested_by: "", repo_type: "Public" };
}
