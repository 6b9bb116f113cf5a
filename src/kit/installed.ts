/** Reporting the packages a lockfile installed that the project does not declare. */
import type { DetectContext } from "../types.js";

/**
 * What a lockfile holds of a package: its release, or its release and, where the registry knows
 * it by another name than the project declares (rebar3's `{pkg, hex_name, version}`), that name.
 */
export type LockedRelease = string | { version: string; registryName?: string };

/**
 * The packages a lockfile (`lockFile`) installed, by the name the project declares them under, that
 * the project (`file`, declaring `declared`) does not: cowboy under plug_cowboy, Mojolicious under a
 * Mojolicious plugin. Each one the catalog knows in `registry` (`hex`, `cpan`, `nuget`) may lend its
 * release to a tool the project shows without one, and is reported as installed.
 */
export function reportUndeclaredInstalled(
  ctx: DetectContext,
  registry: string,
  file: string,
  lockFile: string,
  declared: Iterable<string>,
  locked: Iterable<readonly [name: string, release: LockedRelease]>,
): void {
  const own = new Set(declared);
  for (const [name, release] of locked) {
    const { version, registryName = name } = typeof release === "string" ? { version: release } : release;
    if (own.has(name) || ctx.lookup(registry, registryName).length === 0) continue;
    ctx.report({ ref: `${registry}:${registryName}`, file, version, versionFile: lockFile, installed: true });
  }
}
