import { realpathSync } from "node:fs";
import { runGit } from "./run.js";

/** The branch a revision names, else the checked-out one, else the one a detached HEAD stands for; "" where none. */
export async function branchOf(dir: string, rev?: string): Promise<string> {
  if (rev && rev !== "HEAD") {
    const named = await refOf(dir, rev);
    if (named) return named;
  }
  // The checked-out branch; on a repository without a commit yet, the branch its first will make.
  const head = (await runGit(dir, ["symbolic-ref", "--quiet", "--short", "HEAD"]).catch(() => "")).trim();
  if (head) return head;
  // A detached HEAD (a tag or commit checked out, a CI checkout): a local branch whose tip it is,
  // else a remote-tracking branch whose tip it is, else the branch the CI job builds, else a tag
  // HEAD is at (a release checked out, a tag's CI job: the files at that tag, as `--rev TAG` names
  // it), else the remote's default branch, else nothing (the caller's default).
  const tips = await runGit(dir, ["for-each-ref", "--points-at", "HEAD", "--format=%(refname:short)", "refs/heads"]).catch(() => "");
  const tip = tips.split("\n").map((b) => b.trim()).find(Boolean);
  if (tip) return tip;
  const remoteHead = (await runGit(dir, ["symbolic-ref", "--quiet", "--short", "refs/remotes/origin/HEAD"]).catch(() => "")).trim().replace(/^origin\//, "");
  return (await remoteTip(dir, remoteHead)) ?? (await ciBranch(dir)) ?? (await tagAt(dir)) ?? remoteHead;
}

/** A tag at HEAD, the highest version first where several are (`v2.0.0` before `v1.9.9`); none without one. */
async function tagAt(dir: string): Promise<string | undefined> {
  const tags = await runGit(dir, ["for-each-ref", "--points-at", "HEAD", "--sort=-version:refname", "--format=%(refname:short)", "refs/tags"]).catch(() => "");
  return tags.split("\n").map((t) => t.trim()).find(Boolean);
}

/**
 * The branch a CI job builds, where the checkout is the job's own and git cannot tell: a pull
 * request on GitHub Actions checks out `refs/remotes/pull/7/merge`, a merge request pipeline on
 * GitLab `refs/merge-requests/7/head`, both detached and with no origin/HEAD. It is the request's
 * source branch (GITHUB_HEAD_REF, CI_MERGE_REQUEST_SOURCE_BRANCH_NAME), else the pushed branch;
 * taken only when the scanned checkout is the job's workspace, never another folder's.
 */
async function ciBranch(dir: string): Promise<string | undefined> {
  const env = process.env;
  const [workspace, branch] =
    env.GITHUB_ACTIONS === "true"
      ? [env.GITHUB_WORKSPACE, env.GITHUB_HEAD_REF || (env.GITHUB_REF_TYPE === "branch" ? env.GITHUB_REF_NAME : undefined)]
      : env.GITLAB_CI === "true"
        ? [env.CI_PROJECT_DIR, env.CI_MERGE_REQUEST_SOURCE_BRANCH_NAME || env.CI_COMMIT_BRANCH]
        : [];
  if (!workspace || !branch?.trim()) return undefined;
  const top = (await runGit(dir, ["rev-parse", "--show-toplevel"]).catch(() => "")).trim();
  return top && samePath(top, workspace) ? branch.trim() : undefined;
}

/** Whether two paths name one folder (symbolic links resolved; a missing one names none). */
function samePath(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}

/**
 * A CI checkout's branch: GitLab's runner and Jenkins fetch it as a remote-tracking ref
 * (`refs/remotes/origin/develop`) and detach HEAD at its tip, with no local branch. The
 * remote-tracking branch whose tip HEAD is: the default one (`defaultBranch`) where it is among
 * them, else origin's first by name, else another remote's; a merge or pull request's ref
 * (`merge-requests/7/head`, `pull/7/merge`) is no branch.
 */
async function remoteTip(dir: string, defaultBranch: string): Promise<string | undefined> {
  const [refs, remotes] = await Promise.all([
    runGit(dir, ["for-each-ref", "--points-at", "HEAD", "--format=%(refname)", "refs/remotes"]).catch(() => ""),
    runGit(dir, ["remote"]).catch(() => ""),
  ]);
  const names = remotes.split("\n").map((r) => r.trim()).filter(Boolean).sort((a, b) => Number(b === "origin") - Number(a === "origin"));
  const branches: string[] = [];
  for (const remote of names) {
    const prefix = `refs/remotes/${remote}/`;
    for (const ref of refs.split("\n").map((r) => r.trim())) {
      if (!ref.startsWith(prefix)) continue;
      const branch = ref.slice(prefix.length);
      if (branch && branch !== "HEAD" && !/^(?:merge-requests|pull)\/\d+\//.test(branch)) branches.push(branch);
    }
  }
  return branches.find((b) => b === defaultBranch) ?? branches[0];
}

/**
 * The branch or tag a revision names, as git reads it: `origin/main` is the remote's branch main,
 * `v2.1.0` a tag. An expression or a commit (`HEAD~1`, `main^`, a hash) names no ref: undefined,
 * and the checkout's branch stands. A name git does not know (a ref not fetched) is taken as written.
 */
async function refOf(dir: string, rev: string): Promise<string | undefined> {
  const short = (ref: string) => ref.replace(/^refs\/(heads|remotes\/[^/]+|tags)\//, "");
  const full = rev.startsWith("-") ? undefined : await runGit(dir, ["rev-parse", "--symbolic-full-name", rev]).then((out) => out.trim().split("\n")[0] ?? "", () => undefined);
  if (full === undefined) return /^[0-9a-f]{7,40}$/i.test(rev) ? undefined : short(rev);
  const name = full.startsWith("refs/") ? short(full) : "";
  return name && name !== "HEAD" ? name : undefined;
}
