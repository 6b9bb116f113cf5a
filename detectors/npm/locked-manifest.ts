import type { DetectContext } from "../../src/types.js";
import { isRecord, sibling } from "../../src/kit.js";

/**
 * What a package.json that does not parse (a comma lost in a hand edit) still declares, as npm
 * recorded it: npm's lockfile beside it (npm-shrinkwrap.json, else package-lock.json, version 2
 * or later) keeps the root package's own manifest fields, its dependencies of each kind with the
 * declared ranges, under `packages[""]`. Undefined without such a lockfile; the scan has already
 * warned of the malformed file.
 */
export async function lockedManifest(ctx: DetectContext, manifest: string): Promise<Record<string, unknown> | undefined> {
  for (const name of ["npm-shrinkwrap.json", "package-lock.json"]) {
    const path = sibling(manifest, name);
    if (!ctx.exists(path)) continue;
    const data = await ctx.json(path);
    const root = isRecord(data) && isRecord(data.packages) ? data.packages[""] : undefined;
    if (isRecord(root)) return root;
  }
  return undefined;
}
