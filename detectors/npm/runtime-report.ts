import type { DetectContext } from "../../src/types.js";
import { fullVersion, pinnedVersion } from "../../src/versions/range.js";
import { lineOf } from "../../src/kit.js";
import type { NpmManifest } from "./manifest.js";

/**
 * What a manifest says of the tools that run the project: the package managers its `engines`
 * name, Volta's Node.js and package managers, `packageManager`.
 */
export function reportRuntimes(ctx: DetectContext, file: string, manifest: NpmManifest, text: string): void {
  for (const [engine, range] of Object.entries(manifest.engines)) {
    // The Node.js range a package supports (`"node": ">=18"`) says where its tooling may run,
    // not that the project is built on Node.js: the site's files name Node.js from the code's
    // own evidence (@types/node, ts-node, node-fetch, a node image, .nvmrc) and from no
    // engines range (0 of 6 repositories whose only sign it was). The package managers stay.
    if (engine === "node") continue;
    // A package manager's range (`"yarn": ">= 0.18.0"`, `"pnpm": "^8.9.0"`) bounds the releases
    // allowed, not the one in use: the site's files give npm, Yarn and pnpm no version from one
    // (8 of 8 repositories with such a range). One pinned release (`"pnpm": "8.6.0"`) is that release.
    // `packageManager` names the release Corepack runs: an engines pin of another one
    // (`"yarn": "1.22.19"` beside `yarn@1.22.22`) bounds it, and gives no release of its own.
    const pinned = pinnedVersion(range);
    const runs = manifest.packageManager?.name === engine ? manifest.packageManager.version : undefined;
    ctx.report({ ref: `engine:${engine}`, file, line: lineOf(text, `"engines"`) ?? lineOf(text, `"devEngines"`), declared: range, version: runs && runs !== pinned ? undefined : pinned });
  }
  if (manifest.voltaNode) {
    const v = manifest.voltaNode;
    ctx.report({ ref: "engine:node", file, line: lineOf(text, `"volta"`), declared: v, version: /^\d+$/.test(v) ? fullVersion(v) : v });
  }
  for (const [name, version] of Object.entries(manifest.voltaManagers ?? {})) {
    // Volta's Yarn 1 is often only the launcher of the release the project names itself (Volta
    // long ran no Yarn 2 or later: `"volta": { "yarn": "1.22.19" }` beside `"packageManager":
    // "yarn@3.6.4"`, a Berry project): where `packageManager` names another release of the same
    // manager, that one runs the project, as over an engines pin.
    const runs = manifest.packageManager?.name === name ? manifest.packageManager.version : undefined;
    ctx.report({ ref: `package-manager:${name}`, file, line: lineOf(text, `"volta"`), version: runs && runs !== version ? undefined : version });
  }
}

/** The package manager and release `packageManager` names (the one Corepack runs). */
export function reportPackageManager(ctx: DetectContext, file: string, manifest: NpmManifest, text: string): void {
  if (!manifest.packageManager) return;
  const { name, version } = manifest.packageManager;
  ctx.report({ ref: `package-manager:${name}`, file, line: lineOf(text, `"packageManager"`), version });
}
