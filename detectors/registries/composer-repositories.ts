import { isRecord } from "../../src/kit.js";

/**
 * What one entry of composer.json's `repositories` names: a registry's URL, a version-control
 * repository's, or its system (its type), with the URL as the file writes it (where it is found).
 */
export type ComposerSource = { kind: "registry-host" | "vcs-host" | "composer-vcs"; name: string; written: string };

/** Types whose URL lists packages: Composer's own repositories and Composer 1's PEAR channels. */
const REGISTRY_TYPES = new Set(["composer", "pear"]);

/**
 * Types that check one package out of a version-control repository: `vcs` (the driver guessed from
 * the URL), a driver by name, and the forges' API drivers (Composer 2's `bitbucket`, its earlier
 * `git-bitbucket` and `hg-bitbucket`, and `forgejo`).
 */
const VCS_TYPES = new Set(["vcs", "git", "github", "gitlab", "bitbucket", "git-bitbucket", "hg-bitbucket", "forgejo", "svn", "hg", "fossil", "perforce"]);

/**
 * The sources of composer.json's `repositories` (a list, or an object keyed by name), by what each
 * reveals. A `composer` or `pear` repository's `url` is a registry, as is the archive a `package`
 * repository downloads (its `package.dist.url`; `package` may list several versions; its `source`
 * is a checkout). A version-control repository's `url` is a forge's host (`vcs-host`) and its
 * type the system Composer runs to read it (`composer-vcs`: `svn`, `hg`). `artifact` and `path`
 * are folders of zips or packages on disk, with no host; any other type is unknown to Composer.
 */
export function composerSources(data: unknown): ComposerSource[] {
  const repos = isRecord(data) ? data.repositories : undefined;
  const list = Array.isArray(repos) ? repos : isRecord(repos) ? Object.values(repos) : [];
  const out: ComposerSource[] = [];
  for (const r of list) {
    if (!isRecord(r) || typeof r.type !== "string") continue;
    if (r.type === "package") {
      for (const p of Array.isArray(r.package) ? r.package : [r.package]) if (isRecord(p) && isRecord(p.dist) && typeof p.dist.url === "string") out.push({ kind: "registry-host", name: p.dist.url, written: p.dist.url });
    } else if (typeof r.url !== "string") {
      continue;
    } else if (REGISTRY_TYPES.has(r.type)) {
      out.push({ kind: "registry-host", name: r.url, written: r.url });
    } else if (VCS_TYPES.has(r.type)) {
      out.push({ kind: "vcs-host", name: scpAsUrl(r.url), written: r.url }, { kind: "composer-vcs", name: r.type, written: r.url });
    }
  }
  return out;
}

/**
 * git's scp-like address (`git@gitlab.acme.io:platform/sdk.git`, the form Composer's documentation
 * gives a private repository) as the ssh:// URL it stands for; any other URL as written. As git
 * reads it, a colon before any slash makes it one (a perforce `ssl:host:1666` port has no path).
 */
function scpAsUrl(url: string): string {
  const scp = /^([^/:@\s]+@)?([^/:@\s]+):(?!\/\/)([^\s]+\/[^\s]*)$/.exec(url);
  return scp ? `ssh://${scp[1] ?? ""}${scp[2]}/${scp[3]}` : url;
}
