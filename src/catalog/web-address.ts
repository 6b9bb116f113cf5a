import { storedTools, type Catalog } from "./catalog.js";
import type { CatalogTool } from "./types.js";
import { listedBySlug } from "./site-list.js";

/** The stack-sharing site's host: its tool pages are `https://stackshare.io/<slug>`, the slug a catalog tool's id. */
const SITE_HOST = "stackshare.io";

/** Hosts where an address's path names a repository (`github.com/vercel/next.js`), not a page of one tool's site. */
const CODE_HOSTS = new Set(["github.com", "gitlab.com", "bitbucket.org", "codeberg.org"]);

/** The site's sub-category of container registries: on a host that is one's site, a path typed bare is an image. */
const REGISTRY_SUB_CATEGORY = "Docker Registry";

export interface WebAddress {
  /** Lower-cased, without `www.`. */
  host: string;
  /** The path's parts, without empty ones (`/s3/` is ["s3"]); case kept. */
  path: string[];
  /** Whether a scheme (`https://`) or `www.` was typed: then the text is an address, not a package or image name. */
  marked: boolean;
}

/**
 * A typed web address, read as one: `https://redis.io`, `www.djangoproject.com`, `vuejs.org`,
 * `https://aws.amazon.com/s3/`. A query string and fragment are left off. No address: text with a
 * space, a port or tag after `:` (`localhost:8080`, `postgres:16`), or a host without a dot.
 */
export function webAddress(query: string): WebAddress | undefined {
  const m = /^(https?:\/\/)?(www\.)?([a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,})(\/[^\s?#]*)?(?:[?#]\S*)?$/i.exec(query.trim());
  if (!m) return undefined;
  return { host: m[3]!.toLowerCase(), path: (m[4] ?? "").split("/").filter(Boolean), marked: Boolean(m[1] || m[2]) };
}

/** A typed address of a repository on a code host (`github.com/techfort/LokiJS`), as its page: `https://github.com/techfort/LokiJS`. */
export function repositoryPage(query: string): string | undefined {
  const address = webAddress(query);
  if (!address || !CODE_HOSTS.has(address.host) || address.path.length < 2) return undefined;
  return `https://${address.host}/${address.path[0]}/${address.path[1]!.replace(/\.git$/i, "")}`;
}

interface Sites {
  /** Each tool's site by host, with its path's parts lower-cased. */
  byHost: Map<string, Array<{ tool: CatalogTool; path: string[] }>>;
}

const sitesFor = new WeakMap<Catalog, Sites>();

function sites(catalog: Catalog): Sites {
  let found = sitesFor.get(catalog);
  if (found) return found;
  const byHost = new Map<string, Array<{ tool: CatalogTool; path: string[] }>>();
  // The tools as stored: handing every one out would freeze them all (resolve freezes those it returns).
  for (const tool of storedTools(catalog)) {
    const site = tool.website_url && webAddress(tool.website_url);
    if (!site) continue;
    const list = byHost.get(site.host) ?? [];
    list.push({ tool, path: site.path.map((p) => p.toLowerCase()) });
    byHost.set(site.host, list);
  }
  found = { byHost };
  sitesFor.set(catalog, found);
  return found;
}

/**
 * The tools a typed web address names: the tool whose site the address is, or is a page of (the
 * longest site path the address opens with: `aws.amazon.com/s3/pricing` is Amazon S3's, `nodejs.org/en`
 * Node.js's), and the tool of a page of the site itself (`stackshare.io/mongodb`). A host several
 * tools' sites share names, by its bare root, only an address that is that root: `github.com/vercel/next.js`
 * is no page of GitHub's. On a code host, an address of a repository whose site is elsewhere is
 * returned as its repository's name (`next.js`), for the caller to read as a typed name.
 */
export function websiteTools(catalog: Catalog, address: WebAddress): { tools: CatalogTool[]; repository?: string } {
  if (address.host === SITE_HOST) {
    // A page of a tool of the site's list the catalog leaves out names it too (site-list.ts).
    const slug = address.path.length === 1 ? address.path[0]!.toLowerCase() : undefined;
    const tool = slug === undefined ? undefined : (catalog.tools.get(slug) ?? listedBySlug(catalog, slug));
    return { tools: tool ? [tool] : [] };
  }
  const candidates = sites(catalog).byHost.get(address.host) ?? [];
  const typed = address.path.map((p) => p.toLowerCase());
  const shared = candidates.length > 1;
  let best: CatalogTool[] = [];
  let bestLength = -1;
  for (const { tool, path } of candidates) {
    if (path.length > typed.length || !path.every((part, i) => part === typed[i])) continue;
    // A shared host's root names none of its sites' tools by a longer path: that path is some other
    // page (a repository of github.com, a product of aws.amazon.com the catalog has no site for).
    if (shared && path.length === 0 && typed.length > 0) continue;
    // A registry's host with a path, typed without a scheme, is an image reference copied from a
    // compose file or a `docker pull` (`quay.io/keycloak/keycloak`), which the image matchers read.
    if (!address.marked && typed.length > 0 && tool.sub_category === REGISTRY_SUB_CATEGORY) continue;
    if (path.length > bestLength) [best, bestLength] = [[tool], path.length];
    else if (path.length === bestLength) best.push(tool);
  }
  // A clone's address too: `https://github.com/vercel/next.js.git` is the repository next.js.
  if (best.length === 0 && CODE_HOSTS.has(address.host) && address.path.length >= 2) return { tools: [], repository: address.path[1]!.replace(/\.git$/i, "") };
  return { tools: best };
}
