import semver from "semver";
import type { DetectContext } from "../../src/types.js";
import { dirOf, inFolder, isRecord } from "../../src/kit.js";

/** A package a manifest declares whose locked release its range does not allow. */
export interface OutOfRange {
  name: string;
  declared: string;
  locked: string;
}

/**
 * Warns that a lockfile is out of date with a manifest whose ranges no longer allow releases it
 * locked (package.json edited, the install not run again): the locked release, the one installed,
 * is still written. A release an npm `overrides`, Yarn `resolutions` or pnpm `overrides` table
 * names (the manifest's, or the package.json or pnpm-workspace.yaml beside the lockfile) is forced
 * on purpose and not warned of. Ranges semver cannot read (a tag, a URL) are no range to be out of.
 */
export async function warnOutOfRange(ctx: DetectContext, file: string, lockPath: string, found: readonly OutOfRange[]): Promise<void> {
  const readable = found.filter((f) => semver.validRange(f.declared, { loose: true }) !== null);
  if (!readable.length) return;
  const forced = await forcedKeys(ctx, [file, inFolder(dirOf(lockPath), "package.json")], inFolder(dirOf(lockPath), "pnpm-workspace.yaml"));
  const stale = readable.filter((f) => !forced.some((key) => keyPackage(key) === f.name));
  if (!stale.length) return;
  const listed = stale.map((f) => `${f.name} ${f.declared} (${f.locked} locked, the release written)`).join(", ");
  ctx.warn(lockPath, `out of date with ${file}, which declares ${listed}: run the package manager's install`);
}

/**
 * The package an override's key forces: the last of a pnpm chain (`foo>react`) or a Yarn path
 * (`**\/react`, `foo@1.0.0/react`; a scope joins the name after it, `@types/react`), its range
 * left off (`react@<18`, `@types/react@^18`).
 */
function keyPackage(key: string): string {
  const segments = key.split(">").at(-1)!.split("/");
  const last = segments.at(-1)!;
  const name = segments.length > 1 && segments.at(-2)!.startsWith("@") ? `${segments.at(-2)}/${last}` : last;
  const at = name.indexOf("@", 1);
  return at < 0 ? name : name.slice(0, at);
}

/** The keys, at every depth, of the override tables of these package.json files and pnpm-workspace.yaml. */
async function forcedKeys(ctx: DetectContext, manifests: readonly string[], pnpmWorkspace: string): Promise<string[]> {
  const tables: unknown[] = [];
  for (const path of new Set(manifests)) {
    const data = ctx.exists(path) ? await ctx.json(path) : undefined;
    if (!isRecord(data)) continue;
    tables.push(data.overrides, data.resolutions, isRecord(data.pnpm) ? data.pnpm.overrides : undefined);
  }
  const workspace = ctx.exists(pnpmWorkspace) ? await ctx.yaml(pnpmWorkspace) : undefined;
  if (isRecord(workspace)) tables.push(workspace.overrides);
  const keys: string[] = [];
  const collect = (table: unknown): void => {
    if (!isRecord(table)) return;
    for (const [key, value] of Object.entries(table)) {
      keys.push(key);
      collect(value);
    }
  };
  tables.forEach(collect);
  return keys;
}
