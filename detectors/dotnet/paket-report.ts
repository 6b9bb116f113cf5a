import type { DetectContext } from "../../src/types.js";
import { reportUndeclaredInstalled, sibling } from "../../src/kit.js";
import { readPaketDependencies, readPaketLock, readPaketLockGroups } from "./paket.js";

/** paket.dependencies: NuGet in use, each package with the release paket.lock resolved for its group. */
export async function reportPaketDependencies(ctx: DetectContext, file: string): Promise<void> {
  const text = (await ctx.text(file)) ?? "";
  const lockPath = sibling(file, "paket.lock");
  const lockText = ctx.exists(lockPath) ? ((await ctx.text(lockPath)) ?? "") : "";
  const locked = readPaketLock(lockText);
  const groups = readPaketLockGroups(lockText);
  const dependencies = readPaketDependencies(text);
  if (dependencies.length) ctx.report({ ref: "format:nuget-references", file });
  for (const d of dependencies) {
    // Each group is resolved on its own: a package declared in two takes each group's release.
    const pinned = groups.get(d.group)?.get(d.id.toLowerCase()) ?? locked.get(d.id.toLowerCase());
    ctx.report({ ref: `nuget:${d.id}`, file, line: d.line, declared: d.constraint, version: pinned ?? d.version, versionFile: pinned ? lockPath : undefined, direct: true });
  }
  // The lock's packages paket.dependencies does not name were resolved for those it does:
  // their releases may go to a tool shown without one, as packages.lock.json's transitive ones.
  reportUndeclaredInstalled(ctx, "nuget", lockPath, lockPath, dependencies.map((d) => d.id.toLowerCase()), locked);
}
