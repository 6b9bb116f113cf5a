import { basename, resolve } from "node:path";
import type { RepoFacts } from "../document/build.js";
import { runGit } from "./run.js";
import { trimTrailing } from "../kit.js";
import { isGitRepo } from "./repository-kind.js";
import { documentBranch, originUrl } from "./branch.js";
import { parseRemote } from "./remote-url.js";
import { repositoryLayout, type LayoutAnswer } from "./layout.js";
import { configEntries, type ConfigEntry } from "./config-entries.js";
import { REMOTE_URL_KEYS, remoteUrlsFromConfig, type RemoteUrls } from "./origin-from-config.js";

/**
 * The repository's name, provider and branch (as documentBranch decides it) from its remotes and
 * HEAD; plain values without git. `branchGiven`: the caller names the branch (--branch, or the one a
 * committed techstack.yml keeps, which documentBranch already read), so git is not asked for it;
 * `remoteGiven`: the caller names every fact a remote gives (REMOTE_FACTS: the committed file's
 * repository, which remoteNamed already read), so the remotes are not read. `layout`: git's answer
 * where the caller has asked it already; `config`: a listing of the configuration that holds the
 * REMOTE_URL_KEYS entries, where the caller has one (else the remote keys are listed alone).
 */
export async function repoFacts(dir: string, rev?: string, branchGiven = false, remoteGiven = false, layout?: Promise<LayoutAnswer>, config?: Promise<ConfigEntry[]>): Promise<RepoFacts> {
  const fallback = localFacts(dir);
  if (!isGitRepo(dir)) return fallback;
  const answer = layout ?? repositoryLayout(dir);
  // Origin's URL, read once for the header's remote and a CI job's check of its repository.
  const urls = remoteGiven ? undefined : remoteUrls(dir, answer, config);
  const origin = urls?.then((u) => u.origin);
  const [remote, branch, prefix] = await Promise.all([
    urls ? urls.then((u) => u.header) : "",
    branchGiven ? "" : documentBranch(dir, rev, undefined, origin, answer),
    answer.then((a) => ("layout" in a ? a.layout.prefix : "")),
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

/** The header facts a remote gives (parseRemote's): where a caller names all of them, the remotes' own would be overruled. */
export const REMOTE_FACTS = ["repo_name", "provider", "requested_by", "web_url"] as const;

/**
 * The facts of the remote that is the repository a committed techstack.yml names (`repoName`, as
 * its repo_name; origin first): a contributor's clone of a fork has the fork as origin and the
 * repository the file is of as another remote (`upstream`), and a write there kept the fork's
 * name (and report_id, and links into the fork), which the next write upstream flipped back.
 * Undefined where no remote is it (a fork's own file, a repository renamed since): origin decides.
 */
export async function remoteNamed(dir: string, repoName: string): Promise<ReturnType<typeof parseRemote>> {
  const wanted = repoName.trim().toLowerCase();
  if (!wanted) return undefined;
  const listed = await runGit(dir, ["config", "--get-regexp", "^remote\\..*\\.url$"]).catch(() => "");
  const remotes = listed
    .split("\n")
    .map((line) => /^remote\.(.+)\.url (.*)$/.exec(line.trim()))
    .filter((match) => match !== null)
    .map((match) => ({ name: match[1]!, url: match[2]!.trim() }))
    .sort((a, b) => Number(b.name === "origin") - Number(a.name === "origin"));
  for (const remote of remotes) {
    const parsed = parseRemote(remote.url);
    if (parsed && parsed.repo_name.toLowerCase() === wanted) return parsed;
  }
  return undefined;
}

/**
 * The remotes' URLs, read from a configuration listing (remoteUrlsFromConfig): the caller's
 * (`config`), else one of the remote keys alone; asked of git where the listing cannot say.
 */
async function remoteUrls(dir: string, layout: Promise<LayoutAnswer>, config: Promise<ConfigEntry[]> | undefined): Promise<RemoteUrls> {
  const [entries, answer] = await Promise.all([config ?? configEntries(dir, `^(${REMOTE_URL_KEYS})$`), layout]);
  const read = "layout" in answer ? remoteUrlsFromConfig(entries, dir, answer.layout.commonDir) : undefined;
  if (read) return read;
  const origin = originUrl(dir);
  return { origin: await origin, header: await remoteUrl(dir, origin) };
}

/**
 * The `origin` remote's URL (`origin`: originUrl's answer); without one, the repository's only
 * remote (a clone made with `--origin upstream`, a remote added as `gitlab`); else none.
 */
async function remoteUrl(dir: string, origin: Promise<string>): Promise<string> {
  const url = await origin;
  if (url.trim()) return url;
  const names = (await runGit(dir, ["remote"]).catch(() => "")).split("\n").filter((name) => name.trim());
  return names.length === 1 ? runGit(dir, ["remote", "get-url", "--", names[0]!.trim()]).catch(() => "") : "";
}

/** A repository without a remote is named after its folder, less the `.git` of a bare one's (`shop.git` is shop, as `git clone` names it). */
function localFacts(dir: string): RepoFacts {
  const folder = basename(resolve(dir));
  const name = /^.+\.git$/i.test(folder) ? folder.slice(0, -4) : folder;
  return { repo_name: name, provider: "local", branch: "main", requested_by: "", repo_type: "Public" };
}
