import type { DetectContext } from "../../src/types.js";
import { dirOf, inFolder, nearestFolder, reportUndeclaredInstalled } from "../../src/kit.js";
import { lowerBound } from "../../src/versions/range.js";
import { readRebarConfig, type RebarLockedPackage } from "./rebar.js";
import { openingLines } from "./opening-lines.js";

/**
 * A rebar.config: its problems as warnings, its Hex dependencies at the releases rebar.lock locked
 * (a profile's for development, save `prod`'s), the lockfile's other packages as installed, and the
 * oldest Erlang/OTP it builds with. `locks`: each rebar.lock's packages by its folder.
 */
export async function reportRebarProject(ctx: DetectContext, file: string, locks: ReadonlyMap<string, Map<string, RebarLockedPackage>>): Promise<void> {
  const text = await ctx.text(file);
  if (text === undefined) return;
  const config = readRebarConfig(text);
  for (const problem of config.problems) ctx.warn(file, problem);
  // rebar.lock sits beside rebar.config (an umbrella's apps/*/rebar.config share the root's).
  const lockDir = nearestFolder(dirOf(file), locks);
  const lock = lockDir === undefined ? undefined : { packages: locks.get(lockDir)!, file: inFolder(lockDir, "rebar.lock") };
  // A profile's dependencies are written after `{profiles`: their lines are looked for there.
  const profilesAt = Math.max(0, text.indexOf("{profiles"));
  const lineAt = openingLines(text, /\{([a-z][A-Za-z0-9_@]*),/g);
  for (const dep of config.deps) {
    // Profile dependencies (test, dev) are not locked; a top-level one is, under its app name.
    const locked = dep.profile === undefined && !dep.vcs ? lock?.packages.get(dep.name)?.version : undefined;
    ctx.report({
      ref: `hex:${dep.hexName ?? dep.name}`,
      file,
      line: lineAt(dep.name, dep.profile === undefined ? 0 : profilesAt),
      declared: dep.requirement,
      version: locked ?? dep.tag ?? lowerBound(dep.requirement),
      versionFile: locked ? lock?.file : undefined,
      dev: dep.profile !== undefined && dep.profile !== "prod",
    });
  }
  if (lock) reportUndeclaredInstalled(ctx, "hex", file, lock.file, config.deps.map((d) => d.name), lock.packages);
  // The minimum OTP release is the oldest it builds with, not the Erlang it runs on.
  ctx.report({ ref: "runtime:erlang", file, declared: config.minimumOtp });
}
