import type { DetectContext } from "../../src/types.js";

/** A package a lockfile installed: its name as the project declares it, its release, and its Hex name where that differs. */
export type LockedPackage = readonly [name: string, version: string, hexName?: string];

/**
 * The packages a lockfile (`lockFile`) installed that the project (`file`, declaring `declared`)
 * does not (cowboy under plug_cowboy, pgo under gleam_pgo): each one the catalog knows may lend its
 * release to a tool the project shows without one, and is reported as installed.
 */
export function reportInstalled(ctx: DetectContext, file: string, lockFile: string, declared: readonly string[], locked: Iterable<LockedPackage>): void {
  const own = new Set(declared);
  for (const [name, version, hexName = name] of locked) {
    if (own.has(name) || ctx.lookup("hex", hexName).length === 0) continue;
    ctx.report({ ref: `hex:${hexName}`, file, version, versionFile: lockFile, installed: true });
  }
}
