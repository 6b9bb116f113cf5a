import { dirOf, nearestFolder } from "../../src/kit.js";
import { cargoWorkspace, inheritsRustVersion, type CargoWorkspace } from "./cargo.js";

/** The workspace roots among the parsed Cargo.toml files, by folder. */
export function workspaceRoots(parsed: ReadonlyMap<string, unknown>): Map<string, CargoWorkspace> {
  const workspaces = new Map<string, CargoWorkspace>();
  for (const [file, data] of parsed) {
    const workspace = cargoWorkspace(data);
    if (workspace) workspaces.set(dirOf(file), workspace);
  }
  return workspaces;
}

/**
 * The workspace roots' folders whose `[workspace.package]` rust-version a crate of theirs inherits
 * (`rust-version.workspace = true`): only there is it the Rust of crates the workspace builds.
 */
export function rustVersionInherited(parsed: ReadonlyMap<string, unknown>, workspaces: ReadonlyMap<string, CargoWorkspace>): Set<string> {
  const roots = new Set<string>();
  for (const [file, data] of parsed) {
    const rootDir = nearestFolder(dirOf(file), workspaces);
    if (rootDir !== undefined && inheritsRustVersion(data)) roots.add(rootDir);
  }
  return roots;
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
