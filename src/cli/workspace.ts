import { existsSync, readdirSync } from "node:fs";
import { join, posix } from "node:path";
import picomatch from "picomatch";
import yaml from "js-yaml";
import { CliError } from "./shared.js";
import { trimTrailing } from "../kit.js";
import { readRegularFile } from "../io/read-regular.js";
import { DEFAULT_MAX_FILE_BYTES } from "../scan/files.js";

/**
 * Root files a workspace package shares with its monorepo: the lockfile pins its versions, and the
 * package manager is known from them. The root package.json is left out (its dependencies are the
 * monorepo's, not the package's).
 */
const SHARED_ROOT_FILES = [
  "package-lock.json",
  "npm-shrinkwrap.json",
  "yarn.lock",
  ".yarnrc.yml",
  ".yarnrc",
  "pnpm-lock.yaml",
  "pnpm-workspace.yaml",
  "bun.lock",
  "bun.lockb",
  ".nvmrc",
  ".node-version",
];

export interface WorkspacePackage {
  name?: string;
  folder: string;
}

/** Include globs for one workspace package, named by its package.json name or by its folder. */
export function workspaceInclude(dir: string, wanted: string): string[] {
  return [`${workspaceMatch(dir, wanted).match.folder}/**`, ...SHARED_ROOT_FILES];
}

/**
 * The names of the monorepo's other packages: a dependency on one is a link to it, no registry
 * package. The scan of one package does not hold their package.json files, and Yarn 1's lockfile
 * records no workspace package, so they are told to it (as the registry's unlisted names).
 */
export function workspaceSiblings(dir: string, wanted: string): string[] {
  const { match, packages } = workspaceMatch(dir, wanted);
  return packages.filter((p) => p.folder !== match.folder && p.name).map((p) => p.name!);
}

function workspaceMatch(dir: string, wanted: string): { match: WorkspacePackage; packages: WorkspacePackage[] } {
  const packages = workspacePackages(dir);
  const folder = trimTrailing(posix.normalize(wanted.replace(/\\/g, "/")).replace(/^\.\//, ""), "/");
  // A folder is one of this repository's: `../x` or `/x` would match no path of the scan.
  if (folder === ".." || folder.startsWith("../") || folder.startsWith("/")) throw new CliError(`--workspace '${wanted}' is outside ${dir}`);
  const match =
    packages.find((p) => p.name === wanted) ??
    packages.find((p) => p.folder === folder) ??
    (existsSync(join(dir, folder, "package.json")) || packages.length === 0 ? { folder } : undefined) ??
    onlyOne(packages.filter((p) => p.folder.split("/").pop() === folder));
  if (!match) {
    const known = packages.map((p) => (p.name ? `${p.name} (${p.folder})` : p.folder)).join(", ");
    throw new CliError(`no workspace package '${wanted}' in ${dir}; the workspaces are: ${known}`);
  }
  if (!existsSync(join(dir, match.folder))) throw new CliError(`no workspace folder '${match.folder}' in ${dir}`);
  return { match, packages };
}

function onlyOne<T>(list: T[]): T | undefined {
  return list.length === 1 ? list[0] : undefined;
}

/** The packages of an npm/yarn (`workspaces` in package.json) or pnpm (pnpm-workspace.yaml) monorepo. */
export function workspacePackages(dir: string): WorkspacePackage[] {
  const patterns = workspacePatterns(dir);
  if (patterns.length === 0) return [];
  const positive = patterns.filter((p) => !p.startsWith("!")).map(clean);
  const negative = patterns.filter((p) => p.startsWith("!")).map((p) => clean(p.slice(1)));
  const isIncluded = picomatch(positive);
  const isExcluded = negative.length ? picomatch(negative) : () => false;
  const found: WorkspacePackage[] = [];
  for (const folder of packageFolders(dir, "", 0)) {
    if (!isIncluded(folder) || isExcluded(folder)) continue;
    let name: string | undefined;
    try {
      const data = JSON.parse(readRegularFile(join(dir, folder, "package.json"), DEFAULT_MAX_FILE_BYTES)) as { name?: unknown };
      if (typeof data.name === "string") name = data.name;
    } catch {
      // a package without a readable name can still be chosen by its folder
    }
    found.push({ name, folder });
  }
  return found;
}

function clean(pattern: string): string {
  return trimTrailing(pattern.replace(/^\.\//, ""), "/");
}

function workspacePatterns(dir: string): string[] {
  const patterns: string[] = [];
  try {
    const pkg = JSON.parse(readRegularFile(join(dir, "package.json"), DEFAULT_MAX_FILE_BYTES)) as { workspaces?: unknown };
    const ws = pkg.workspaces;
    const list = Array.isArray(ws) ? ws : ws && typeof ws === "object" ? (ws as { packages?: unknown }).packages : undefined;
    if (Array.isArray(list)) patterns.push(...list.filter((p): p is string => typeof p === "string"));
  } catch {
    // no package.json, or one the scan will warn about
  }
  try {
    const data = yaml.load(readRegularFile(join(dir, "pnpm-workspace.yaml"), DEFAULT_MAX_FILE_BYTES), { schema: yaml.JSON_SCHEMA }) as { packages?: unknown } | null;
    if (Array.isArray(data?.packages)) patterns.push(...data.packages.filter((p): p is string => typeof p === "string"));
  } catch {
    // no pnpm workspace file
  }
  return patterns;
}

/** Folders below dir holding a package.json, outside node_modules and hidden folders, a few levels deep. */
function packageFolders(dir: string, rel: string, depth: number): string[] {
  if (depth > 5) return [];
  let entries;
  try {
    entries = readdirSync(join(dir, rel), { withFileTypes: true });
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const e of entries) {
    if (!e.isDirectory() || e.name === "node_modules" || e.name.startsWith(".")) continue;
    const child = rel ? `${rel}/${e.name}` : e.name;
    if (existsSync(join(dir, child, "package.json"))) out.push(child);
    out.push(...packageFolders(dir, child, depth + 1));
  }
  return out;
}
