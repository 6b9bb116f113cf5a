import { isSitePage, readDocsifyPage } from "./docsify.js";
import { readShadcnComponents } from "./shadcn.js";
import { readElectronBuilderConfig } from "./electron-builder.js";
import type { DetectContext, Detector } from "../../src/types.js";
import type { NpmManifest } from "./manifest.js";
import { readDenoImportMaps } from "./deno.js";
import { baseName, hasBaseName, dirOf, jsonStringLines, nearestFolder } from "../../src/kit.js";
import { topLevelKeyLine } from "./root-tables.js";
import { NpmProjects } from "./project-tree.js";
import { reportDependencies, reportInstalled, reportWrappedTools } from "./dependencies-report.js";
import { warnOutOfRange } from "./stale-lock.js";
import { reportPackageManager, reportRuntimes } from "./runtime-report.js";
import { readEasNode, readMeteorRelease, readNodeVersionFile, readRushPackageManager, readYarnPath } from "./version-files.js";
import { NPM_FILES } from "../files.js";
import { ELECTRON_BUILDER_CONFIGS } from "./files.js";

/**
 * npm, Yarn and pnpm projects: every package.json in the tree (so every workspace package), its
 * dependencies with versions from the nearest lockfile, `engines`, `packageManager`, and the
 * Node.js version files.
 */
export const npmDetector: Detector = {
  name: "npm",
  files: NPM_FILES,
  async detect(ctx) {
    const projects = new NpmProjects(ctx);
    await projects.readManifests();
    await projects.readWorkspaceCatalogs();
    for (const [file, manifest] of projects.manifests) await reportManifest(ctx, projects, file, manifest);
    await readSideFiles(ctx, projects);
  },
};

/** One package.json: its dependencies at the nearest lockfile's releases, its runtimes and package manager, the root's configuration tables. */
async function reportManifest(ctx: DetectContext, projects: NpmProjects, file: string, manifest: NpmManifest): Promise<void> {
  const text = (await ctx.text(file)) ?? "";
  const lock = await projects.locks.nearest(dirOf(file));
  // A package.json the lockfile above it does not install (an example or a docs site outside
  // the workspaces, with no lockfile of its own): the lockfile's copy, found where Node.js
  // would look (the top-level node_modules), is its release only where its range allows it.
  const covered = !lock || lock.lockfile.covers?.(lock.importer) !== false;
  const workspace = nearestFolder(dirOf(file), projects.catalogs);
  // Each name's line, read in one pass (a search of the text per dependency grew with the square of their number).
  const lines = manifest.dependencies.length > 0 ? jsonStringLines(text, { comments: false, keys: true }) : new Map<string, number>();
  const m = { file, manifest, lock, covered, lines, catalog: workspace === undefined ? undefined : projects.catalogs.get(workspace) };
  const outOfRange = reportDependencies(ctx, projects, m);
  if (lock && outOfRange.length) await warnOutOfRange(ctx, file, lock.path, outOfRange);
  reportWrappedTools(ctx, m);
  reportInstalled(ctx, projects, m);
  reportRuntimes(ctx, file, manifest, text);
  // The repository's own package.json's configuration tables (`"renovate": { ... }`), each a
  // `manifest-key` finding (`npm:renovate`) that the catalog says which tool reads, if any; a nested
  // package.json's (a template's, a vendored project's) is read by no bot or release tool, as a
  // renovate.json or .releaserc in a subfolder is not.
  if (file === "package.json") {
    for (const key of projects.rootTables) ctx.report({ ref: `manifest-key:npm:${key}`, file, line: topLevelKeyLine(text, key) });
  }
  reportPackageManager(ctx, file, manifest, text);
}

/** The files beside the manifests that name a release, a package manager or a package, each read by its own file's reader. */
async function readSideFiles(ctx: DetectContext, projects: NpmProjects): Promise<void> {
  // The Yarn release a .yarnrc(.yml)'s yarnPath names (version-files.ts).
  for (const file of ctx.files.filter((f) => hasBaseName(f, ".yarnrc.yml") || hasBaseName(f, ".yarnrc"))) await readYarnPath(ctx, file);
  // The package manager and release rush.json names (version-files.ts).
  for (const file of ctx.files.filter((f) => hasBaseName(f, "rush.json"))) await readRushPackageManager(ctx, file);
  // Deno's import maps and deps.ts: their npm: and jsr: specifiers and deno.land/x modules (deno.ts).
  await readDenoImportMaps(ctx, (name) => projects.isSibling(name));
  // .nvmrc and .node-version: the Node.js release each pins (version-files.ts).
  for (const file of ctx.files.filter((f) => hasBaseName(f, ".nvmrc") || hasBaseName(f, ".node-version"))) await readNodeVersionFile(ctx, file);
  // The Meteor release an app's .meteor/release pins (version-files.ts).
  for (const file of ctx.files.filter((f) => f === ".meteor/release" || f.endsWith("/.meteor/release"))) await readMeteorRelease(ctx, file);
  // Docsify's index.html, which loads the library from an npm CDN (docsify.ts).
  for (const file of ctx.files.filter((f) => hasBaseName(f, "index.html") && isSitePage(f))) await readDocsifyPage(ctx, file);
  // shadcn/ui's components.json, by its content (shadcn.ts).
  for (const file of ctx.files.filter((f) => hasBaseName(f, "components.json"))) await readShadcnComponents(ctx, file);
  // electron-builder's own configuration files (electron-builder.ts).
  for (const file of ctx.files.filter((f) => ELECTRON_BUILDER_CONFIGS.includes(baseName(f)))) await readElectronBuilderConfig(ctx, file);
  // The Node.js release an eas.json build profile runs on (version-files.ts).
  for (const file of ctx.files.filter((f) => hasBaseName(f, "eas.json"))) await readEasNode(ctx, file);
}
