import type { Catalog } from "../catalog/catalog.js";
import type { CatalogTool } from "../catalog/types.js";
import type { AttributedFinding } from "../scan/run.js";
import { hasOwnPackage, isOtherScope, isVendorScope, namesTool, toolNames } from "./names.js";
import type { SpeaksFor } from "./rank.js";
import { withoutVersion } from "./written-version.js";
import { refKind } from "../kit.js";
import { REPO_METADATA } from "../constants.js";

/** Sub-categories of search servers, run from an image and reached through client packages. */
const SEARCH_SERVERS: ReadonlySet<string> = new Set(["Search as a Service", "Search Engines", "Search Tools"]);
/** Data stores that are servers (an ORM, a job library or a hosted service is not). */
const DATA_SERVERS: ReadonlySet<string> = new Set(["Databases", "In-Memory Databases", "Message Queue", "Graph Databases", "Vector Databases"]);

interface Context {
  tool: CatalogTool;
  catalog: Catalog;
  /** The tool's names as package names are compared with them (./names.ts). */
  names: ReadonlySet<string>;
  /** 0: the package is the tool itself (`vue`), 1: named after it (`@nestjs/typeorm`), 2: the rest. */
  byName: SpeaksFor;
  /** A database, cache, broker or search server: its packages are its clients, whatever their name. */
  server: boolean;
}

/**
 * A rule that takes the version away from findings whose number is another thing's release.
 * Each is applied in turn to a tool's findings, before ./rank.ts picks the one that shows it best.
 */
export interface VersionRule {
  readonly name: string;
  readonly apply: (found: AttributedFinding[], context: Context) => AttributedFinding[];
}

export const VERSION_RULES: readonly VersionRule[] = [
  {
    // Typings are versioned on their own (@types/node 20.11 says nothing of the Node.js in use): a
    // registry's `typings_prefix`, npm's `@types/`.
    name: "typings",
    apply: (found, { catalog }) => found.map((f) => (f.version && catalog.rankTraits.typings(f.ref) ? withoutVersion(f) : f)),
  },
  {
    // A closed hosted service has no release a repository pins: the number beside it is its client
    // SDK's, adapter's or Terraform provider's (firebase 10.7, @sveltejs/adapter-cloudflare 7.2,
    // hashicorp/aws 5.31), which stays on the package entry where there is one. A database server
    // also sold hosted (CockroachDB, Couchbase) runs from its own image, whose tag is its release.
    name: "closed hosted service",
    apply: (found, { tool, catalog, server }) => {
      if (tool.hosted_saas !== true || tool.open_source !== false) return found;
      return found.map((f) => (server && f.version && catalog.pinsServerRelease(refKind(f.ref)) ? f : withoutVersion(f)));
    },
  },
  {
    // When the registry has a package that is the tool (`express`, `typeorm`) and only another
    // vendor's scoped wrapper of it was declared (`@nestjs/platform-express`, or `@nestjs/typeorm`
    // named after it), the wrapper's version is not the tool's: @nestjs/typeorm 8.0 goes with
    // TypeORM 0.2. The tool's own scope (`@prisma/client` beside `prisma`) is the same release, as
    // is its vendor's (`@tanstack/react-query`, where react-query moved; the tool is TanStack Query).
    name: "another vendor's wrapper",
    apply: (found, { tool, catalog, names, byName }) => {
      if (found.some((f) => f.version && byName(f) === 0)) return found;
      return found.map((f) => (f.version && isOtherScope(f.ref, names) && !isVendorScope(f.ref, tool) && hasOwnPackage(catalog, tool, f.ref) ? withoutVersion(f) : f));
    },
  },
  {
    // A language's release is the repository's own pin at its root (.ruby-version, a Gemfile's `ruby`
    // and its lockfile's RUBY VERSION, .python-version, go.mod's `go`, a pom's release). The same pin
    // in a folder below it speaks for that folder (a Rails engine's test/dummy app, one of several
    // course projects or modules): the site gives the language no release from one (6 owners, none
    // against: corpus Meter-Reader/barion, 2lambda123/configu, hantsy/spring6-sandbox,
    // 24amcoder-sb's Karate book; held-out stephensl/LS175, ubogdan/go-playground). A package that
    // is the language (npm's `typescript`) gives its release wherever it is declared, as the site's
    // nested TypeScript shows, as do an image's tag (nested Dockerfiles' Python gives none either,
    // but in 2 owners only: corpus AgentGPT, hkube, novu) and a CI step: only a project pin
    // (catalog/kinds.yml's `project-pin` kinds) counts. Dot-folders (.github/, .config/) are the root's.
    name: "a language pinned below the root",
    apply: (found, { tool, catalog }) => {
      if (tool.sub_category !== "Languages") return found;
      return found.map((f) => (f.version && belowRoot(f.file) && catalog.rankTraits.projectPin(f) ? withoutVersion(f) : f));
    },
  },
  {
    // A database, cache, broker or search server that runs from an image has its own releases; a
    // package is one of its clients, released on its own numbering (pg 8.11 and psycopg2 2.9 are
    // not PostgreSQL 8.11 or 2.9, the redis gem 4.6 is not Redis 4.6, a Helm chart's 12.1 is the
    // chart's). Only an image's tag or a version manager's pin says which server a project runs
    // (the kinds `catalog/kinds.yml` lists as `server-release`), or, in a kind that ships servers
    // beside clients (`server-release-by-name`: conda), the package named as the server.
    name: "a server's clients",
    apply: (found, { tool, catalog, server, byName }) => {
      // An image tagged with another thing's release (`[~, mkdocs]`: Material for MkDocs' image) runs
      // no server of the tool's own: MkDocs, which the site files under Search Engines, is a site
      // generator whose PyPI package is itself.
      if (!server || !catalog.revealsVersionedImage(tool.id)) return found;
      const pinsServer = (f: AttributedFinding, kind: string) => catalog.pinsServerRelease(kind) || (catalog.shipsServerByName(kind) && byName(f) === 0);
      return found.map((f) => (f.version && !pinsServer(f, refKind(f.ref)) ? withoutVersion(f) : f));
    },
  },
];

/**
 * A tool's findings with the versions that are not its own taken away, and which of them speaks
 * for its release (rank 2 of ./rank.ts): by name, the package that is the tool itself, then one
 * named after it; but when every versioned package is only a client (a data store's, a search
 * server's, or none named as the tool), an image of the tool that gives a version
 * (psycopg2 2.9 is not PostgreSQL 2.9; the `elasticsearch` client 8.11 is not the 7.17 image).
 */
export function ownVersions(tool: CatalogTool, found: AttributedFinding[], catalog: Catalog): { found: AttributedFinding[]; speaksFor: SpeaksFor } {
  const names = toolNames(tool);
  // Each finding's answer once: pickBest asks it of the best so far at every comparison.
  const known = new Map<string, number>();
  const naming = catalog.rankTraits;
  const byName: SpeaksFor = (f) => {
    let order = known.get(f.ref);
    if (order === undefined) known.set(f.ref, (order = namesTool(f.ref, names, { wholeName: true, naming }) ? 0 : namesTool(f.ref, names, { naming }) ? 1 : 2));
    return order;
  };
  const sub = tool.sub_category ?? "";
  const context: Context = { tool, catalog, names, byName, server: (tool.category === "Data Stores" && DATA_SERVERS.has(sub)) || SEARCH_SERVERS.has(sub) };
  for (const rule of VERSION_RULES) found = rule.apply(found, context);
  const clientsOnly = tool.category === "Data Stores" || context.server || !found.some((f) => f.version && byName(f) < 2);
  // An image's tag (a `tag-release` kind's finding: `docker`) with a version.
  const hasImageVersion = (f: AttributedFinding): boolean => Boolean(f.version) && catalog.rankTraits.tagRelease(f);
  const speaksFor: SpeaksFor = clientsOnly && found.some(hasImageVersion) ? (f) => (hasImageVersion(f) ? 0 : 1) : byName;
  return { found, speaksFor };
}

/**
 * A file in a folder below the root that is not one of the root's own configuration folders
 * (`.github/`, `.devcontainer/`, `.config/`: dot-folders hold the repository's own settings, as its
 * root does).
 */
function belowRoot(file: string): boolean {
  if (file === REPO_METADATA) return false;
  return file.includes("/") && !file.startsWith(".");
}
