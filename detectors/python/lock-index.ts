import type { DetectContext } from "../../src/types.js";
import { baseName, compareCodeUnits, dirOf, folderList, joinInside, nearestFolder, workspaceMembership } from "../../src/kit.js";
import { isExact, normalizeName, versionOfSpecifier } from "./pep508.js";
import { readRequirements } from "./requirements.js";
import { readLocalFolders, readLocalPackages, readTomlLock, readTomlLockForks, type PythonLock } from "./locks.js";
import { readCondaExplicitLock, readCondaLock } from "./conda.js";
import { readPixiLock } from "./pixi.js";
import { readPipfileLock } from "./pipenv.js";
import { isLockfile, isRyeLock } from "./file-names.js";

/** `paths`: the lockfile of each package where a folder's lock is several files (Rye's). */
/** `forks`: the packages it locked at several releases (uv's and Poetry's forks by Python version). */
export type Locked = { path: string; lock: PythonLock; local: ReadonlySet<string>; paths?: Map<string, string>; forks?: Map<string, string[]> };

/**
 * The lockfiles of a repository's Python projects, by folder: the Python lockfiles and Rye's, and
 * which of them resolves a folder (a uv workspace's root's for its members, a dependent project's
 * for a path package with none of its own); conda-lock's and pixi's apart, for the environments
 * and manifests beside them.
 */
export async function readLockIndex(ctx: DetectContext) {
  const locks = await readPythonLocks(ctx);
  await addRyeLocks(ctx, locks);
  const uvRoots = await readUvWorkspaces(ctx, locks);
  const dependentLocks = await readDependentLocks(ctx, locks);
  const lockFor = lockFinder(locks, uvRoots);
  const condaLocks = await readCondaLocks(ctx);
  const pixiLocks = await readPixiLocks(ctx, locks);
  return { locks, lockFor, dependentLocks, condaLocks, pixiLocks };
}

/** The releases a conda environment's conda packages and pip section (or a pixi manifest's) resolved to. */
export type EnvironmentLock = { path: string; conda: PythonLock; pip: PythonLock };

/** A uv workspace's root folder and which folders under it (relative to it) are its members. */
type UvRoot = { dir: string; member: (relative: string) => boolean };

/** The Python lockfiles by folder: a folder's uv.lock or poetry.lock (or another TOML lock) over its Pipfile.lock. */
async function readPythonLocks(ctx: DetectContext): Promise<Map<string, Locked>> {
  const locks = new Map<string, Locked>();
  for (const file of ctx.files.filter((f) => isLockfile(baseName(f)))) {
    const pipfile = baseName(file) === "Pipfile.lock";
    const data = pipfile ? await ctx.json(file) : await ctx.toml(file);
    const lock = pipfile ? readPipfileLock(data) : readTomlLock(data);
    const dir = dirOf(file);
    if (!locks.has(dir) || !pipfile) locks.set(dir, { path: file, lock, local: pipfile ? new Set() : readLocalPackages(data), ...(pipfile ? {} : { forks: readTomlLockForks(data) }) });
  }
  return locks;
}

/**
 * A folder's Rye lockfiles, where it has no other lockfile: each package's release from
 * requirements.lock, else (a development dependency) from requirements-dev.lock.
 */
async function addRyeLocks(ctx: DetectContext, locks: Map<string, Locked>): Promise<void> {
  for (const file of ctx.files.filter((f) => isRyeLock(baseName(f))).sort((a, b) => b.length - a.length)) {
    const dir = dirOf(file);
    if (locks.has(dir) && !locks.get(dir)!.paths) continue;
    const text = await ctx.text(file);
    if (text === undefined) continue;
    const entry: Locked = locks.get(dir) ?? { path: file, lock: new Map(), local: new Set(), paths: new Map() };
    for (const r of readRequirements(text).requirements) {
      if (!isExact(r.specifier)) continue;
      entry.lock.set(normalizeName(r.name), versionOfSpecifier(r.specifier)!);
      entry.paths!.set(normalizeName(r.name), file);
    }
    locks.set(dir, entry);
  }
}

/**
 * A uv workspace resolves its members with the root's uv.lock: one left in a member's folder
 * (from before it joined) is not read by uv. The root's `[tool.uv.workspace]` names its
 * members and exclusions by glob, relative to the root.
 */
async function readUvWorkspaces(ctx: DetectContext, locks: ReadonlyMap<string, Locked>): Promise<UvRoot[]> {
  const uvRoots: UvRoot[] = [];
  for (const file of ctx.files.filter((f) => baseName(f) === "pyproject.toml")) {
    const held = locks.get(dirOf(file));
    if (!held || baseName(held.path) !== "uv.lock") continue;
    const workspace = (((await ctx.toml(file)) as { tool?: { uv?: { workspace?: unknown } } } | undefined)?.tool?.uv?.workspace ?? undefined) as
      | { members?: unknown; exclude?: unknown }
      | undefined;
    if (!workspace || typeof workspace !== "object") continue;
    const members = folderList(workspace.members);
    if (!members.length) continue;
    uvRoots.push({ dir: dirOf(file), member: workspaceMembership(members, folderList(workspace.exclude)) });
  }
  return uvRoots;
}

/**
 * A path package with no lockfile of its own (Poetry's `common = { path = "../../libs/common" }`,
 * a folder uv installs by `path`) is installed with the releases the lockfile of a project
 * depending on it resolved for its dependencies: the first such lockfile by path lends them.
 */
async function readDependentLocks(ctx: DetectContext, locks: ReadonlyMap<string, Locked>): Promise<Map<string, Locked>> {
  const dependentLocks = new Map<string, Locked>();
  for (const [dir, held] of [...locks].sort(([a], [b]) => compareCodeUnits(a, b))) {
    if (held.paths || baseName(held.path) === "Pipfile.lock") continue;
    for (const folder of readLocalFolders(await ctx.toml(held.path))) {
      const target = joinInside(dir, folder);
      if (target !== undefined && target !== dir && !dependentLocks.has(target)) dependentLocks.set(target, held);
    }
  }
  return dependentLocks;
}

/** The lockfile resolving a folder: its uv workspace root's (the deepest taking it), else the nearest one at or above it. */
function lockFinder(locks: ReadonlyMap<string, Locked>, uvRoots: readonly UvRoot[]): (dir: string) => Locked | undefined {
  return (dir) => {
    const root = uvRoots
      .filter((r) => (r.dir === "" ? dir !== "" : dir.startsWith(`${r.dir}/`)) && r.member(r.dir === "" ? dir : dir.slice(r.dir.length + 1)))
      .sort((a, b) => b.dir.length - a.dir.length)[0];
    if (root) return locks.get(root.dir);
    const found = nearestFolder(dir, locks);
    return found === undefined ? undefined : locks.get(found);
  };
}

/**
 * conda-lock.yml by folder: the releases an environment file's conda packages and pip section
 * resolved to. Where there is none, conda-lock's explicit files, one a platform
 * (`conda-linux-64.lock`, as conda-lock wrote them before its unified file): Linux's first, else
 * the first by name.
 */
async function readCondaLocks(ctx: DetectContext): Promise<Map<string, EnvironmentLock>> {
  const condaLocks = new Map<string, EnvironmentLock>();
  for (const file of ctx.files.filter((f) => baseName(f) === "conda-lock.yml")) condaLocks.set(dirOf(file), { path: file, ...readCondaLock(await ctx.yaml(file)) });
  const explicitLocks = ctx.files.filter((f) => /^conda-[\w.-]+\.lock$/.test(baseName(f))).sort((a, b) => Number(/-linux-64\.lock$/.test(b)) - Number(/-linux-64\.lock$/.test(a)) || compareCodeUnits(a, b));
  for (const file of explicitLocks) {
    if (condaLocks.has(dirOf(file))) continue;
    const conda = readCondaExplicitLock((await ctx.text(file)) ?? "");
    if (conda.size) condaLocks.set(dirOf(file), { path: file, conda, pip: new Map() });
  }
  return condaLocks;
}

/**
 * pixi.lock by folder: the releases a pixi manifest's conda and PyPI packages resolved to. It is
 * also the folder's Python lockfile, for its project's own PyPI dependencies, where it has no other.
 */
async function readPixiLocks(ctx: DetectContext, locks: Map<string, Locked>): Promise<Map<string, EnvironmentLock>> {
  const pixiLocks = new Map<string, EnvironmentLock>();
  for (const file of ctx.files.filter((f) => baseName(f) === "pixi.lock")) {
    const lock = { path: file, ...readPixiLock(await ctx.yaml(file)) };
    pixiLocks.set(dirOf(file), lock);
    if (!locks.has(dirOf(file)) && lock.pip.size) locks.set(dirOf(file), { path: file, lock: lock.pip, local: new Set() });
  }
  return pixiLocks;
}

