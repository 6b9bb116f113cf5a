/** What techstack knows of each forge a remote can name: its public host and how it links to one file. */
const FORGES: Readonly<Record<string, { host: string; fileSegment: string }>> = {
  github: { host: "github.com", fileSegment: "blob" },
  gitlab: { host: "gitlab.com", fileSegment: "-/blob" },
  bitbucket: { host: "bitbucket.org", fileSegment: "src" },
};

/**
 * A forge of the table by its name; none for any other provider. A host or provider is a name from
 * a remote URL (`git@constructor:team/app.git`), so the table's own keys only: never `constructor`
 * or `__proto__`, which a plain object lookup would find on every object.
 */
function forge(provider: string): { host: string; fileSegment: string } | undefined {
  return Object.hasOwn(FORGES, provider) ? FORGES[provider] : undefined;
}

/**
 * The hosts the forges serve SSH on through port 443, for networks that close port 22: a remote on
 * one is the forge's own repository, whose web pages are on the forge's host.
 */
const SSH_OVER_HTTPS_PORT: Readonly<Record<string, string>> = {
  "ssh.github.com": "github.com",
  "altssh.gitlab.com": "gitlab.com",
  "altssh.bitbucket.org": "bitbucket.org",
};

/**
 * An SSH alias of ~/.ssh/config for a second account on a forge, as guides name them:
 * `git@github.com-work:acme/app.git` (no host has a `com-work` top-level domain, so it is never a
 * real server's name).
 */
const ACCOUNT_ALIAS = /^(github\.com|gitlab\.com|bitbucket\.org)[-_][^.]+$/;
/** A forge's host written with `www.` (`https://www.github.com/acme/app`), which git follows to the forge. */
const WWW_FORGE = /^www\.(github\.com|gitlab\.com|bitbucket\.org)$/;

/** A remote's host as its web pages are: `ssh.github.com` (SSH on port 443) and an account's alias `github.com-work` and `www.github.com` are github.com, any other host itself. */
export function webHost(host: string): string {
  if (Object.hasOwn(SSH_OVER_HTTPS_PORT, host)) return SSH_OVER_HTTPS_PORT[host]!;
  return (ACCOUNT_ALIAS.exec(host) ?? WWW_FORGE.exec(host))?.[1] ?? host;
}

/** A remote's host as the document's provider: a forge by its name (`github.example.com` is github), else the host. */
export function providerOf(host: string): string {
  return Object.keys(FORGES).find((forge) => host.includes(forge)) ?? host;
}

/**
 * Whether a provider (a host, for a forge outside the table) is a Gitea or Forgejo server: Codeberg,
 * or a host with a `gitea` or `forgejo` label (gitea.com, gitea.corp.example). They have no
 * `blob/REF/PATH` route: a file is at `src/REF/PATH`, which resolves a branch, tag or commit.
 */
function giteaFamily(provider: string): boolean {
  return provider === "codeberg.org" || provider.split(".").some((label) => label === "gitea" || label === "forgejo");
}

/** The path segment before the branch in a link to one file: GitLab's `-/blob`, Bitbucket's, Gitea's and Forgejo's `src`, else GitHub's `blob`. */
export function fileSegment(provider: string | undefined): string {
  if (provider === undefined) return "blob";
  return forge(provider)?.fileSegment || (giteaFamily(provider) ? "src" : "blob");
}

/** A Bitbucket Server (Data Center) repository's page: `projects/PROJECT/repos/REPO`, or `users/NAME/repos/REPO`. */
const BITBUCKET_SERVER_PAGE = /\/(?:projects|users)\/[^/]+\/repos\/[^/]+$/;

/** Where a Bitbucket Server repository named `name` (PROJECT/REPO, ~NAME/REPO) has its page, below the host. */
function bitbucketServerPage(name: string): string | undefined {
  const parts = name.split("/");
  if (parts.length !== 2) return undefined;
  return parts[0]!.startsWith("~") ? `users/${parts[0]!.slice(1)}/repos/${parts[1]}` : `projects/${parts[0]}/repos/${parts[1]}`;
}

/**
 * The link to one file of the repository whose web page is `webUrl`, on `branch`: Azure DevOps
 * (a page ending in `/_git/REPO`, on no forge of the table) names the file and the branch in its query
 * (`?path=/api/package.json&version=GBmain`); the others by a path, each forge's segment before
 * the branch. `encode` encodes a path's folders (its slashes kept).
 */
export function fileUrl(webUrl: string, provider: string | undefined, branch: string, file: string, encode: (path: string) => string): string {
  if (!(provider !== undefined && forge(provider)) && /\/_git\/[^/]+$/.test(webUrl)) return `${webUrl}?path=/${encode(file)}&version=GB${encode(branch)}`;
  if (provider !== "github" && provider !== "gitlab" && BITBUCKET_SERVER_PAGE.test(webUrl)) return `${webUrl}/browse/${encode(file)}?at=${encode(branch)}`;
  return `${webUrl}/${fileSegment(provider)}/${encode(branch)}/${encode(file)}`;
}

/**
 * The repository's web page from the document's provider and name: the page the document's own
 * links (`links`, the detection_source_url of its scanned tools) name, else a forge by its host,
 * another provider named by its host (a self-hosted forge). A local folder without a remote has none.
 */
export function repositoryUrl(provider: string | undefined, repoName: string, links: readonly (string | undefined)[] = []): string | undefined {
  if (!provider || provider === "local" || !repoName.includes("/")) return undefined;
  // A self-hosted forge (provider gitlab on gitlab.corp.example): the host the scan's own links to
  // the repository name, where one does.
  // Bitbucket Server's links name the repository by its page, projects/PROJECT/repos/REPO.
  const pages = [repoName, bitbucketServerPage(repoName)].filter((page): page is string => page !== undefined).map(webPath);
  for (const link of links) {
    if (!link?.startsWith("https://")) continue;
    for (const page of pages) {
      const base: string = link.slice(0, link.indexOf("/", 8) + 1 || link.length) + page;
      if (link === base || link.startsWith(`${base}/`) || link.startsWith(`${base}?`)) return base;
    }
  }
  const host = forge(provider)?.host ?? (provider.includes(".") ? provider : undefined);
  return host ? `https://${host}/${webPath(repoName)}` : undefined;
}

/**
 * A repository path as people write its name: a URL's escapes decoded (Azure DevOps' remote
 * `_git/My%20Repo` is the repository `My Repo`), but for an escaped slash, which would split its
 * folder in two (`a%2Fb` stays). A folder whose escapes are malformed (`100%`) is kept as written.
 */
export function readableName(path: string): string {
  return path
    .split("/")
    .map((folder) => folder.split(/%2F/i).map(decodedFolder).join("%2F"))
    .join("/");
}

/** A folder of a path with its escapes decoded; one with a malformed escape as written. */
function decodedFolder(folder: string): string {
  try {
    return decodeURIComponent(folder);
  } catch {
    return folder;
  }
}

/** Half of a UTF-16 surrogate pair, without its other half. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** A repository path as a web page's address writes it, from a path written either way (`My Repo` or `My%20Repo` is `My%20Repo`). */
export function webPath(path: string): string {
  return (
    path
      .split("/")
      // Half a surrogate pair has no UTF-8 form (encodeURIComponent throws on it): U+FFFD stands in, as a UTF-8 decoder writes it.
      .map((folder) => encodeURIComponent(decodedFolder(folder).replace(LONE_SURROGATE, "\ufffd")))
      .join("/")
  );
}
