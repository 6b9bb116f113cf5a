import type { DetectContext } from "../../src/types.js";
import { baseName, compareCodeUnits, dirOf, joinInside, textLines } from "../../src/kit.js";
import { readGemfileLock, readGemspec, type GemfileLock } from "./gemfile.js";
import { lowerBound } from "../../src/versions/range.js";
import { readLock, reportDeclaredGem } from "./bundle.js";

/** The lockfile of another bundle that installs a gem of the repository by path, by the gem's folder. */
export type PathLocks = ReadonlyMap<string, { lock: GemfileLock; lockPath: string }>;

/**
 * A gem of the repository another bundle installs by path (`gem "billing", path:
 * "engines/billing"`): that bundle's lockfile (its PATH section names the folder) resolved the
 * gemspec's runtime dependencies. The first such lockfile by path, for a gem without its own.
 */
export async function readPathLocks(ctx: DetectContext, gemFolders: ReadonlySet<string>): Promise<PathLocks> {
  const pathLocks = new Map<string, { lock: GemfileLock; lockPath: string }>();
  for (const lockPath of ctx.files.filter((f) => baseName(f) === "Gemfile.lock" || baseName(f) === "gems.locked").sort(compareCodeUnits)) {
    const lockText = await ctx.text(lockPath);
    if (!lockText) continue;
    const lock = readGemfileLock(lockText);
    for (const gem of lock.local) {
      const dir = joinInside(dirOf(lockPath), gem.remote);
      if (dir !== undefined && dir !== dirOf(lockPath) && gemFolders.has(dir) && !pathLocks.has(dir)) pathLocks.set(dir, { lock, lockPath });
    }
  }
  return pathLocks;
}

/** A gemspec: its dependencies with their releases from its own lockfile or the bundle that installs it, and the lowest Ruby it allows. */
export async function reportGemspec(ctx: DetectContext, file: string, pathLocks: PathLocks): Promise<void> {
  const text = await ctx.text(file);
  if (text === undefined) return;
  const own = await readLock(ctx, file);
  const installedBy = own.lockPath ? undefined : pathLocks.get(dirOf(file));
  for (const dep of readGemspec(text)) {
    // Another bundle's lockfile resolved only the runtime dependencies it installs.
    // `spec.add_development_dependency "bundler", "~> 2.0"` (older `bundle gem` templates): as for a Gemfile's.
    reportDeclaredGem(ctx, dep, file, dep.dev, installedBy && !dep.dev ? installedBy : own);
  }
  // `spec.required_ruby_version = ">= 2.5.0"` (or a Gem::Requirement, or a list): the lowest Ruby it allows.
  const lines = textLines(text);
  const at = lines.findIndex((l) => /^\s*\w+\.required_ruby_version\s*=/.test(l.replace(/#.*$/, "")));
  if (at >= 0) {
    // Each quoted string, those holding a digit kept: a pattern asking for the digit inside the
    // quotes tried every place for it in a string never closed (100,000 digits: 20 s).
    const requirements = [...lines[at]!.replace(/#.*$/, "").matchAll(/["']([^"']*)["']/g)].map((x) => x[1]!).filter((r) => /\d/.test(r));
    const version = lowerBound(requirements);
    if (version) ctx.report({ ref: "runtime:ruby", file, line: at + 1, declared: requirements.join(", "), version });
  }
}
