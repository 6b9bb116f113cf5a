import { realpathSync } from "node:fs";
import { readRegularFile } from "../io/read-regular.js";
import { checkoutTopOf, repositoryLayout, type LayoutAnswer } from "./layout.js";
import type { RemoteUrls } from "./origin-from-config.js";
import { compareCodeUnits } from "../kit.js";
import { parseRemote } from "./remote-url.js";
import { runGit } from "./run.js";
import { headsOnDisk, shortRef } from "./symbolic-ref-file.js";

/**
 * The branch a stack document names, whose files its links open: the branch `rev` names; else the
 * checkout's branch where it is the repository's default one; else, on any other (a feature
 * branch, a pull request's merge checkout), the branch the committed techstack.yml names
 * (`committed`), else the default branch, else the checkout's. A bot writing on a pull request's
 * branch so keeps the file's `branch: main` (and every link on main), where it wrote the pull
 * request's branch, which the next write on main flipped back (and whose links died with it). The
 * default branch: the CI job's (GitLab's CI_DEFAULT_BRANCH, the GitHub Actions event's), else
 * origin's HEAD; where none is known, a committed file's branch is kept on every branch. "" where
 * nothing names one (the caller's default). `remotes`: the remotes' URLs, where the caller reads
 * them too (the header's remote), so that neither a CI job's check of its repository nor a detached
 * HEAD's remote branch asks git for them. `layout`: git's answer where the caller has asked it
 * already; HEAD and origin's HEAD are read from the repository's files where it says where they
 * are (symbolicRefs), and the checkout's top (a CI job's workspace) from it. `names`: revisionNames'
 * answer for `rev`, where the caller asks it too.
 */
export async function documentBranch(dir: string, rev?: string, committed?: string, remotes?: Promise<RemoteUrls>, layout?: Promise<LayoutAnswer>, names?: Promise<RevisionNames>): Promise<string> {
  if (rev && rev !== "HEAD") {
    const named = (await (names ?? revisionNames(dir, rev))).ref;
    if (named) return named;
  }
  // Without the caller's answer, one rev-parse says where the files are, where git was asked twice.
  const answer = layout ?? repositoryLayout(dir);
  // What the CI job says is asked once, for the default branch and a detached checkout's branch.
  const job = ciJob(dir, answer, remotes?.then((r) => r.origin));
  const refs = symbolicRefs(dir, answer);
  const [scanned, primary] = await Promise.all([checkoutRef(dir, job, refs, remotes), defaultBranch(dir, job, refs)]);
  // A tag checked out (a release's job) is named as `--rev TAG` names it: its links never move.
  if (scanned.tag || (scanned.name && scanned.name === primary)) return scanned.name;
  return committed?.trim() || primary || scanned.name;
}

/**
 * The repository's default branch, where something says it: the CI job's, for the job's own
 * workspace (GitLab's CI_DEFAULT_BRANCH; on GitHub Actions the event's repository.default_branch),
 * else the branch origin's HEAD names (a clone's; actions/checkout and GitLab's runner set none).
 * `ciJob`: what the CI job says of `dir` (ciJob's answer); `refs`: symbolicRefs' answer.
 */
async function defaultBranch(dir: string, ciJob: Promise<CiJob | undefined>, refs: SymbolicRefs): Promise<string | undefined> {
  const job = await ciJob;
  if (job?.defaultBranch) return job.defaultBranch;
  const remoteHead = await refs.originHead();
  return remoteHead.startsWith("origin/") && remoteHead.length > "origin/".length ? remoteHead.slice("origin/".length) : undefined;
}

/** The checked-out branch, else the one a detached HEAD stands for, else a tag it is at (`tag`); "" where none. `job`: ciJob's answer; `refs`: symbolicRefs'; `remotes`: the caller's remotes' URLs, where it has them. */
async function checkoutRef(dir: string, job: Promise<CiJob | undefined>, refs: SymbolicRefs, remotes: Promise<RemoteUrls> | undefined): Promise<{ name: string; tag?: boolean }> {
  // The checked-out branch; on a repository without a commit yet, the branch its first will make.
  const head = await refs.head();
  if (head) return { name: head };
  // A detached HEAD (a tag or commit checked out, a CI checkout): a local branch whose tip it is,
  // else a remote-tracking branch whose tip it is, else the branch the CI job builds, else a tag
  // HEAD is at (a release checked out, a tag's CI job: the files at that tag, as `--rev TAG` names
  // it), else the remote's default branch, else nothing (the caller's default).
  const tips = await runGit(dir, ["for-each-ref", "--points-at", "HEAD", "--format=%(refname:short)", "refs/heads"]).catch(() => "");
  const tip = tips.split("\n").map((b) => b.trim()).find(Boolean);
  if (tip) return { name: tip };
  const remoteHead = (await refs.originHead()).replace(/^origin\//, "");
  const branch = (await remoteTip(dir, remoteHead, remotes)) ?? (await job)?.branch;
  if (branch) return { name: branch };
  const tag = await tagAt(dir);
  return tag ? { name: tag, tag: true } : { name: remoteHead };
}

/** HEAD's branch and origin's HEAD, short as `git symbolic-ref --quiet --short` names them; "" where HEAD is detached, or origin has no HEAD. */
interface SymbolicRefs {
  head(): Promise<string>;
  originHead(): Promise<string>;
}

/**
 * SymbolicRefs, read from the repository's files where `layout` (git's answer) says where they are
 * and the files can say (headsOnDisk), else asked of git, a process each when first asked.
 */
function symbolicRefs(dir: string, layout: Promise<LayoutAnswer>): SymbolicRefs {
  const onDisk = layout.then((answer) => ("layout" in answer ? headsOnDisk(dir, answer.layout) : undefined));
  const asked = (ref: string) => runGit(dir, ["symbolic-ref", "--quiet", "--short", ref]).then((out) => out.trim(), () => "");
  const read = async (pick: "head" | "originHead", ref: string) => {
    const heads = await onDisk;
    if (!heads) return asked(ref);
    return heads[pick] ? shortRef(heads[pick]) : "";
  };
  let head: Promise<string> | undefined;
  let originHead: Promise<string> | undefined;
  return {
    head: () => (head ??= read("head", "HEAD")),
    originHead: () => (originHead ??= read("originHead", "refs/remotes/origin/HEAD")),
  };
}

/** A tag at HEAD, the highest version first where several are (`v2.0.0` before `v1.9.9`); none without one. */
async function tagAt(dir: string): Promise<string | undefined> {
  const tags = await runGit(dir, ["for-each-ref", "--points-at", "HEAD", "--sort=-version:refname", "--format=%(refname:short)", "refs/tags"]).catch(() => "");
  return tags.split("\n").map((t) => t.trim()).find(Boolean);
}


/** What a CI job says of a checkout (ciJob). */
interface CiJob {
  branch?: string;
  defaultBranch?: string;
}

/** The `origin` remote's URL, "" without one. */
function originUrl(dir: string): Promise<string> {
  return runGit(dir, ["remote", "get-url", "origin"]).catch(() => "");
}

/** Past this size a GitHub Actions event payload is not read (a push of many commits is a few MB). */
const MAX_EVENT_BYTES = 32 << 20;

/**
 * What the CI job says of the checkout at `dir`: the branch it builds, where `dir` is the job's
 * workspace (a folder below it, or another repository cloned there, is no checkout of that
 * branch), and the repository's default branch, where `dir` is the job's workspace or a checkout
 * of the job's repository elsewhere (actions/checkout's `path:`): its origin names the repository
 * the job runs for (GITHUB_REPOSITORY, CI_PROJECT_PATH, BITBUCKET_REPO_FULL_NAME). Each undefined
 * where the system does not say (Bitbucket names no default branch); undefined outside a job.
 *
 * The branch is the one the job builds, where git cannot tell: a pull request on GitHub Actions
 * checks out `refs/remotes/pull/7/merge`, a merge request pipeline on GitLab
 * `refs/merge-requests/7/head`, both detached and with no origin/HEAD. It is the request's source
 * branch (GITHUB_HEAD_REF, CI_MERGE_REQUEST_SOURCE_BRANCH_NAME), else the pushed branch
 * (Bitbucket's BITBUCKET_BRANCH too). `layout`: git's answer, which says where the checkout's top
 * is; `origin`: origin's URL where the caller has read it.
 */
async function ciJob(dir: string, layout: Promise<LayoutAnswer>, origin?: Promise<string>): Promise<CiJob | undefined> {
  const env = process.env;
  const said = (value: string | undefined) => value?.trim() || undefined;
  let job: { workspace: string | undefined; repository: string | undefined; branch?: string; defaultBranch?: () => string | undefined };
  if (env.GITHUB_ACTIONS === "true") {
    job = {
      workspace: env.GITHUB_WORKSPACE,
      repository: env.GITHUB_REPOSITORY,
      branch: said(env.GITHUB_HEAD_REF) ?? (env.GITHUB_REF_TYPE === "branch" ? said(env.GITHUB_REF_NAME) : undefined),
      defaultBranch: () => eventDefaultBranch(env.GITHUB_EVENT_PATH),
    };
  } else if (env.GITLAB_CI === "true") {
    job = {
      workspace: env.CI_PROJECT_DIR,
      repository: env.CI_PROJECT_PATH,
      branch: said(env.CI_MERGE_REQUEST_SOURCE_BRANCH_NAME) ?? said(env.CI_COMMIT_BRANCH),
      defaultBranch: () => said(env.CI_DEFAULT_BRANCH),
    };
  } else if (env.BITBUCKET_CLONE_DIR) {
    job = { workspace: env.BITBUCKET_CLONE_DIR, repository: env.BITBUCKET_REPO_FULL_NAME, branch: said(env.BITBUCKET_BRANCH) };
  } else return undefined;
  const top = await checkoutTopOf(dir, layout);
  if (!top) return undefined;
  if (job.workspace && samePath(top, job.workspace)) return { branch: job.branch, defaultBranch: job.defaultBranch?.() };
  const repository = said(job.repository)?.toLowerCase();
  if (!repository || !job.defaultBranch) return undefined;
  const remote = parseRemote((await (origin ?? originUrl(dir))).trim());
  return remote?.repo_name.toLowerCase() === repository ? { defaultBranch: job.defaultBranch() } : undefined;
}

/** The repository's default branch a GitHub Actions event payload names (`repository.default_branch`); undefined where it names none or cannot be read. */
function eventDefaultBranch(path: string | undefined): string | undefined {
  if (!path) return undefined;
  try {
    const event = JSON.parse(readRegularFile(path, MAX_EVENT_BYTES)) as { repository?: { default_branch?: unknown } } | null;
    const name = event?.repository?.default_branch;
    return typeof name === "string" && name.trim() ? name.trim() : undefined;
  } catch {
    return undefined;
  }
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
 * them, else origin's first by name, else another remote's (by name, as `git remote` lists them);
 * a merge or pull request's ref (`merge-requests/7/head`, `pull/7/merge`) is no branch. `known`:
 * the remotes' URLs where the caller has read them (their names are asked of git otherwise).
 */
async function remoteTip(dir: string, defaultBranch: string, known: Promise<RemoteUrls> | undefined): Promise<string | undefined> {
  const [refs, remotes] = await Promise.all([
    runGit(dir, ["for-each-ref", "--points-at", "HEAD", "--format=%(refname)", "refs/remotes"]).catch(() => ""),
    known ? known.then((urls) => [...urls.remotes.keys()]) : runGit(dir, ["remote"]).then((out) => out.split("\n"), () => []),
  ]);
  const names = remotes.map((r) => r.trim()).filter(Boolean).sort(compareCodeUnits).sort((a, b) => Number(b === "origin") - Number(a === "origin"));
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
 * A fact of the revision, not of the checkout: a scan without git facts (--no-git) asks it too.
 */
export async function revisionRef(dir: string, rev: string): Promise<string | undefined> {
  return (await revisionNames(dir, rev)).ref;
}

/** What git reads a revision as: the branch or tag it names (revisionRef), else the hash of the commit it is (`HEAD~1`). */
export interface RevisionNames {
  ref?: string;
  commit?: string;
}

/**
 * RevisionNames of `rev`, from one rev-parse: its commit, then its full ref name (none for an
 * expression or a hash). Links of a commit's scan open that commit's files by its hash, for the
 * branch the document names has moved on since; a branch's or tag's name shows the revision scanned.
 */
export async function revisionNames(dir: string, rev: string): Promise<RevisionNames> {
  const short = (ref: string) => ref.replace(/^refs\/(heads|remotes\/[^/]+|tags)\//, "");
  const out = rev.startsWith("-") ? undefined : await runGit(dir, ["rev-parse", `${rev}^{commit}`, "--symbolic-full-name", rev]).then((text) => text.trim().split("\n"), () => undefined);
  if (out === undefined) return /^[0-9a-f]{7,40}$/i.test(rev) ? {} : { ref: short(rev) };
  const [commit = "", full = ""] = out.map((line) => line.trim());
  const name = full.startsWith("refs/") ? short(full) : "";
  return name && name !== "HEAD" ? { ref: name } : /^[0-9a-f]{40,64}$/.test(commit) ? { commit } : {};
}
