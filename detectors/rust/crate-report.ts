import type { DetectContext } from "../../src/types.js";
import { dirOf, inFolder, nearestFolder, tomlKeyLines } from "../../src/kit.js";
import { lockedVersion, readCargoManifest, requirementVersion, type CargoDependency, type CargoWorkspace } from "./cargo.js";
import { lockFolderOf } from "./workspace.js";

/** What every Cargo.toml of the repository is read against. */
export interface CargoTree {
  /** Each Cargo.lock's releases of each crate, by folder. */
  locks: ReadonlyMap<string, Map<string, string[]>>;
  /** The crates the repository holds itself. */
  ownCrates: ReadonlySet<string>;
  workspaces: ReadonlyMap<string, CargoWorkspace>;
  /** The workspace roots whose rust-version a crate inherits (workspace.ts's rustVersionInherited). */
  rustInherited: ReadonlySet<string>;
  /** The Rust releases rust-toolchain files pin, by folder. */
  toolchains: ReadonlyMap<string, string>;
}

/**
 * A Cargo.toml (`data`, parsed): its problems as warnings, its dependencies at the releases of the
 * Cargo.lock Cargo resolves it with, their features, and the Rust it supports.
 */
export async function reportCargoManifest(ctx: DetectContext, file: string, data: unknown, tree: CargoTree): Promise<void> {
  const { locks, workspaces, toolchains } = tree;
  const rootDir = nearestFolder(dirOf(file), workspaces);
  const workspace = rootDir !== undefined ? workspaces.get(rootDir) : undefined;
  const manifest = readCargoManifest(data, workspace?.dependencies, workspace?.package);
  for (const problem of manifest.problems) ctx.warn(file, problem);
  const lockDir = lockFolderOf(file, rootDir, workspace, locks);
  const lock = lockDir !== undefined ? locks.get(lockDir) : undefined;
  const ownKeys = new Set(manifest.dependencies.map((d) => d.key));
  const lineOf = tomlKeyLines((await ctx.text(file)) ?? "");
  for (const dep of manifest.dependencies) {
    // A renamed second copy of a crate the manifest also depends on under its own name
    // (`tokio02 = { package = "tokio", version = "0.2" }` beside `tokio = "1.35"`) is not the
    // crate the project builds on: that dependency gives its release.
    const secondCopy = dep.key !== dep.name && ownKeys.has(dep.name);
    if (dep.path && tree.ownCrates.has(dep.name)) continue;
    if (!secondCopy) reportDependency(ctx, file, dep, lineOf, lock, lockDir);
    // A database-neutral crate names its database by feature (sqlx `postgres`, diesel `sqlite`),
    // whichever copy of it the feature is on.
    for (const feature of dep.features) ctx.report({ ref: `cargo-feature:${dep.name}/${feature}`, file });
  }
  // A crate, or a workspace root (a virtual one builds no crate).
  if (manifest.packageName !== undefined || rootDir === dirOf(file)) {
    const pinned = nearestFolder(dirOf(file), toolchains) !== undefined;
    // A workspace root's [workspace.package] rust-version is the Rust of the crates that inherit it.
    const offered = rootDir === dirOf(file) && tree.rustInherited.has(rootDir) ? workspace!.package["rust-version"] : undefined;
    const own = manifest.rustVersion ?? (typeof offered === "string" ? offered : undefined);
    const rustVersion = pinned ? undefined : own;
    ctx.report({ ref: "runtime:rust", file, declared: rustVersion, version: rustVersion });
  }
}

/** One dependency of a Cargo.toml, at its lockfile's release (`lock`, of `lockDir`) or its requirement's. */
function reportDependency(
  ctx: DetectContext,
  file: string,
  dep: CargoDependency,
  lineOf: (table: readonly string[], key: string) => number | undefined,
  lock: Map<string, string[]> | undefined,
  lockDir: string | undefined,
): void {
  const locked = lockedVersion(lock?.get(dep.name), dep.requirement);
  // A crate in a table of its own (`[dependencies.actix-web]`) writes its version on a line of that table.
  const line = lineOf(dep.section, dep.key);
  const versionLine = lineOf([...dep.section, dep.key], "version");
  ctx.report({
    ref: `cargo:${dep.name}`,
    file,
    line,
    ...(line !== undefined && versionLine !== undefined && versionLine !== line ? { alsoDeclaredAt: [{ file, line: versionLine }] } : {}),
    declared: dep.requirement,
    version: locked ?? requirementVersion(dep.requirement),
    versionFile: locked ? inFolder(lockDir ?? "", "Cargo.lock") : undefined,
    direct: !dep.local,
    dev: dep.dev,
  });
}
