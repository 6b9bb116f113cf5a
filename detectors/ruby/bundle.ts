import type { DetectContext } from "../../src/types.js";
import { baseName, dirOf, inFolder, joinInside, sibling } from "../../src/kit.js";
import { readGemfile, readGemfileLock, type GemDeclaration, type Gemfile, type GemfileLock } from "./gemfile.js";
import { lowerBound } from "../../src/versions/range.js";

/**
 * A Gemfile (or gems.rb): its gems and those of the Gemfiles it evaluates, with their releases from
 * the lockfile beside it; the Ruby and Bundler it names or the lockfile records.
 * `gemFolders`: the folders holding a gemspec, where a Gemfile is that gem's development bundle.
 */
export async function reportGemfile(ctx: DetectContext, file: string, gemFolders: ReadonlySet<string>): Promise<void> {
  const base = baseName(file);
  const text = await ctx.text(file);
  if (text === undefined) return;
  if (base === "Gemfile" && !gemFolders.has(dirOf(file))) ctx.report({ ref: "format:gemfile", file });
  const gemfile = readGemfile(text);
  const gems = [...gemfile.gems.map((gem) => ({ gem, file })), ...(await includedGems(ctx, file, gemfile.included))];
  const { lock, lockPath } = await readLock(ctx, file);
  // First, so that a tool named by a plugin gem takes its own gem's version (ties keep the first).
  if (lock && lockPath) reportLockedExtras(ctx, file, gems.map(({ gem }) => gem.name), lock, lockPath, gemfile.gemspec);
  for (const { gem, file: declaredIn } of gems) reportGem(ctx, gem, declaredIn, lock, lockPath);
  reportRuby(ctx, file, gemfile, lock, lockPath);
  // Bundler by name only: a lockfile and its BUNDLED WITH line come with every Bundler project,
  // and the site names Bundler only where the `bundler` gem is declared (the Gemfile, or this
  // repository's gemspec, whose runtime dependencies the lockfile's PATH section keeps). BUNDLED
  // WITH then gives the release.
  const bundlerFrom = gemfile.gems.some((g) => g.name === "bundler") ? file : bundlerGemspec(ctx, lock, lockPath);
  if (lock?.bundler && bundlerFrom) ctx.report({ ref: "runtime:bundler", file: bundlerFrom, version: lock.bundler, versionFile: lockPath });
}

/**
 * The gems of the Gemfiles a Gemfile evaluates into itself, declared in those files and locked
 * in its own lockfile (one level: what they include in turn is left).
 */
async function includedGems(ctx: DetectContext, file: string, included: readonly string[]): Promise<Array<{ gem: GemDeclaration; file: string }>> {
  const gems: Array<{ gem: GemDeclaration; file: string }> = [];
  // Each file once, however often it is included: a Gemfile naming one file 40,000 times read
  // and copied its gems as often, until the scan ran out of memory.
  const includedPaths = new Set<string>();
  for (const relative of included) {
    const path = joinInside(dirOf(file), relative);
    if (path === undefined || path === file || includedPaths.has(path) || !ctx.exists(path)) continue;
    includedPaths.add(path);
    const includedText = await ctx.text(path);
    if (includedText !== undefined) gems.push(...readGemfile(includedText).gems.map((gem) => ({ gem, file: path })));
  }
  return gems;
}

/** The lockfile beside a Gemfile or gemspec (Gemfile.lock, or gems.locked beside gems.rb), read. */
export async function readLock(ctx: DetectContext, file: string): Promise<{ lock?: GemfileLock; lockPath?: string }> {
  const lockPath = [sibling(file, "Gemfile.lock"), sibling(file, "gems.locked")].find((p) => ctx.exists(p));
  const lockText = lockPath ? await ctx.text(lockPath) : undefined;
  return { lock: lockText ? readGemfileLock(lockText) : undefined, lockPath };
}

/** One gem a Gemfile declares, with its locked release or else the lowest its requirements allow. */
function reportGem(ctx: DetectContext, gem: GemDeclaration, declaredIn: string, lock: GemfileLock | undefined, lockPath: string | undefined): void {
  // `gem "engine", path: "engines/engine"`: a folder of the repository (or beside it), not a
  // RubyGems package, as a path dependency is none for npm, pip, pub, Composer or CocoaPods.
  if (gem.source === "path") return;
  reportDeclaredGem(ctx, gem, declaredIn, gem.groups.some((g) => g === "development" || g === "test"), { lock, lockPath });
}

/** A gem a Gemfile or a gemspec declares: its release from `lock` (the file at `lockPath`), else the lowest its requirements allow. */
export function reportDeclaredGem(ctx: DetectContext, gem: { name: string; requirements: string[]; line: number }, file: string, dev: boolean, { lock, lockPath }: { lock?: GemfileLock; lockPath?: string }): void {
  // The lockfile never lists the bundler gem among its specs: its BUNDLED WITH line is the
  // release that resolved the bundle (the one Bundler switches to), as it is Bundler's.
  const locked = lockedRelease(lock, gem.name);
  ctx.report({
    ref: `rubygems:${gem.name}`,
    file,
    line: gem.line,
    declared: gem.requirements.join(", ") || undefined,
    version: locked ?? lowerBound(gem.requirements),
    versionFile: locked ? lockPath : undefined,
    direct: true,
    dev,
  });
}

/**
 * The Gemfile's `ruby` line when it names one release; else the RUBY VERSION the lockfile
 * recorded (the Ruby the bundle was resolved with, the version's file then), which beats
 * the lowest release a requirement allows (React Native's template writes `ruby ">= 2.6.10"`
 * beside a lockfile recording 3.1.2); else that lowest release.
 */
function reportRuby(ctx: DetectContext, file: string, gemfile: Gemfile, lock: GemfileLock | undefined, lockPath: string | undefined): void {
  if (lock?.ruby && !(gemfile.ruby && gemfile.rubyPinned)) ctx.report({ ref: "runtime:ruby", file, version: lock.ruby, versionFile: lockPath });
  else ctx.report({ ref: "runtime:ruby", file, version: gemfile.ruby });
}

/**
 * A gem's release in a Gemfile.lock: its spec's; for `bundler`, which the lockfile lists no spec
 * of, the BUNDLED WITH line's.
 */
function lockedRelease(lock: GemfileLock | undefined, name: string): string | undefined {
  return lock?.versions.get(name) ?? (name === "bundler" ? lock?.bundler : undefined);
}

/**
 * The gemspec of this repository's own gem that requires bundler at run time, as the lockfile's
 * PATH section records it (the gemspec itself, or the lockfile when that file is not there).
 */
function bundlerGemspec(ctx: DetectContext, lock: GemfileLock | undefined, lockPath: string | undefined): string | undefined {
  if (!lock || !lockPath) return undefined;
  const lockDir = dirOf(lockPath);
  for (const gem of lock.local) {
    if (!gem.dependencies.some((d) => d.name === "bundler")) continue;
    const dir = joinInside(lockDir, gem.remote);
    if (dir === undefined) continue; // a path outside the repository is not this project's gem
    const spec = inFolder(dir, `${gem.name}.gemspec`);
    return ctx.exists(spec) ? spec : lockPath;
  }
  return undefined;
}

/**
 * What the lockfile adds to a Gemfile: with `gemspec`, the gemspec's gems (its runtime ones under
 * PATH, its development ones in DEPENDENCIES), credited to the gemspec when it is there; and the
 * locked version of a tool's own gem when the Gemfile names only a plugin of it (rubocop-rails
 * pulls rubocop: RuboCop gets rubocop's version, never the plugin's).
 */
function reportLockedExtras(ctx: DetectContext, gemfile: string, declared: string[], lock: GemfileLock, lockPath: string, gemspec: boolean): void {
  const direct = new Set(declared);
  const lockDir = dirOf(lockPath);
  const own = new Set(lock.local.map((g) => g.name));
  if (gemspec) {
    for (const name of lock.dependencies) {
      if (direct.has(name) || !lock.versions.has(name)) continue;
      direct.add(name);
      ctx.report({ ref: `rubygems:${name}`, file: lockPath, version: lock.versions.get(name), direct: true });
    }
    for (const gem of lock.local) {
      const dir = joinInside(lockDir, gem.remote);
      if (dir === undefined) continue; // a path outside the repository is not this project's gem
      const spec = inFolder(dir, `${gem.name}.gemspec`);
      const file = ctx.exists(spec) ? spec : lockPath;
      for (const dep of gem.dependencies) {
        if (own.has(dep.name) || dep.name === "bundler" || direct.has(dep.name)) continue;
        direct.add(dep.name);
        const version = lock.versions.get(dep.name);
        ctx.report({ ref: `rubygems:${dep.name}`, file, declared: dep.requirement, version, versionFile: version ? lockPath : undefined, direct: true });
      }
    }
  }
  const tools = new Set([...direct].flatMap((name) => ctx.lookup("rubygems", name)));
  for (const name of direct) {
    for (const required of lock.requires.get(name) ?? []) {
      if (direct.has(required)) continue;
      const version = lock.versions.get(required);
      if (version && ctx.lookup("rubygems", required).some((id) => tools.has(id))) {
        ctx.report({ ref: `rubygems:${required}`, file: gemfile, version, versionFile: lockPath });
      }
    }
  }
}
