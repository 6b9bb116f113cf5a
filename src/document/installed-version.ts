import type { Catalog } from "../catalog/catalog.js";
import type { AttributedFinding } from "../scan/run.js";
import { REPO_METADATA } from "../constants.js";
import { dirOf, foldersUp, refKind } from "../kit.js";
import { keysNameTool, namesTool, packageNameKeys, toolNames } from "./names.js";
import { pickBest } from "./rank.js";
import { ownVersions } from "./version-rules.js";

/**
 * A tool its project shows only without a version of its own (a plugin on its own numbering,
 * vue-loader for Webpack, typings such as @types/jest, or a config file, babel.config.js) takes
 * the release the project's lockfile installed of its own package (`webpack`, `@babel/core`,
 * `jest`), undeclared as it is: the file that showed the tool stays its source, the lockfile
 * gives the version. The version rules judge the installed package as they judge a declared one:
 * a transitively installed `redis` client gives the Redis server no release.
 *
 * `installed` holds the findings flagged `installed`, each with a version; `byTool` is extended in place.
 */
export function lendInstalledVersions(byTool: Map<string, AttributedFinding[]>, installed: readonly AttributedFinding[], catalog: Catalog, allTools = false): void {
  if (!installed.length) return;
  // Each installed package is compared with every tool's names: its name keys are worked out once.
  const naming = catalog.rankTraits;
  const keysOf = new Map(installed.map((f) => [f, packageNameKeys(f.ref, catalog.rankTraits)]));
  for (const [id, found] of byTool) {
    const tool = catalog.tools.get(id)!;
    // Only a release that is the tool's own counts: typings (@types/jest 27.4), another vendor's
    // wrapper or a server's client carry numbers the version rules take away, and leave the tool
    // as unversioned as if they had none.
    if (ownVersions(tool, found, catalog).found.some((f) => f.version)) continue;
    const names = toolNames(tool);
    const shown = found.filter((f) => f.file !== REPO_METADATA);
    if (!shown.length) continue;
    const folders = new Set(shown.flatMap((f) => [...foldersUp(dirOf(f.file))]));
    const own = installed.filter((f) => {
      const kind = refKind(f.ref);
      const name = f.ref.slice(kind.length + 1);
      return folders.has(f.project ?? dirOf(f.file)) && keysNameTool(keysOf.get(f)!, names) && !catalog.versionless(kind, name) && catalog.match(kind, name, allTools).some((t) => t.id === id);
    });
    if (!own.length) continue;
    // The install nearest the files that show the tool (a workspace's own node_modules before the
    // hoisted one), and of those the package whose whole name is the tool's.
    const nearest = own.sort((a, b) => depthOf(b.project ?? dirOf(b.file)) - depthOf(a.project ?? dirOf(a.file)) || Number(namesTool(b.ref, names, { wholeName: true, naming })) - Number(namesTool(a.ref, names, { wholeName: true, naming })))[0]!;
    if (!ownVersions(tool, [nearest], catalog).found[0]?.version) continue;
    const best = pickBest(shown, { traits: catalog.rankTraits })!;
    // The release is the installed package's: its name goes with it, so the version rules do not
    // read it as the showing file's (typings' numbers are their own, the installed jest's are Jest's).
    const out: AttributedFinding = { ...best, ref: nearest.ref, version: nearest.version, versionFile: nearest.versionFile ?? nearest.file };
    if (nearest.license) out.license = nearest.license;
    else delete out.license;
    found.push(out);
  }
}

function depthOf(dir: string): number {
  return dir ? dir.split("/").length : 0;
}
