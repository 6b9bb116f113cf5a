import type { DetectContext } from "../../src/types.js";
import { baseName, dirOf, inFolder, joinInside, nearestFolder, reportUndeclaredInstalled } from "../../src/kit.js";
import { lowerBound } from "../../src/versions/range.js";
import { readMixExs } from "./mix.js";
import { openingLines } from "./opening-lines.js";

/**
 * A mix.exs: its Hex dependencies at the releases its mix.lock locked (the one beside it or above,
 * or the one an umbrella app names), the lockfile's other packages as installed, and the Elixir it
 * requires. `locks`: each mix.lock's packages by its folder.
 */
export async function reportMixProject(ctx: DetectContext, file: string, locks: ReadonlyMap<string, Map<string, string>>): Promise<void> {
  const text = await ctx.text(file);
  if (text === undefined) return;
  const project = readMixExs(text);
  // An umbrella app names the lockfile it shares (`lockfile: "../../mix.lock"`, as `mix new
  // --umbrella` writes it): Mix reads that one, not a mix.lock left in the app's own folder.
  const named = project.lockfile === undefined ? undefined : joinInside(dirOf(file), project.lockfile);
  const lockDir = named !== undefined && baseName(named) === "mix.lock" && locks.has(dirOf(named)) ? dirOf(named) : nearestFolder(dirOf(file), locks);
  const lock = lockDir === undefined ? undefined : { packages: locks.get(lockDir)!, file: inFolder(lockDir, "mix.lock") };
  const lineAt = openingLines(text, /\{:([a-z][a-z0-9_]*),/g);
  for (const dep of project.deps) {
    // A git dependency's lock entry is a commit, not a release.
    const locked = dep.git ? undefined : lock?.packages.get(dep.name);
    ctx.report({
      ref: `hex:${dep.hexName ?? dep.name}`,
      file,
      line: lineAt(dep.name),
      declared: dep.requirement,
      version: locked ?? dep.tag ?? lowerBound(dep.requirement),
      versionFile: locked ? lock?.file : undefined,
      dev: dep.only.length > 0 && !dep.only.includes("prod"),
    });
  }
  if (lock) reportUndeclaredInstalled(ctx, "hex", file, lock.file, project.deps.map((d) => d.name), lock.packages);
  ctx.report({ ref: "runtime:elixir", file, declared: project.elixir });
}
