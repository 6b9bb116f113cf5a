import type { RepoFacts } from "../document/build.js";
import { providerOf, readableName, webHost, webPath } from "./forges.js";
import { trimTrailing } from "../kit.js";

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
