import { createHash } from "node:crypto";
import type { Catalog } from "../catalog/catalog.js";
import { listedPath, packageName } from "../catalog/package-names.js";
import type { CatalogTool } from "../catalog/types.js";
import { FILE_MATCHERS, type AttributedFinding } from "../scan/run.js";
import type { StackDocument, ToolEntry } from "../types.js";
import { REPO_METADATA } from "../constants.js";
import { sortPackages, toolOrder } from "./order.js";
import { pickBest, type PackageOf } from "./rank.js";
import { namedSource, namedToolSource } from "./cited-source.js";
import { namesTool, toolNames } from "./names.js";
import { ownVersions } from "./version-rules.js";
import { lendInstalledVersions } from "./installed-version.js";
import { documentVersion, withDocumentVersion, withoutVersion } from "./written-version.js";
import { addToGroup, dirOf, foldersUp, isRecord, refKind, refName } from "../kit.js";
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
}

/** A direct dependency with a version that names no tool, and the tool its package-only key stands for. */
interface UnnamedPackage {
  finding: AttributedFinding;
  owner: string | undefined;
}

/** What the catalog says of a finding's ref (`refFacts`); undefined for a ref without a name. */
type RefFacts = {
  matchKind: string;
  matchName: string;
  /** The tools it reveals; `taker` is the one given its version (-1: none), `shared` gives it to each. */
  tools: CatalogTool[];
  taker: number;
  shared: boolean;
  /** Its package entry's key, where a direct dependency of it gets one. */
  packageKey: string | undefined;
  /** Whether its kind is a registry's. */
  registered: boolean;
  /** The tool a package-only key stands for, worked out when first needed (null: not yet). */
  owner: string | undefined | null;
} | undefined;

/** The catalog's answers for one finding's ref: they depend on its ref, whether it is transitive and its `matchFirst` alone. */
function refFacts(finding: AttributedFinding, input: BuildInput): RefFacts {
  const { catalog } = input;
  const kind = refKind(finding.ref);
  const name = refName(finding.ref);
  if (!name) return undefined;
  // A dependency of a dependency says what a library uses, not what this repository is built with.
  // The first kind's keys are compared as the ref's registry writes names (PEP 503 for PyPI).
  const firstName = finding.matchFirst ? catalog.normalize(kind, name) : name;
  const first = finding.matchFirst !== undefined && catalog.knows(finding.matchFirst, firstName);
  const [matchKind, matchName] = first ? [finding.matchFirst!, firstName] : [kind, name];
  const tools = kind === "tool" ? catalog.toolsOf([name]) : finding.transitive ? [] : catalog.match(matchKind, matchName, input.allTools);
  // A key that reveals several tools gives its version to the first only: the package's
  // version is not the version of the others (spring-boot-starter-data-jpa is not Hibernate 3.2).
  // A list starting with `~` gives it to none of them; a kind whose version is a platform's
  // release gives it to each (`kinds.yml`, `shared-release`).
  const taker = kind !== "tool" && tools.length && catalog.versionless(matchKind, matchName) ? -1 : 0;
  const shared = taker === 0 && kind !== "tool" && catalog.sharesRelease(matchKind);
  // The site lists only the packages it has a page for where the catalog holds that list (Maven, Go).
  // A registry marked `tool_named_unlisted` gives no entry to a package whose whole name is a tool
  // it names (NuGet's Serilog, MediatR, Moq): the tool's entry stands for it.
  const registry = catalog.registries.get(kind);
  const toolNamed = registry?.tool_named_unlisted === true && tools.some((t) => namesTool(finding.ref, toolNames(t), { wholeName: true, naming: catalog.rankTraits }));
  const packageKey = registry && !toolNamed && catalog.hasPage(kind, name) ? `${kind}\0${catalog.normalize(kind, name)}` : undefined;
  return { matchKind, matchName, tools, taker, shared, packageKey, registered: catalog.registries.has(kind), owner: null };
}

/**
 * Turns findings into the stack document: one entry per catalog tool, one package entry per
 * direct dependency, each with the finding that shows it best.
 */
export function buildDocument(input: BuildInput): StackDocument {
  const { catalog } = input;
  const byTool = new Map<string, AttributedFinding[]>();
  const byPackage = new Map<string, AttributedFinding[]>();
  const unnamedPackages: UnnamedPackage[] = [];
  const installed: AttributedFinding[] = [];
  // What the catalog says of a ref depends on the ref alone (and on whether it is transitive, or
  // asks for another kind first): asked once per ref, not once per finding (a monorepo declares
  // one package in hundreds of manifests, each a finding of the same ref).
  // By ref, for findings not transitive and transitive ones (whose refs reveal no tool).
  const facts = [new Map<string, RefFacts>(), new Map<string, RefFacts>()] as const;
  for (const raw of input.findings) {
    const finding = withDocumentVersion(raw);
    if (finding.installed) {
      if (finding.version) installed.push(finding);
      continue;
    }
    // A finding that asks for another kind first (`matchFirst`) is asked about on its own.
    const byRef = finding.matchFirst === undefined ? facts[finding.transitive ? 1 : 0] : undefined;
    let known = byRef?.get(finding.ref);
    if (!known) {
      known = refFacts(finding, input);
      byRef?.set(finding.ref, known);
    }
    if (!known) continue;
    const { tools, taker, shared, packageKey } = known;
    tools.forEach((tool, i) => addToGroup(byTool, tool.id, forTool(finding, tool.id, shared || i === taker)));
    // Every direct dependency is a package entry, also when it reveals a tool: the package tables
    // stay complete, and the site itself lists many tool-revealing packages (react-dom, express).
    if (finding.direct && input.packages !== false && packageKey !== undefined) addToGroup(byPackage, packageKey, finding);
    if (finding.direct && finding.version && !tools.length && known.registered) {
      // The tool a package-only key stands for (`vimeo/psalm: [package-only, psalm]`), when the key gives it its version.
      if (known.owner === null) known.owner = catalog.versionless(known.matchKind, known.matchName) ? undefined : catalog.match(known.matchKind, known.matchName, true)[0]?.id;
      unnamedPackages.push({ finding, owner: known.owner });
    }
  }
  // A tool its configuration file shows (vitest.config.ts, psalm.xml) whose package the catalog
  // leaves to the package table takes that package's version when its project declares it as a
  // development dependency named as the tool itself (vitest), or named after it under a vendor
  // (`vimeo/psalm`) when the catalog says the package is the tool (`[package-only, psalm]`; not a
  // plugin such as file-loader for Webpack): the same release, read from the lockfile.
  for (const [id, found] of byTool) {
    if (found.some((f) => f.version) || !found.every((f) => f.detector === FILE_MATCHERS)) continue;
    const names = toolNames(catalog.tools.get(id)!);
    // Only a manifest of the configuration's own project: its folder or one above it (the folder a
    // manifest declares for, where not its own: a Python project's `requirements/dev.txt`).
    const projects = new Set(found.flatMap((f) => [...foldersUp(dirOf(f.file))]));
    const own = unnamedPackages
      .filter(({ finding: f, owner }) => f.dev && namesTool(f.ref, names, { wholeName: owner !== id, naming: catalog.rankTraits }) && projects.has(f.project ?? dirOf(f.file)))
      .map(({ finding }) => finding);
    const best = own.length ? pickBest(own, { traits: catalog.rankTraits }) : undefined;
    if (!best) continue;
    // The file that showed the tool stays its source; the package gives the release and its licence.
    const shown = pickBest(found, { traits: catalog.rankTraits })!;
    const lent: AttributedFinding = { ...shown, ref: best.ref, version: best.version, versionFile: best.versionFile ?? best.file };
    if (best.license) lent.license = best.license;
    found.push(lent);
  }

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

/**
 * The finding as evidence of one of the tools it reveals: with its version when that tool takes
 * it, or with the tool's own release where the finding names one per tool (`versions`).
 */
function forTool(finding: AttributedFinding, id: string, takesVersion: boolean): AttributedFinding {
  // Only a table of releases by tool id decides: any other value (a custom detector's list, number,
  // null) is no reading, and the finding's `version` goes as it would without one.
  if (!isRecord(finding.versions)) return takesVersion ? finding : withoutVersion(finding);
  const raw: unknown = Object.hasOwn(finding.versions, id) ? finding.versions[id] : undefined;
  const version = typeof raw === "string" ? documentVersion(raw) : undefined;
  return version ? { ...withoutVersion(finding), version } : withoutVersion(finding);
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
  addSource(entry, cited ?? best, versioned, input, namedToolSource(found, cited ?? best, tool.cited_files, tool.cited_order));
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
  addSource(entry, best, versioned, input, namedSource(found, best, { packageOf: pkg, traits: input.catalog.rankTraits }));
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
  entry.detection_source_url = repo.web_url ? fileUrl(repo.web_url, repo.provider, repo.branch, repo.folder ? `${repo.folder}/${urlFile}` : urlFile, encodePath) : urlFile;
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
