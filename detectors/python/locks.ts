/** Locked versions by PEP 503 name. */
export type PythonLock = Map<string, string>;

import { normalizeName } from "./pep508.js";

/** The package tables of a TOML lockfile: `[[package]]`, or PEP 751's `[[packages]]`. */
function packagesOf(data: unknown): unknown {
  const doc = data as { package?: unknown; packages?: unknown } | undefined;
  return doc?.package ?? doc?.packages;
}

/** poetry.lock, uv.lock, pdm.lock and PEP 751's pylock.toml: `[[package]]` (`[[packages]]`) tables with `name` and `version`. */
export function readTomlLock(data: unknown): PythonLock {
  const out: PythonLock = new Map();
  const packages = packagesOf(data);
  if (!Array.isArray(packages)) return out;
  for (const p of packages) {
    const { name, version } = (p ?? {}) as { name?: unknown; version?: unknown };
    if (typeof name === "string" && typeof version === "string") out.set(normalizeName(name), version);
  }
  return out;
}

/**
 * The packages a TOML lockfile holds at several releases (uv and Poetry fork a resolution by
 * Python version: numpy 1.26.4 where `python_version < '3.10'`, 2.1.0 elsewhere), each with its
 * releases in the lockfile's order; a package locked once is not in it.
 */
export function readTomlLockForks(data: unknown): Map<string, string[]> {
  const all = new Map<string, string[]>();
  const packages = packagesOf(data);
  if (!Array.isArray(packages)) return all;
  for (const p of packages) {
    const { name, version } = (p ?? {}) as { name?: unknown; version?: unknown };
    if (typeof name !== "string" || typeof version !== "string") continue;
    const key = normalizeName(name);
    const list = all.get(key) ?? [];
    if (!list.includes(version)) list.push(version);
    all.set(key, list);
  }
  for (const [key, list] of all) if (list.length < 2) all.delete(key);
  return all;
}

/**
 * The packages a TOML lockfile takes from the repository itself, not from an index: uv's workspace
 * members and path dependencies (`source = { editable = "packages/core" }`, `virtual`, `directory`,
 * `path`), Poetry's (`[package.source] type = "directory"`), PDM's (`path = "./libs/core"`) and
 * PEP 751's (`directory = { path = "." }`).
 * A declaration of one of them names a folder of the repository, whatever its own file says
 * (a uv workspace member inherits the root's `[tool.uv.sources]`).
 */
export function readLocalPackages(data: unknown): Set<string> {
  const out = new Set<string>();
  const packages = packagesOf(data);
  if (!Array.isArray(packages)) return out;
  for (const p of packages) {
    const { name, source, path, directory } = (p ?? {}) as { name?: unknown; source?: unknown; path?: unknown; directory?: unknown };
    if (typeof name !== "string") continue;
    const from = source && typeof source === "object" ? (source as Record<string, unknown>) : {};
    // PEP 751: a `directory` table is a source tree of the repository.
    const tree = Boolean(directory) && typeof directory === "object";
    const local = ["editable", "virtual", "directory", "path"].some((k) => typeof from[k] === "string") || from.type === "directory" || typeof path === "string" || tree;
    if (local) out.add(normalizeName(name));
  }
  return out;
}

/**
 * The folders of the repository a TOML lockfile installs path packages from, relative to the
 * lockfile's folder: Poetry's `[package.source] type = "directory"` with its `url`, uv's
 * `source = { directory | editable | path = "..." }` (not `virtual`: the project itself).
 */
export function readLocalFolders(data: unknown): string[] {
  const out: string[] = [];
  const packages = packagesOf(data);
  if (!Array.isArray(packages)) return out;
  for (const p of packages) {
    const source = (p ?? {}) && typeof p === "object" ? (p as { source?: unknown }).source : undefined;
    if (!source || typeof source !== "object") continue;
    const from = source as Record<string, unknown>;
    if (from.type === "directory" && typeof from.url === "string") out.push(from.url);
    for (const k of ["directory", "editable", "path"]) if (typeof from[k] === "string") out.push(from[k] as string);
  }
  return out;
}
