import { createHash } from "node:crypto";
import type { Catalog } from "../catalog/catalog.js";
import type { CatalogTool } from "../catalog/types.js";
import { FILE_MATCHERS, type AttributedFinding } from "../scan/run.js";
import type { StackDocument, ToolEntry } from "../types.js";
import { REPO_METADATA } from "../constants.js";
import { compareText, toolOrder } from "./order.js";
import { pickBest } from "./rank.js";
import { dirOf, foldersUp } from "../kit.js";

/** Sub-categories of search servers, run from an image and reached through client packages. */
const SEARCH_SERVERS: ReadonlySet<string> = new Set(["Search as a Service", "Search Engines", "Search Tools"]);

export interface RepoFacts {
  repo_name: string;
  provider: string;
  branch: string;
  requested_by: string;
  repo_type: string;
  /** `https://github.com/owner/name` when the remote is known: detection_source_url is built on it. */
  web_url?: string;
  /** The scanned folder inside the repository (`services/api`) when it is not the top: links go through it. */
  folder?: string;
}

export interface FileChange {
  by: string;
  /** In the site's form: `2020-11-21 15:39:11.000000000 Z`. */
  on: string;
}

export interface BuildInput {
  findings: readonly AttributedFinding[];
  catalog: Catalog;
  repo: RepoFacts;
  timestamp: string;
  changes?: ReadonlyMap<string, FileChange>;
  packages?: boolean;
}

/**
 * Turns findings into the stack document: one entry per catalog tool, one package entry per
 * direct dependency, each with the finding that shows it best.
 */
export function buildDocument(input: BuildInput): StackDocument {
  const { catalog } = input;
  const byTool = new Map<string, AttributedFinding[]>();
  const byPackage = new Map<string, AttributedFinding[]>();
  const devPackages: AttributedFinding[] = [];
  for (const raw of input.findings) {
    const finding = withDocumentVersion(raw);
    const colon = finding.ref.indexOf(":");
    const kind = finding.ref.slice(0, colon);
    const name = finding.ref.slice(colon + 1);
    if (!name) continue;
    // A dependency of a dependency says what a library uses, not what this repository is built with.
    const tools = kind === "tool" ? catalog.toolsOf([name]) : finding.transitive ? [] : catalog.match(kind, name);
    // A key that reveals several tools gives its version to the first only: the package's
    // version is not the version of the others (spring-boot-starter-data-jpa is not Hibernate 3.2).
    // A list starting with `~` gives it to none of them.
    const taker = kind !== "tool" && tools.length && catalog.versionless(kind, name) ? -1 : 0;
    tools.forEach((tool, i) => push(byTool, tool.id, i === taker ? finding : withoutVersion(finding)));
    // Every direct dependency is a package entry, also when it reveals a tool: the package tables
    // stay complete, and the site itself lists many tool-revealing packages (react-dom, express).
    if (finding.direct && input.packages !== false && catalog.registries.has(kind)) {
      push(byPackage, `${kind}\0${catalog.normalize(kind, name)}`, finding);
    }
    if (finding.direct && finding.dev && finding.version && !tools.length && catalog.registries.has(kind)) devPackages.push(finding);
  }
  // A tool its configuration file shows (vitest.config.ts) whose package the catalog leaves to the
  // package table (vitest) takes that package's version when its project declares it as a
  // development dependency named as the tool itself: the same release, read from the lockfile.
  for (const [id, found] of byTool) {
    if (found.some((f) => f.version) || !found.every((f) => f.detector === FILE_MATCHERS)) continue;
    const names = toolNames(catalog.tools.get(id)!);
    // Only a manifest of the configuration's own project: its folder or one above it.
    const projects = new Set(found.flatMap((f) => [...foldersUp(dirOf(f.file))]));
    const own = devPackages.filter((f) => namesTool(f.ref, names, true) && projects.has(dirOf(f.file)));
    const best = own.length ? pickBest(own) : undefined;
    if (best) found.push(best);
  }

  const entries: ToolEntry[] = [];
  for (const [id, found] of byTool) entries.push(toolEntry(catalog.tools.get(id)!, found, input));
  entries.sort(toolOrder);
  const packages: ToolEntry[] = [];
  for (const [key, found] of byPackage) packages.push(packageEntry(key.slice(0, key.indexOf("\0")), found, input));
  packages.sort((a, b) => compareText(a.name, b.name));
  const tools = [...entries, ...packages];

  return {
    repo_name: input.repo.repo_name,
    report_id: reportId(input.repo.repo_name, tools),
    version: 0.1,
    repo_type: input.repo.repo_type,
    timestamp: input.timestamp,
    requested_by: input.repo.requested_by,
    provider: input.repo.provider,
    branch: input.repo.branch,
    detected_tools_count: tools.length,
    tools,
  };
}

function toolEntry(tool: CatalogTool, found: AttributedFinding[], input: BuildInput): ToolEntry {
  // Typings are versioned on their own (@types/node 20.11 says nothing of the Node.js in use):
  // they show the tool, never its version.
  found = found.map((f) => (f.version && f.ref.startsWith("npm:@types/") ? withoutVersion(f) : f));
  // A closed hosted service has no release a repository pins: the number beside it is its client
  // SDK's, adapter's or Terraform provider's (firebase 10.7, @sveltejs/adapter-cloudflare 7.2,
  // hashicorp/aws 5.31), which stays on the package entry where there is one; the site writes
  // none for these either.
  if (isClosedService(tool)) found = found.map(withoutVersion);
  // Which finding speaks for the tool's own release (rank 2 of ./rank.ts): by name, the package
  // that is the tool itself (`vue`, `typeorm`), then one named after it (`@nestjs/typeorm`).
  const names = toolNames(tool);
  const byName = (f: AttributedFinding) => (namesTool(f.ref, names, true) ? 0 : namesTool(f.ref, names) ? 1 : 2);
  // When the registry has a package that is the tool (`express`, `typeorm`) and only another
  // vendor's scoped wrapper of it was declared (`@nestjs/platform-express`, or `@nestjs/typeorm`
  // named after it), the wrapper's version is not the tool's: @nestjs/typeorm 8.0 goes with
  // TypeORM 0.2. The tool's own scope (`@prisma/client` beside `prisma`) is the same release.
  if (!found.some((f) => f.version && byName(f) === 0)) found = found.map((f) => (f.version && isOtherScope(f.ref, names) && hasOwnPackage(input.catalog, tool, f.ref) ? withoutVersion(f) : f));
  // A client's release is not the server's (psycopg2 2.9 is not PostgreSQL 2.9, the redis gem 4.6
  // is not Redis 4.6): an image of the tool, when one gives a version, speaks for it, unless a
  // package is the tool itself. A data store's or a search server's packages are always its
  // clients, whatever their name (the `elasticsearch` client 8.11 beside the image 7.17).
  const server = tool.category === "Data Stores" || SEARCH_SERVERS.has(tool.sub_category ?? "");
  const clientsOnly = server || !found.some((f) => f.version && byName(f) < 2);
  const image = (f: AttributedFinding) => Boolean(f.version) && f.ref.startsWith("docker:");
  // A data store or search server run from an untagged image (`image: redis`) has no known
  // release: its clients' numbers are not one either.
  if (server && found.some((f) => f.ref.startsWith("docker:")) && !found.some(image)) {
    found = found.map((f) => (f.version && !f.ref.startsWith("docker:") ? withoutVersion(f) : f));
  }
  const speaksFor = clientsOnly && found.some(image) ? (f: AttributedFinding) => (image(f) ? 0 : 1) : byName;
  const best = pickBest(found, speaksFor)!;
  const versioned = best.version ? best : undefined;
  const entry: ToolEntry = { name: tool.name };
  if (tool.description) entry.description = tool.description;
  if (tool.website_url) entry.website_url = tool.website_url;
  if (versioned?.version) entry.version = versioned.version;
  const license = versioned?.license ?? best.license ?? tool.license;
  if (license) entry.license = license;
  entry.open_source = tool.open_source ?? false;
  entry.hosted_saas = tool.hosted_saas ?? false;
  if (tool.category) entry.category = tool.category;
  if (tool.sub_category) entry.sub_category = tool.sub_category;
  if (tool.image_url) entry.image_url = tool.image_url;
  addSource(entry, best, versioned, input);
  return entry;
}

function packageEntry(kind: string, found: AttributedFinding[], input: BuildInput): ToolEntry {
  const registry = input.catalog.registries.get(kind)!;
  const best = pickBest(found)!;
  const versioned = best.version ? best : undefined;
  const name = best.ref.slice(kind.length + 1);
  const entry: ToolEntry = { name: registry.short_name ? shortName(name) : name };
  if (registry.package_url) entry.package_url = registry.package_url.replace("{name}", name);
  if (versioned?.version) entry.version = versioned.version;
  const license = versioned?.license ?? best.license;
  if (license) entry.license = license;
  entry.open_source = Boolean(license);
  entry.hosted_saas = false;
  entry.category = registry.category;
  entry.sub_category = registry.sub_category;
  if (registry.image_url) entry.image_url = registry.image_url;
  addSource(entry, best, versioned, input);
  return entry;
}

function addSource(entry: ToolEntry, best: AttributedFinding, versioned: AttributedFinding | undefined, input: BuildInput): void {
  const { repo } = input;
  if (best.file === REPO_METADATA) {
    entry.detection_source_url = repo.web_url ?? repo.repo_name;
    entry.detection_source = REPO_METADATA;
    return;
  }
  const urlFile = (versioned === best ? best.versionFile : undefined) ?? versioned?.versionFile ?? best.file;
  entry.detection_source_url = repo.web_url ? `${repo.web_url}/blob/${repo.branch}/${encodePath(repo.folder ? `${repo.folder}/${urlFile}` : urlFile)}` : urlFile;
  entry.detection_source = best.file;
  const change = input.changes?.get(best.file);
  if (change) {
    entry.last_updated_by = change.by;
    entry.last_updated_on = change.on;
  }
}

/**
 * A module path's last element, the name people call it by: github.com/spf13/cobra is "cobra".
 * A major-version suffix is not a name (github.com/go-chi/chi/v5 is "chi", not "v5").
 */
function shortName(path: string): string {
  const parts = path.split("/");
  if (parts.length > 1 && /^v\d+$/.test(parts[parts.length - 1]!)) parts.pop();
  return parts[parts.length - 1]!;
}

/** A hosted service whose code is not published (Firebase, Stripe, Amazon S3), as the catalog says. */
function isClosedService(tool: CatalogTool): boolean {
  return tool.hosted_saas === true && tool.open_source === false;
}

/** `@nestjs/platform-express` for Express: a package under a scope that is not one of the tool's names. */
function isOtherScope(ref: string, names: ReadonlySet<string>): boolean {
  const scope = /^[\w-]+:@([^/]+)\//.exec(ref)?.[1];
  return scope !== undefined && !names.has(nameKey(scope));
}

/** Whether the finding's registry has a package named as the tool itself that reveals it. */
function hasOwnPackage(catalog: Catalog, tool: CatalogTool, ref: string): boolean {
  const kind = ref.slice(0, ref.indexOf(":"));
  if (!catalog.registries.has(kind)) return false;
  const candidates = new Set([tool.id, tool.name.toLowerCase(), ...(tool.aliases ?? []).map((a) => a.toLowerCase())]);
  for (const name of candidates) {
    if (name === ref.slice(kind.length + 1).toLowerCase()) continue;
    if (catalog.match(kind, name).some((t) => t.id === tool.id)) return true;
  }
  return false;
}

/** A tool's names for comparing with package names: id, name and aliases, lowercase, letters and digits only. */
function toolNames(tool: CatalogTool): Set<string> {
  const out = new Set<string>();
  for (const n of [tool.id, tool.name, ...(tool.aliases ?? [])]) {
    const key = nameKey(n);
    if (key) out.add(key);
  }
  return out;
}

function nameKey(name: string): string {
  // `chart.js`, `vuejs` and `ExpressJS` drop the suffix; a package whose last part is `js` alone
  // (`@eslint/js`, ESLint's rule set) does not become the tool's name by it.
  return name.toLowerCase().replace(/(?<=[a-z0-9])[.-]?js$/, "").replace(/[^a-z0-9]/g, "");
}

/**
 * Whether a finding's package is the tool itself rather than a plugin or typings that merely
 * reveal it: its whole name is one of the tool's names (`vue` for Vue.js, `@vue/cli` for Vue CLI,
 * `chart.js` for Chart.js), a scoped npm package is `@tool/core` or `@scope/tool`, and a path-like
 * name (a Go module, an image, Maven coordinates) ends with one (`github.com/gin-gonic/gin`).
 * Typings (`@types/node`) never are.
 */
function namesTool(ref: string, names: ReadonlySet<string>, wholeNameOnly = false): boolean {
  const name = ref.slice(ref.indexOf(":") + 1);
  if (name.startsWith("@types/")) return false;
  if (names.has(nameKey(name))) return true;
  if (wholeNameOnly) return false;
  const scoped = /^@([^/]+)\/(.+)$/.exec(name);
  if (scoped) return names.has(nameKey(scoped[2]!)) || (scoped[2] === "core" && names.has(nameKey(scoped[1]!)));
  const last = name.slice(Math.max(name.lastIndexOf("/"), name.lastIndexOf(":")) + 1);
  return last !== name && names.has(nameKey(last));
}

/**
 * The version as the site writes it: the numeric release (at most three parts, as `1.0.0` for
 * `1.0.0-rc.12`, `3.7.4` for `3.7.4.3`, `6.4.2` for `6.4.2.Final`), or nothing when the value is
 * not a version at all (a range such as `^1.2` or `13.x.x`, a tag such as `latest`, `RELEASE`).
 * A finding whose version is dropped keeps its file; another finding of the tool may still give one.
 */
export function documentVersion(raw: string | undefined): string | undefined {
  if (raw === undefined || raw === null) return undefined;
  const value = String(raw).trim().replace(/^v(?=\d)/i, "");
  if (!/^\d+(?:\.\d+)*(?:[-+_.]?[0-9A-Za-z]+(?:[-+_.][0-9A-Za-z]+)*)?$/.test(value)) return undefined;
  if (/(?:^|[-+_.])[xX*](?=[-+_.]|$)/.test(value)) return undefined;
  return /^\d+(?:\.\d+){0,2}/.exec(value)![0];
}

function withDocumentVersion(finding: AttributedFinding): AttributedFinding {
  if (finding.version === undefined) return finding;
  const version = documentVersion(finding.version);
  if (version === finding.version) return finding;
  const out: AttributedFinding = { ...finding, version };
  if (version === undefined) {
    delete out.version;
    delete out.versionFile;
  }
  return out;
}

function withoutVersion(finding: AttributedFinding): AttributedFinding {
  const out: AttributedFinding = { ...finding };
  delete out.version;
  delete out.versionFile;
  delete out.license;
  return out;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function encodePath(path: string): string {
  return path.split("/").map(encodeURIComponent).join("/");
}


/** Stable for the same repository and the same detected content. */
function reportId(repoName: string, tools: ToolEntry[]): string {
  const hash = createHash("md5");
  hash.update(repoName);
  for (const t of tools) hash.update(`\n${t.name}\0${t.version ?? ""}\0${t.detection_source ?? ""}`);
  return hash.digest("hex");
}
