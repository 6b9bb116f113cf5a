import { spawn } from "node:child_process";
import { existsSync, realpathSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import type { FileChange, RepoFacts } from "../document/build.js";
import { gitArgs, gitEnv, runGit } from "./run.js";
import { providerOf, readableName, webHost, webPath } from "./forges.js";
import { trimTrailing } from "../kit.js";

/** Whether `dir` is in a git checkout (its top or a folder below it) or is a bare repository. */
export function isGitRepo(dir: string): boolean {
  if (existsSync(join(dir, "HEAD")) && existsSync(join(dir, "objects"))) return true;
  for (let d = resolve(dir); ; d = dirname(d)) {
    if (existsSync(join(d, ".git"))) return true;
    if (dirname(d) === d) return false;
  }
}

/** Whether `dir` holds a git repository's own files at its top (HEAD, objects and refs), as a bare one does. */
export function hasBareLayout(dir: string): boolean {
  return ["HEAD", "objects", "refs"].every((name) => existsSync(join(dir, name)));
}

/** Whether `dir` is itself a bare repository (HEAD, objects and refs at its top, and git agrees). */
export async function isBareRepo(dir: string): Promise<boolean> {
  if (!hasBareLayout(dir)) return false;
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
 */
export async function gitRefusal(dir: string): Promise<string | undefined> {
  const error = await runGit(dir, ["rev-parse", "--git-dir"]).then(
    () => undefined,
    (e: Error) => e.message,
  );
  if (error === undefined) return undefined;
  const lines = error.replace(/^git rev-parse: /, "").split("\n").map((line) => line.trim()).filter(Boolean);
  const trust = lines.find((line) => line.startsWith("git config --global --add safe.directory "));
  return `git cannot read the repository (${lines[0] ?? "no reason given"}): repo_name, provider, branch and last_updated_* are left out${trust ? `; to trust it: ${trust}` : ""}`;
}

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

async function branchOf(dir: string, rev?: string): Promise<string> {
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

/**
 * `git@github.com:owner/name.git`, `https://gitlab.com/group/sub/name` and the like. Only the host
 * and the path are kept: a user, a password, a query string (`?private_token=`) or a fragment
 * never reach the document. As git reads it, a remote with no scheme is the scp-like `host:path`
 * only where a colon comes before any slash; otherwise (`../app.git`, `~/repos/app.git`) it is a
 * local folder, with no host and no web page.
 */
export function parseRemote(url: string): Pick<RepoFacts, "repo_name" | "provider" | "requested_by" | "web_url"> | undefined {
  const scheme = /^([a-z][a-z0-9+.-]*):\/\/([^/]*)(.*)$/i.exec(url);
  let host: string | undefined;
  let rawPath: string;
  // Over http(s) git is served by the forge's web server, so a port other than the scheme's own
  // (https://git.corp.example:8443/team/app) is the web pages' port too; an SSH port is not.
  let webOrigin: string | undefined;
  if (scheme) {
    const kind = scheme[1]!.toLowerCase();
    if (kind === "file") return undefined; // a local path, as /srv/git/app.git is
    host = hostOf(scheme[2]!);
    rawPath = scheme[3]!;
    const port = /:(\d+)$/.exec(scheme[2]!.slice(scheme[2]!.lastIndexOf("@") + 1))?.[1];
    if (host && port && ((kind === "https" && port !== "443") || (kind === "http" && port !== "80"))) webOrigin = `${kind}://${host.toLowerCase()}:${port}`;
  } else {
    // scp-like: [user@]host:path, the host without a slash (and not a Windows drive letter). The
    // user runs to the last '@' before the host, as ssh splits it: a password typed in with an '@'
    // of its own (`deploy:p@ss@host:path`) is no part of the host, nor of the web page's address.
    const scp = /^(?:[^/]*@)?(\[[^\]/@]*\]|[^:/\\@]{2,}):(.*)$/.exec(url);
    if (!scp) return undefined;
    host = scp[1]!;
    rawPath = scp[2]!;
  }
  // A host name holds no white space: git could reach no such host, and its web page would be an address with a space in it.
  if (!host || /\s/.test(host)) return undefined;
  let path = trimTrailing(rawPath.replace(/[?#].*$/s, "").replace(/^\/+/, ""), "/").replace(/\.git$/i, "");
  host = webHost(host.toLowerCase());
  [host, path] = azureDevOps(host, path);
  if (!path.includes("/")) return undefined;
  const provider = providerOf(host);
  const server = bitbucketServer(host, provider, path);
  if (server) path = server.name;
  const name = readableName(path);
  return { repo_name: name, provider, requested_by: name.split("/")[0]!, web_url: `${webOrigin ?? `https://${host}`}/${webPath(server?.page ?? path)}` };
}


/**
 * Bitbucket Server (Data Center): an https clone is `/scm/PROJECT/REPO.git` (on any host but a
 * GitHub or GitLab one), an SSH one
 * `PROJECT/REPO.git` on a host named bitbucket other than Bitbucket Cloud's. The repository is
 * PROJECT/REPO either way, its page `projects/PROJECT/repos/REPO` (`users/NAME/repos/REPO` for a
 * personal one, `~NAME`). Undefined for any other remote.
 */
function bitbucketServer(host: string, provider: string, path: string): { name: string; page: string } | undefined {
  // A GitLab or GitHub host's `scm` group is a group like any other.
  const clone = provider === "github" || provider === "gitlab" ? null : /^scm\/([^/]+\/[^/]+)$/i.exec(path);
  const name = clone ? clone[1]! : provider === "bitbucket" && host !== "bitbucket.org" && /^[^/]+\/[^/]+$/.test(path) ? path : undefined;
  if (!name) return undefined;
  const [owner, repo] = name.split("/") as [string, string];
  return { name, page: owner.startsWith("~") ? `users/${owner.slice(1)}/repos/${repo}` : `projects/${owner}/repos/${repo}` };
}

/**
 * Azure DevOps' other remote forms as its https one, `dev.azure.com/ORG/PROJECT/_git/REPO` (the
 * repository's web page): over SSH `ssh.dev.azure.com:v3/ORG/PROJECT/REPO` (and the older
 * `vs-ssh.visualstudio.com`), and the older `ORG.visualstudio.com/[DefaultCollection/]PROJECT/_git/REPO`.
 * Any other host and path are kept.
 */
function azureDevOps(host: string, path: string): [string, string] {
  const ssh = /^v3\/([^/]+)\/([^/]+)\/([^/]+)$/.exec(path);
  if (ssh && (host === "ssh.dev.azure.com" || host === "vs-ssh.visualstudio.com")) return ["dev.azure.com", `${ssh[1]}/${ssh[2]}/_git/${ssh[3]}`];
  const old = /^([^.]+)\.visualstudio\.com$/.exec(host);
  const web = /^(?:DefaultCollection\/)?([^/]+\/_git\/[^/]+)$/i.exec(path);
  if (old && old[1] !== "vs-ssh" && web) return ["dev.azure.com", `${old[1]}/${web[1]}`];
  return [host, path];
}

/** The host of a URL's authority: the user part and the port left out; an IPv6 address keeps its brackets. */
function hostOf(authority: string): string | undefined {
  const hostPort = authority.slice(authority.lastIndexOf("@") + 1);
  const host = hostPort.startsWith("[") ? /^\[[^\]]*\]/.exec(hostPort)?.[0] : hostPort.replace(/:\d*$/, "");
  return host || undefined;
}

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
  const found = new Map<string, FileChange>();
  if (wanted.size === 0) return Promise.resolve(found);
  return new Promise((resolvePromise) => {
    const child = spawn(
      "git",
      // --relative: in a folder below the top, paths (given and shown) are relative to that folder.
      gitArgs(dir, ["log", "--root", "--no-follow", "--no-renames", "--relative", "-c", "--format=%x1e%aN%x1f%at", "--name-status", "-z", "--stdin", rev]),
      { stdio: ["pipe", "pipe", "pipe"], env: gitEnv() },
    );
    // A history git cannot walk (a missing object, a broken pack) leaves dates out: said through
    // onFailure in git's words, unless the branch has no commit yet, where there is nothing to date.
    let errors = "";
    let stopped = false;
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (chunk: string) => {
      if (errors.length < 4096) errors += chunk;
    });
    // After `--` on standard input, each line is a pathspec; `:(literal)` keeps `*` and `[` plain.
    child.stdin.on("error", () => undefined);
    child.stdin.end(`--\n${literalSpecs(wanted).join("\n")}\n`);
    let current: FileChange | undefined;
    let status: string | undefined;
    // A file whose newest change deleted it is not at its path in the revision (a file deleted,
    // then made again and not yet committed): it has no last change, not the deletion's.
    const gone = new Set<string>();
    let pending = "";
    const consume = (record: string): void => {
      // Records: "\x1eAUTHOR\x1fTIME" then NUL-separated pairs of a status ("M", "D", a merge's
      // "MM") and a path, the first status after a newline (a merge's after an empty record).
      let text = record;
      const rs = text.indexOf("\x1e");
      if (rs >= 0) {
        // The time is after the last \x1f: a name may hold control characters, not a newline.
        const header = text.slice(rs + 1);
        const nl = header.indexOf("\n");
        const line = nl < 0 ? header : header.slice(0, nl);
        const us = line.lastIndexOf("\x1f");
        current = { by: us < 0 ? line : line.slice(0, us), on: siteDate(Number(us < 0 ? NaN : line.slice(us + 1))) };
        text = nl < 0 ? "" : header.slice(nl + 1);
        status = undefined;
      }
      const token = text.replace(/^\n+/, "");
      if (!token) return;
      if (status === undefined) {
        status = token;
        return;
      }
      const path = token;
      const deleted = /^D+$/.test(status);
      status = undefined;
      if (current && wanted.has(path) && !found.has(path) && !gone.has(path)) {
        if (deleted) gone.add(path);
        else found.set(path, current);
        if (found.size + gone.size === wanted.size) {
          stopped = true;
          child.kill();
        }
      }
    };
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => {
      pending += chunk;
      const parts = pending.split("\0");
      pending = parts.pop() ?? "";
      for (const part of parts) consume(part);
    });
    const finish = (code?: number | null): void => {
      if (pending) consume(pending);
      if (!stopped && code && !/does not have any commits yet|bad default revision|unknown revision/.test(errors)) {
        const first = errors.split("\n").find((line) => line.trim()) ?? `exit code ${code}`;
        onFailure?.(`git log failed (${first.trim()}): last_updated_* of the files it had not reached are left out`);
      }
      resolvePromise(found);
    };
    child.on("close", (code) => finish(code));
    child.on("error", () => finish());
  });
}

function literalSpecs(files: Set<string>): string[] {
  return [...files].map((f) => `:(literal)${f}`);
}

/** `2020-11-21 15:39:11.000000000 Z`, as the site writes commit times (UTC). */
export function siteDate(unixSeconds: number): string {
  if (!Number.isFinite(unixSeconds)) return "";
  const iso = new Date(unixSeconds * 1000).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}.000000000 Z`;
}

/** The site's timestamp form: `2024-02-29T19:20:29+00:00`. */
export function siteTimestamp(date: Date): string {
  return `${date.toISOString().slice(0, 19)}+00:00`;
}
