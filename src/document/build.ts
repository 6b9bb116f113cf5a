import { createHash } from "node:crypto";
import type { Catalog } from "../catalog/catalog.js";
import { listedPath, packageName } from "../catalog/package-names.js";
import type { CatalogTool } from "../catalog/types.js";
import type { AttributedFinding } from "../scan/run.js";
import type { StackDocument, ToolEntry } from "../types.js";
import { REPO_METADATA } from "../constants.js";
import { sortPackages, toolOrder } from "./order.js";
import { pickBest, type PackageOf } from "./rank.js";
import { citingFindings, namedAmongCiting, namedSource } from "./cited-source.js";
import { keptSource } from "./kept-source.js";
import { entryKey } from "./entry-pairs.js";
import { ownVersions } from "./version-rules.js";
import { lendInstalledVersions } from "./installed-version.js";
import { groupFindings } from "./grouped-findings.js";
import { lendPackageVersions } from "./package-version.js";
import { dirOf, foldersUp } from "../kit.js";
import { fileUrl } from "../git/forges.js";

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
  /** The commit links open where the scan read one that no branch or tag names (`--rev HEAD~1`): its hash; else the branch. */
  link_ref?: string;
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
  /** Per file, the last change of each line that declares something (`git blame`); a finding without a line is dated by line 1. */
  lineChanges?: ReadonlyMap<string, ReadonlyMap<number, FileChange>>;
  packages?: boolean;
  /** Name the tools of `package-only` matchers too. */
  allTools?: boolean;
  /** The detection_source of each entry of the document this one refreshes, by entryKey (entry-pairs.ts), as diff matches them: kept while that file still shows the tool (kept-source). */
  earlierSources?: ReadonlyMap<string, string>;
}

/**
 * Turns findings into the stack document: one entry per catalog tool, one package entry per
 * direct dependency, each with the finding that shows it best.
 */
export function buildDocument(input: BuildInput): StackDocument {
  const { catalog } = input;
  const { byTool, byPackage, unnamedPackages, installed } = groupFindings(input);
  lendPackageVersions(byTool, unnamedPackages, catalog);
  lendInstalledVersions(byTool, installed, catalog, input.allTools);

  const entries: ToolEntry[] = [];
  for (const [id, found] of byTool) entries.push(toolEntry(catalog.tools.get(id)!, found, input));
  entries.sort(toolOrder);
  const packages: ToolEntry[] = [];
  for (const [key, found] of byPackage) packages.push(packageEntry(key.slice(0, key.indexOf("\0")), found, input));
  sortPackages(packages);
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

function toolEntry(tool: CatalogTool, all: AttributedFinding[], input: BuildInput): ToolEntry {
  const { found, speaksFor } = ownVersions(tool, all, input.catalog);
  const best = pickBest(found, { speaksFor, packageOf: packageOf(input.catalog), traits: input.catalog.rankTraits })!;
  const versioned = best.version && !tool.no_release ? best : undefined;
  // A configuration file the catalog marks `cites`, in the folder of the finding that gives the
  // release (or would, had it one) or the nearest above it, is the entry's source; that finding still
  // gives the release (.babelrc beside package.json's @babel/core: corpus 13 of 13; the root's .babelrc
  // and .eslintrc over docs/package.json's babel-core and eslint: belle1, and artilleryio's root
  // .eslintrc; nginx.conf beside a Dockerfile's untagged `FROM nginx`: held-out spring-microservice-sample).
  // A CI file's step (a workflow's action, a Travis service: kinds.yml's `ci-step`) is no tool's source
  // where another finding names the tool too: the site cites a CI file for another tool only where no
  // other file names it (corpus novu's New Relic from apps/api/package.json over a deploy workflow's
  // marker step, its MongoDB from a compose file over a composite action's). The step still gives its release.
  const traits = input.catalog.rankTraits;
  const notStep = traits.ciStep(best) ? found.filter((f) => !traits.ciStep(f)) : [];
  const cited = !best.cites ? (nearestCited(found, best.file) ?? (notStep.length ? pickBest(notStep, { speaksFor, packageOf: packageOf(input.catalog), traits }) : undefined)) : undefined;
  const entry: ToolEntry = { name: tool.name };
  if (tool.description) entry.description = tool.description;
  if (tool.website_url) entry.website_url = tool.website_url;
  if (versioned?.version) entry.version = versioned.version;
  const license = versioned?.license ?? best.license ?? tool.license;
  if (license) entry.license = license;
  // Facts of the site's data, written only where the catalog holds them: a tool of the site's list only (and 73
  // of the catalog's own, Consul and n8n among them) has none, and false was a guess, often wrong.
  if (tool.open_source !== undefined) entry.open_source = tool.open_source;
  if (tool.hosted_saas !== undefined) entry.hosted_saas = tool.hosted_saas;
  if (tool.category) entry.category = tool.category;
  if (tool.sub_category) entry.sub_category = tool.sub_category;
  if (tool.image_url) entry.image_url = tool.image_url;
  const citing = citingFindings(found, tool.cited_files);
  const named = namedAmongCiting(citing, cited ?? best, tool.cited_files, tool.cited_order);
  // A CI step the ranking passed over (another file names the tool) is kept no more than it is chosen,
  // nor is a file the site does not cite the tool from where one that it does shows it (a Gradle
  // wrapper's properties beside a build script the tool's cited_files match; a package.json beside
  // the language bar counting TypeScript).
  const unstepped = (list: AttributedFinding[]) => (traits.ciStep(named) ? list : list.filter((f) => !traits.ciStep(f)));
  const citingKept = unstepped(citing);
  const keepable = citingKept.length ? citingKept : unstepped(found);
  addSource(entry, cited ?? best, versioned, input, keptSource(keepable, named, input.earlierSources?.get(entryKey(entry))));
  return entry;
}

/** The finding marked `cites` in the folder of `file` or, failing one there, the nearest folder above it. */
function nearestCited(found: readonly AttributedFinding[], file: string): AttributedFinding | undefined {
  for (const folder of foldersUp(dirOf(file))) {
    const cited = found.find((f) => f.cites && dirOf(f.file) === folder);
    if (cited) return cited;
  }
  return undefined;
}

function packageEntry(kind: string, found: AttributedFinding[], input: BuildInput): ToolEntry {
  const registry = input.catalog.registries.get(kind)!;
  const pkg = packageOf(input.catalog);
  const best = pickBest(found, { packageOf: pkg, traits: input.catalog.rankTraits })!;
  // A package the site lists as a package inside it is named and linked by that path, with no release.
  const name = listedPath(registry, best.ref.slice(kind.length + 1));
  const inner = name !== best.ref.slice(kind.length + 1);
  const versioned = best.version && !inner ? best : undefined;
  const entry: ToolEntry = { name: packageName(registry, name) };
  if (registry.package_url) entry.package_url = registry.package_url.replace("{name}", name);
  if (versioned?.version) entry.version = versioned.version;
  const license = versioned?.license ?? best.license;
  if (license) entry.license = license;
  entry.open_source = Boolean(license);
  entry.hosted_saas = false;
  entry.category = registry.category;
  entry.sub_category = registry.sub_category;
  if (registry.image_url) entry.image_url = registry.image_url;
  const named = namedSource(found, best, { packageOf: pkg, traits: input.catalog.rankTraits });
  addSource(entry, best, versioned, input, keptSource(found, named, input.earlierSources?.get(entryKey(entry))));
  return entry;
}

/** A finding's package: its ref's kind and its name as the registry compares names (`pypi:Django` is `pypi:django`). */
function packageOf(catalog: Catalog): PackageOf {
  return (f) => {
    const colon = f.ref.indexOf(":");
    if (colon < 0) return f.ref;
    const kind = f.ref.slice(0, colon);
    return `${kind}:${catalog.normalize(kind, f.ref.slice(colon + 1))}`;
  };
}

/**
 * `named` is the finding `detection_source` names when another gives the release (a Maven
 * package's first declaring pom); the URL stays with the release's file.
 */
function addSource(entry: ToolEntry, best: AttributedFinding, versioned: AttributedFinding | undefined, input: BuildInput, named: AttributedFinding = best): void {
  const { repo } = input;
  // A tool cited as the repository's metadata (`cited_files: ["Repo Metadata"]`, the language bar)
  // links the repository, or the file that gives its release.
  if (best.file === REPO_METADATA || (named.file === REPO_METADATA && !versioned)) {
    entry.detection_source_url = repo.web_url ?? repo.repo_name;
    entry.detection_source = REPO_METADATA;
    return;
  }
  // The file the release came from, also where a cited configuration is the source (corpus
  // tarot-api and belle1: .babelrc cited, URL the package.json giving Babel's release).
  const urlFile = versioned ? (versioned.versionFile ?? versioned.file) : named.file;
  entry.detection_source_url = repo.web_url ? fileUrl(repo.web_url, repo.provider, repo.link_ref ?? repo.branch, repo.folder ? `${repo.folder}/${urlFile}` : urlFile, encodePath) : urlFile;
  entry.detection_source = named.file;
  const change = declarationChange(named, input);
  if (change) {
    entry.last_updated_by = change.by;
    entry.last_updated_on = change.on;
  }
}

/**
 * The last change of the lines that declare a finding: its own line's (the file's last change where
 * that line was not blamed), or a newer one of another line the declaration spans (alsoDeclaredAt:
 * its version's line), where that line was blamed.
 */
function declarationChange(finding: AttributedFinding, input: BuildInput): FileChange | undefined {
  let change = input.lineChanges?.get(finding.file)?.get(finding.line ?? 1) ?? input.changes?.get(finding.file);
  for (const at of finding.alsoDeclaredAt ?? []) {
    const other = input.lineChanges?.get(at.file)?.get(at.line);
    // The site's form (`2020-11-21 15:39:11.000000000 Z`, UTC) sorts as the times do.
    if (other && (!change || other.on > change.on)) change = other;
  }
  return change;
}

function encodePath(path: string): string {
  return path.split("/").map(encodeURIComponent).join("/");
}

/** Stable for the same repository and the same entries (names, releases, sources); write adds those added by hand to it (cli/manual-entries). */
export function reportId(repoName: string, tools: readonly ToolEntry[]): string {
  const hash = createHash("md5");
  hash.update(repoName);
  for (const t of tools) hash.update(`\n${t.name}\0${t.version ?? ""}\0${t.detection_source ?? ""}`);
  return hash.digest("hex");
}
