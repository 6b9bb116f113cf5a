import { realpathSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import type { RepoFacts } from "../document/build.js";
import { runGit } from "./run.js";
import { trimTrailing } from "../kit.js";
import { isGitRepo } from "./repository-kind.js";
import { documentBranch, revisionNames, type RevisionNames } from "./branch.js";
import { parseRemote } from "./remote-url.js";
import { repositoryLayout, type LayoutAnswer } from "./layout.js";
import { configEntries, type ConfigEntry } from "./config-entries.js";
import { configuredRemotes, REMOTE_URL_KEYS, remoteUrlsFromConfig, type RemoteUrls } from "./origin-from-config.js";

/** Who names a document's branch (repoFacts' `branch`). */
export type BranchFrom = "git" | "caller" | "kept";

/**
 * The repository's name, provider and branch (as documentBranch decides it) from its remotes and
 * HEAD; without a remote, the name of the checkout's top folder (the scanned folder may be below
 * it); plain values without git (the folder's own name). `branch`: who names the branch: git (asked here), the caller
 * (--branch: a revision's links open that branch too) or a committed techstack.yml (the one it
 * keeps, which documentBranch already read: a commit's links still open the commit);
 * `remoteGiven`: the caller names every fact a remote gives (REMOTE_FACTS: the committed file's
 * repository, which remoteNamed already read), so the remotes are not read. `layout`: git's answer
 * where the caller has asked it already; `config`: a listing of the configuration that holds the
 * REMOTE_URL_KEYS entries, where the caller has one (else the remote keys are listed alone);
 * `namesOf`: what a revision names (revisionNames), where the caller asks it too.
 */
export async function repoFacts(
  dir: string,
  rev?: string,
  branch: BranchFrom = "git",
  remoteGiven = false,
  layout?: Promise<LayoutAnswer>,
  config?: Promise<ConfigEntry[]>,
  namesOf: (rev: string) => Promise<RevisionNames> = (r) => revisionNames(dir, r),
): Promise<RepoFacts> {
  if (!isGitRepo(dir)) return localFacts(dir);
  const answer = layout ?? repositoryLayout(dir);
  // The remotes' URLs, read once for the header's remote, a CI job's check of its repository and a detached HEAD's remote branch.
  const urls = remoteGiven ? undefined : remoteUrls(dir, answer, config);
  // A revision that names no branch or tag (`HEAD~1`, a hash): links open its commit's files.
  const names = rev && rev !== "HEAD" && branch !== "caller" ? namesOf(rev) : undefined;
  const [remote, named, prefix, commit] = await Promise.all([
    urls ? urls.then((u) => u.header) : "",
    branch === "git" ? documentBranch(dir, rev, undefined, urls, answer, names) : "",
    answer.then((a) => ("layout" in a ? a.layout.prefix : "")),
    names?.then((n) => n.commit),
  ]);
  const parsed = parseRemote(remote.trim());
  const folder = trimTrailing(prefix.trim(), "/");
  // Without a remote, the repository is its checkout's top folder, whichever folder below it is scanned.
  const fallback = localFacts(topFolder(dir, folder));
  // Where nothing names a branch (a detached HEAD no branch, tag or remote HEAD stands for), the
  // header names none, and the links open the commit scanned: a branch written there was a guess.
  const linked = commit || (branch === "git" && !named && parsed ? await headCommit(dir, rev) : undefined);
  return {
    ...fallback,
    ...(parsed ?? {}),
    branch: named || fallback.branch,
    ...(folder ? { folder } : {}),
    ...(linked ? { link_ref: linked } : {}),
  };
}

/** The header facts a remote gives (parseRemote's): where a caller names all of them, the remotes' own would be overruled. */
export const REMOTE_FACTS = ["repo_name", "provider", "requested_by", "web_url"] as const;

/**
 * The facts of the remote that is the repository a committed techstack.yml names (`repoName`, as
 * its repo_name; origin first): a contributor's clone of a fork has the fork as origin and the
 * repository the file is of as another remote (`upstream`), and a write there kept the fork's
 * name (and report_id, and links into the fork), which the next write upstream flipped back.
 * Undefined where no remote is it (a fork's own file, a repository renamed since): origin decides.
 * `urls`: the remotes' URLs (remoteUrls' answer) where the caller has read them; else read here.
 */
export async function remoteNamed(dir: string, repoName: string, urls?: Promise<RemoteUrls>): Promise<ReturnType<typeof parseRemote>> {
  const wanted = repoName.trim().toLowerCase();
  if (!wanted) return undefined;
  const { remotes } = await (urls ?? remoteUrls(dir, repositoryLayout(dir)));
  const named = [...remotes].sort(([a], [b]) => Number(b === "origin") - Number(a === "origin"));
  for (const [, url] of named) {
    const parsed = parseRemote(url.trim());
    if (parsed && parsed.repo_name.toLowerCase() === wanted) return parsed;
  }
  return undefined;
}

/**
 * The remotes' URLs, read from a configuration listing (remoteUrlsFromConfig): the caller's
 * (`config`, holding the REMOTE_URL_KEYS entries), else one of the remote keys alone. Where the
 * listing cannot say (the repository keeps remotes in the files git read before remotes were
 * configuration, which `git remote` does not list), origin's is asked of git.
 */
export async function remoteUrls(dir: string, layout: Promise<LayoutAnswer>, config?: Promise<ConfigEntry[]>): Promise<RemoteUrls> {
  const [entries, answer] = await Promise.all([config ?? configEntries(dir, `^(${REMOTE_URL_KEYS})$`), layout]);
  const read = "layout" in answer ? remoteUrlsFromConfig(entries, dir, answer.layout.commonDir) : undefined;
  if (read) return read;
  const remotes = configuredRemotes(entries);
  const origin = (await runGit(dir, ["remote", "get-url", "origin"]).catch(() => "")).trim();
  if (origin) remotes.set("origin", origin);
  return { origin, header: origin || (remotes.size === 1 ? [...remotes.values()][0]! : ""), remotes };
}

/** The commit `rev` (HEAD by default) names; undefined where git cannot say (no commit yet). */
async function headCommit(dir: string, rev = "HEAD"): Promise<string | undefined> {
  const out = await runGit(dir, ["rev-parse", "--verify", "--quiet", `${rev}^{commit}`]).catch(() => "");
  return out.trim() || undefined;
}

/**
 * The top of the checkout `dir` is `folder` below (the layout's prefix, "" at the top): `dir` itself
 * at the top (as the user's path names it), else its real path less that many folders (git's
 * prefix is of the real path: a link to a service folder would otherwise climb from the link's place).
 */
function topFolder(dir: string, folder: string): string {
  if (!folder) return dir;
  let top: string;
  try {
    top = realpathSync(dir);
  } catch {
    top = resolve(dir);
  }
  for (let i = 0; i < folder.split("/").length; i++) top = dirname(top);
  return top;
}

/**
 * A repository without a remote is named after its folder, less the `.git` of a bare one's (`shop.git` is shop, as `git clone` names it);
 * its branch is empty until git names one (documentBranch).
 */
function localFacts(dir: string): RepoFacts {
  const folder = basename(resolve(dir));
  const name = /^.+\.git$/i.test(folder) ? folder.slice(0, -4) : folder;
  return { repo_name: name, provider: "local", branch: "", requested_by: "", repo_type: "Public" };
}
