import type { DetectContext } from "../../src/types.js";
import { baseName, compareCodeUnits, dirOf, joinInside, lineOf, lineOfEach, sibling } from "../../src/kit.js";
import { isEmptyLock, lowestComposerVersion, readComposerLock, readPathPackages, type LockedPackage } from "./composer-lock.js";

/**
 * The lockfile that installs each package of the repository by path, by the package's folder.
 */
export async function readPathLocks(ctx: DetectContext): Promise<Map<string, string>> {
  // A package of the repository a project installs from a `path` repository (`packages/billing`):
  // that project's composer.lock records it (`dist.type: path`) and resolved its `require`. The
  // first such lockfile by path, for a package without its own.
  const pathLocks = new Map<string, string>();
  for (const lockPath of ctx.files.filter((f) => baseName(f) === "composer.lock").sort(compareCodeUnits)) {
    for (const folder of readPathPackages(await ctx.json(lockPath))) {
      const dir = joinInside(dirOf(lockPath), folder);
      if (dir !== undefined && dir !== dirOf(lockPath) && !pathLocks.has(dir)) pathLocks.set(dir, lockPath);
    }
  }
  return pathLocks;
}

/**
 * A composer.json: its `require` and `require-dev` packages with versions and licenses from the
 * composer.lock beside it, or from the lockfile of the project that installs it by path; its PHP
 * (`require.php`, `config.platform.php`) and PHP extensions; the lockfile's other packages as
 * installed. `lockedBy` keeps each lockfile read once.
 */
export async function reportComposerProject(ctx: DetectContext, file: string, pathLocks: ReadonlyMap<string, string>, lockedBy: Map<string, Map<string, LockedPackage>>): Promise<void> {
  const data = (await ctx.json(file)) as Record<string, unknown> | undefined;
  if (!data || typeof data !== "object") return;
  const text = (await ctx.text(file)) ?? "";
  const lock = await readProjectLock(ctx, file, pathLocks, lockedBy);
  reportPhp(ctx, file, data, text);
  const declaredNames = reportRequirements(ctx, file, data, text, lock);
  reportInstalledOnly(ctx, file, lock, declaredNames);
}

/**
 * The project's PHP: its `require` (and `require-dev`) `php` range, at the release
 * `config.platform.php` pins, the version Composer resolves for and so the one the project runs.
 */
function reportPhp(ctx: DetectContext, file: string, data: Record<string, unknown>, text: string): void {
  const platform = (data.config as { platform?: Record<string, unknown> } | undefined)?.platform?.php;
  const line = lineOf(text, '"php"');
  // The pin is the release the project runs on, once, whether it requires a `php` range or not
  // (Drupal's recommended-project leaves that to drupal/core).
  const pinned = typeof platform === "string" ? lowestComposerVersion(platform) : undefined;
  if (typeof platform === "string" && pinned) {
    ctx.report({ ref: "runtime:php", file, line, declared: platform, version: pinned });
    return;
  }
  // `require.php` is the range the package supports, no release: the site versions PHP from
  // none (corpus goodwork and koel, held-out symfony-rest-sample and fetch-sym: 3 owners).
  for (const section of ["require", "require-dev"] as const) {
    const deps = data[section];
    if (!deps || typeof deps !== "object" || Array.isArray(deps) || !Object.hasOwn(deps, "php")) continue;
    const range = (deps as Record<string, unknown>).php;
    ctx.report({ ref: "runtime:php", file, line, declared: typeof range === "string" ? range : "" });
  }
}

/** The lockfile a composer.json's packages are resolved by, and its packages by lowercase name. */
interface ProjectLock {
  /** The lockfile of the project that installs this one by path, where it has none of its own. */
  installedBy: string | undefined;
  lockPath: string;
  locked: Map<string, LockedPackage>;
}

/** The project's own composer.lock, else the one installing it by path; each lockfile read once (`lockedBy`). */
async function readProjectLock(ctx: DetectContext, file: string, pathLocks: ReadonlyMap<string, string>, lockedBy: Map<string, Map<string, LockedPackage>>): Promise<ProjectLock> {
  const ownLock = ctx.exists(sibling(file, "composer.lock"));
  const installedBy = ownLock ? undefined : pathLocks.get(dirOf(file));
  const lockPath = installedBy ?? sibling(file, "composer.lock");
  const lockData = ownLock || installedBy ? await ctx.json(lockPath) : undefined;
  const locked = lockedBy.get(lockPath) ?? readComposerLock(lockData);
  lockedBy.set(lockPath, locked);
  if (ownLock && lockData !== undefined && !locked.size && !isEmptyLock(lockData)) ctx.warn(lockPath, "no packages with a name and version");
  return { installedBy, lockPath, locked };
}

/** `require` and `require-dev`: PHP's extensions and the packages, reported; the packages' lowercase names. */
function reportRequirements(ctx: DetectContext, file: string, data: Record<string, unknown>, text: string, lock: ProjectLock): Set<string> {
  const declaredNames = new Set<string>();
  // Each package's line looked up in bounded work (30,000 packages each searched from the top took 9 to 35 s).
  const lineOfName = lineOfEach(text);
  for (const [section, dev] of [["require", false], ["require-dev", true]] as const) {
    const deps = data[section];
    if (deps === undefined) continue;
    if (!deps || typeof deps !== "object" || Array.isArray(deps)) {
      ctx.warn(file, `"${section}" is not an object`);
      continue;
    }
    for (const [name, constraint] of Object.entries(deps as Record<string, unknown>)) {
      const declared = typeof constraint === "string" ? constraint : "";
      // A required PHP extension names the service it talks to: ext-pdo_pgsql, ext-redis, ext-mongodb.
      const extension = /^ext-(.+)$/.exec(name);
      if (extension) ctx.report({ ref: `php-extension:${extension[1]!.toLowerCase()}`, file, line: lineOfName(`"${name}"`) });
      // `php` itself is reportPhp's.
      if (/^(ext|lib|composer)-/.test(name) || !name.includes("/")) continue;
      declaredNames.add(name.toLowerCase());
      reportPackage(ctx, file, name, declared, dev, lock, lineOfName);
    }
  }
  return declaredNames;
}

/** A required package, with its locked release and license; an Asset Packagist one as its npm namesake too. */
function reportPackage(ctx: DetectContext, file: string, name: string, declared: string, dev: boolean, project: ProjectLock, lineOfName: (needle: string) => number | undefined): void {
  const { installedBy, lockPath, locked } = project;
  // Another project's lockfile resolved only the `require` of the package it installs by path.
  const lock = installedBy && dev ? undefined : locked.get(name.toLowerCase());
  if (lock?.local) return;
  // Asset Packagist's mirrors of npm and Bower packages (`npm-asset/dropzone`,
  // `bower-asset/jquery`): the npm namesake, not a package entry of its own, says which tool
  // each is, as a bower.json's packages do.
  const asset = assetNamesake(name);
  const line = lineOfName(`"${name}"`);
  if (asset) ctx.report({ ref: `npm:${asset}`, file, line, declared, version: lock?.version ?? lowestComposerVersion(declared), versionFile: lock ? lockPath : undefined });
  ctx.report({
    ref: `packagist:${name}`,
    file,
    line,
    declared,
    version: lock?.version ?? lowestComposerVersion(declared),
    versionFile: lock ? lockPath : undefined,
    license: lock?.license,
    direct: true,
    dev,
  });
}

/**
 * The packages the lockfile installed that the project does not declare (phpstan/phpstan
 * under larastan/larastan): each may give its release to a tool the project shows without one.
 */
function reportInstalledOnly(ctx: DetectContext, file: string, { installedBy, lockPath, locked }: ProjectLock, declaredNames: ReadonlySet<string>): void {
  for (const [name, lock] of installedBy ? [] : locked) {
    if (declaredNames.has(name) || lock.local || !/^\d/.test(lock.version)) continue;
    const asset = assetNamesake(name);
    if (asset && ctx.lookup("npm", asset).length) ctx.report({ ref: `npm:${asset}`, file: lockPath, version: lock.version, versionFile: lockPath, installed: true });
    if (ctx.lookup("packagist", name).length === 0) continue;
    ctx.report({ ref: `packagist:${name}`, file, version: lock.version, versionFile: lockPath, license: lock.license, installed: true });
  }
}

/**
 * The npm name of an Asset Packagist package (asset-packagist.org, which Yii 2 and Drupal projects
 * add as a Composer repository): `npm-asset/dropzone` is npm's dropzone, `npm-asset/fortawesome--fontawesome-free`
 * its scoped `@fortawesome/fontawesome-free`, `bower-asset/jquery` Bower's jquery, the build npm
 * publishes under the same name.
 */
export function assetNamesake(name: string): string | undefined {
  const m = /^(npm|bower)-asset\/([a-z0-9][\w.-]*)$/i.exec(name);
  if (!m) return undefined;
  const scoped = m[1]!.toLowerCase() === "npm" ? /^([\w.-]+?)--([\w.-]+)$/.exec(m[2]!) : null;
  return (scoped ? `@${scoped[1]}/${scoped[2]}` : m[2]!).toLowerCase();
}
