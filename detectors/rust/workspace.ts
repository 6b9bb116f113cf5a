import { dirOf, nearestFolder } from "../../src/kit.js";
import { readCargoManifest } from "./cargo.js";

/** A workspace root's offer to its members: what they inherit, and the folders it excludes. */
export interface CargoWorkspace {
  dependencies: Record<string, unknown>;
  package: Record<string, unknown>;
  /** `[workspace] exclude`'s folders, from the root, without `./` or a trailing slash. */
  exclude: string[];
}

/** The workspace roots among the parsed Cargo.toml files, by folder. */
export function workspaceRoots(parsed: ReadonlyMap<string, unknown>): Map<string, CargoWorkspace> {
  const workspaces = new Map<string, CargoWorkspace>();
  for (const [file, data] of parsed) {
    const manifest = readCargoManifest(data);
    if (!manifest.isWorkspace) continue;
    const exclude = (data as { workspace?: { exclude?: unknown } }).workspace?.exclude;
    const excluded = Array.isArray(exclude) ? exclude.filter((p): p is string => typeof p === "string").map((p) => p.replace(/^\.\//, "").replace(/\/+$/, "")) : [];
    workspaces.set(dirOf(file), { dependencies: manifest.workspaceDependencies, package: manifest.workspacePackage, exclude: excluded });
  }
  return workspaces;
}

/**
 * The folder of the Cargo.lock a crate (`file`, its Cargo.toml) is resolved with. Cargo resolves a
 * workspace member with the workspace root's Cargo.lock and never reads one left in the member's
 * own folder (a crate moved into the workspace keeps its stale lock); a crate the workspace
 * excludes is built on its own, with the lockfile nearest to it. `rootDir`: its workspace root's folder.
 */
export function lockFolderOf(file: string, rootDir: string | undefined, workspace: CargoWorkspace | undefined, locks: ReadonlyMap<string, unknown>): string | undefined {
  const inside = rootDir === undefined ? "" : dirOf(file).slice(rootDir ? rootDir.length + 1 : 0);
  const member = rootDir !== undefined && locks.has(rootDir) && !workspace!.exclude.some((p) => inside === p || inside.startsWith(`${p}/`));
  return member ? rootDir : nearestFolder(dirOf(file), locks);
}
