import type { Catalog } from "../catalog/catalog.js";
import { FILE_MATCHERS, type AttributedFinding } from "../scan/run.js";
import { dirOf, foldersUp } from "../kit.js";
import { pickBest } from "./rank.js";
import { namesTool, toolNames } from "./names.js";
import type { UnnamedPackage } from "./grouped-findings.js";

/**
 * A tool its configuration file shows (vitest.config.ts, psalm.xml) whose package the catalog
 * leaves to the package table takes that package's version when its project declares it as a
 * development dependency named as the tool itself (vitest), or named after it under a vendor
 * (`vimeo/psalm`) when the catalog says the package is the tool (`[package-only, psalm]`; not a
 * plugin such as file-loader for Webpack): the same release, read from the lockfile.
 */
export function lendPackageVersions(
  byTool: ReadonlyMap<string, AttributedFinding[]>,
  unnamedPackages: readonly UnnamedPackage[],
  catalog: Catalog,
): void {
  for (const [id, found] of byTool) {
    if (found.some((f) => f.version) || !found.every((f) => f.detector === FILE_MATCHERS)) continue;
    const names = toolNames(catalog.tools.get(id)!);
    // Only a manifest of the configuration's own project: its folder or one above it (the folder a
    // manifest declares for, where not its own: a Python project's `requirements/dev.txt`).
    const projects = new Set(found.flatMap((f) => [...foldersUp(dirOf(f.file))]));
    const own = unnamedPackages
      .filter(({ finding: f, owner }) => f.dev && namesTool(f.ref, names, { wholeName: owner !== id, naming: catalog.rankTraits }) && projects.has(f.project ?? dirOf(f.file)))
      .map(({ finding }) => finding);
    const best = own.length ? pickBest(own, { traits: catalog.rankTraits }) : undefined;
    if (!best) continue;
    // The file that showed the tool stays its source; the package gives the release and its licence.
    const shown = pickBest(found, { traits: catalog.rankTraits })!;
    const lent: AttributedFinding = { ...shown, ref: best.ref, version: best.version, versionFile: best.versionFile ?? best.file };
    if (best.license) lent.license = best.license;
    found.push(lent);
  }
}
