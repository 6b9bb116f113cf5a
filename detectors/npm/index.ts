import semver from "semver";
import { isSitePage, readDocsifyPage } from "./docsify.js";
import { readShadcnComponents } from "./shadcn.js";
import { readElectronBuilderConfig, readElectronBuilderTable } from "./electron-builder.js";
import type { Detector } from "../../src/types.js";
import { fullVersion, lowestVersion, pinnedVersion } from "../../src/versions/range.js";
import { isLocalSpec, patchedSpec, readManifest, type NpmManifest } from "./manifest.js";
import { lockedManifest } from "./locked-manifest.js";
import { readDenoImportMaps } from "./deno.js";
import { readPnpmCatalogs } from "./catalogs.js";
import { baseName, hasBaseName, dirOf, inFolder, isRecord, jsonStringLines, lineOf, foldersUp, nearestFolder } from "../../src/kit.js";
import { LockfileFinder } from "./lockfile-finder.js";
import { aliasTarget, wrappedPackage } from "./package-names.js";
import { PACKAGE_FIELDS, topLevelKeyLine } from "./root-tables.js";
import { readEasNode, readMeteorRelease, readNodeVersionFile, readRushPackageManager, readYarnPath } from "./version-files.js";
import { NPM_FILES } from "../files.js";
import { ELECTRON_BUILDER_CONFIGS } from "./files.js";

/** A prerelease named `bridge` (`7.0.0-bridge.0`): a compatibility shim's placeholder number. */
const BRIDGE_BUILD = /^\d+\.\d+\.\d+-bridge(?:[.-]|$)/;

/**
 * npm, Yarn and pnpm projects: every package.json in the tree (so every workspace package), its
 * dependencies with versions from the nearest lockfile, `engines`, `packageManager`, and the
 * Node.js version files.
 */
export const npmDetector: Detector = {
  name: "npm",
  files: NPM_FILES,
  async detect(ctx) {
    const manifests = ctx.files.filter((f) => hasBaseName(f, "package.json"));
    const parsed = new Map<string, NpmManifest>();
    const catalogs = new Map<string, ReturnType<typeof readPnpmCatalogs>>();
    const rootTables: string[] = [];
    for (const file of manifests) {
      // A manifest that does not parse declares what npm's lockfile beside it recorded of it.
      const data = (await ctx.json(file)) ?? ((await ctx.text(file)) ? await lockedManifest(ctx, file) : undefined);
      if (data !== undefined) parsed.set(file, readManifest(data));
      // The root package.json's configuration tables (`"renovate": { ... }`), read below.
      if (file === "package.json" && isRecord(data)) rootTables.push(...Object.keys(data).filter((k) => isRecord(data[k]) && !PACKAGE_FIELDS.has(k)));
      // Bun's catalogs, in the root package.json: under `workspaces` or at the top.
      const holder = !isRecord(data) ? undefined : [data.workspaces, data].find((o) => isRecord(o) && (isRecord(o.catalog) || isRecord(o.catalogs)));
      if (holder) catalogs.set(dirOf(file), readPnpmCatalogs(holder));
      // electron-builder's configuration in the manifest's `build` table (electron-builder.ts).
      if (isRecord(data)) await readElectronBuilderTable(ctx, file, data);
    }
    // The names of the repository's own packages: a dependency on one of them is a link to a
    // sibling (a workspace package), not a registry package. A package never depends on itself, so
    // a manifest's own name (a tutorial folder named `webpack` that installs webpack) is the registry's;
    // nor does a project link to another one that shares no root with it (sibling projects of a
    // sandbox or book repository, side by side without a package.json, lerna.json or
    // pnpm-workspace.yaml above both): there, the name is the registry package's too.
    const ownNames = new Map<string, string[]>();
    for (const [file, manifest] of parsed) if (manifest.name) ownNames.set(manifest.name, [...(ownNames.get(manifest.name) ?? []), file]);
    const manifestDirs = new Set([...parsed.keys()].map(dirOf));
    const isRoot = (dir: string) => manifestDirs.has(dir) || ["lerna.json", "pnpm-workspace.yaml", "rush.json"].some((f) => ctx.exists(inFolder(dir, f)));
    const shareRoot = (a: string, b: string) => {
      const above = new Set(foldersUp(dirOf(b)));
      let common = "";
      for (const d of foldersUp(dirOf(a))) if (above.has(d)) { common = d; break; }
      for (const d of foldersUp(common)) if (isRoot(d)) return true;
      return false;
    };
    const isSibling = (name: string, file?: string) =>
      (ownNames.get(name) ?? []).some((other) => file === undefined || (other !== file && shareRoot(file, other)));
    // The package manager a folder's package.json names (`"packageManager": "pnpm@9.1.0"`) says
    // which of its lockfiles is the one in use where it keeps several (a package-lock.json left
    // behind by a move to pnpm).
    const managers = new Map<string, string>();
    for (const [file, manifest] of parsed) if (manifest.packageManager) managers.set(dirOf(file), manifest.packageManager.name);
    const locks = new LockfileFinder(ctx, managers);
    for (const file of ctx.files.filter((f) => hasBaseName(f, "pnpm-workspace.yaml"))) catalogs.set(dirOf(file), readPnpmCatalogs(await ctx.yaml(file)));
    // Yarn's (4.10 and later), in .yarnrc.yml, the same two keys.
    for (const file of ctx.files.filter((f) => hasBaseName(f, ".yarnrc.yml") && !catalogs.has(dirOf(f)))) {
      const data = await ctx.yaml(file);
      if (isRecord(data) && (isRecord(data.catalog) || isRecord(data.catalogs))) catalogs.set(dirOf(file), readPnpmCatalogs(data));
    }
    for (const [file, manifest] of parsed) {
      const text = (await ctx.text(file)) ?? "";
      const lock = await locks.nearest(dirOf(file));
      const importer = lock?.importer ?? "";
      // A package.json the lockfile above it does not install (an example or a docs site outside
      // the workspaces, with no lockfile of its own): the lockfile's copy, found where Node.js
      // would look (the top-level node_modules), is its release only where its range allows it.
      const covered = !lock || lock.lockfile.covers?.(importer) !== false;
      const workspace = nearestFolder(dirOf(file), catalogs);
      const ownNames = new Set(manifest.dependencies.map((d) => d.name));
      // Each name's line, read in one pass (a search of the text per dependency grew with the square of their number).
      const lines = manifest.dependencies.length > 0 ? jsonStringLines(text, { comments: false, keys: true }) : new Map<string, number>();
      for (const dep of manifest.dependencies) {
        // A package the lockfile links to a folder is a workspace package too, also where its
        // package.json is outside the scan (`--workspace`, an include).
        if (isLocalSpec(dep.range) || isSibling(dep.name, file) || lock?.lockfile.links?.(dep.name, importer)) continue;
        // `catalog:` stands for the range the workspace's catalog names.
        const range = (dep.range.startsWith("catalog:") && workspace !== undefined && catalogs.get(workspace)!(dep.name, dep.range)) || dep.range;
        // A Yarn patch (`patch:typeorm@npm%3A0.3.20#...`) installs the package it wraps, patched.
        const patched = patchedSpec(range);
        const spec = !patched ? range : patched.name === dep.name ? patched.range : `npm:${patched.name}@${patched.range.replace(/^npm:/, "")}`;
        // The lockfile keys an alias (`"react": "npm:preact@^10"`) by the name it is installed under.
        const { name: target, wanted } = aliasTarget(dep.name, spec);
        let locked = lock?.lockfile.resolve(dep.name, range, importer) ?? (spec !== range ? lock?.lockfile.resolve(dep.name, spec, importer) : undefined);
        if (locked && !covered && !allows(wanted, locked.version)) locked = undefined;
        // An override can install another package under the declared name (`"overrides": { "react":
        // "npm:@preact/compat@17.1.2" }`): where the lockfile names it, that package is the one in use.
        const name = locked?.name && locked.name !== target ? locked.name : target;
        // A second copy under another name (`"react17": "npm:react@^17"` beside `"react": "^16.14.0"`)
        // is not the package the project declares under its own name: that declaration gives its release.
        if (name !== dep.name && ownNames.has(name)) continue;
        // A bridge build (`"babel-core": "7.0.0-bridge.0"`, the shim that hands Babel 6 callers to
        // the installed @babel/core) is a placeholder, not a release: the lockfile's @babel/core says
        // which Babel runs.
        const version = locked?.version ?? lowestVersion(wanted);
        const bridge = version !== undefined && BRIDGE_BUILD.test(version);
        ctx.report({
          ref: `npm:${name}`,
          file,
          line: lines.get(dep.name),
          declared: wanted,
          version: bridge ? undefined : version,
          versionFile: locked && !bridge ? lock!.path : undefined,
          license: locked?.license,
          direct: true,
          dev: dep.type === "devDependencies",
        });
      }
      // A scoped wrapper named after a tool (`@nestjs/platform-express`, `@nestjs/typeorm`) is on
      // its own numbering; the tool's own package, installed beside it (a dependency or a peer),
      // is in the lockfile: its locked release is the tool's. Reported as neither a direct
      // dependency (no package entry) nor a transitive one (it does reveal the tool).
      if (lock && covered) {
        const declared = new Set(manifest.dependencies.map((d) => d.name));
        for (const dep of manifest.dependencies) {
          const own = wrappedPackage(dep.name, (name) => ctx.lookup("npm", name));
          if (!own || declared.has(own)) continue;
          const locked = lock.lockfile.resolve(own, "*", importer);
          if (!locked?.version || (locked.name !== undefined && locked.name !== own)) continue;
          declared.add(own);
          ctx.report({ ref: `npm:${own}`, file, line: lines.get(dep.name), version: locked.version, versionFile: lock.path, dev: dep.type === "devDependencies" });
        }
      }
      // The packages the lockfile installed for this manifest (at the lockfile's top for the one
      // beside it, in its own node_modules for a workspace package) that it does not declare: each
      // may give its release to a tool the project shows without one.
      if (lock?.lockfile.installed) {
        const declared = new Set(manifest.dependencies.map((d) => d.name));
        for (const name of lock.lockfile.installed(importer)) {
          if (declared.has(name) || isSibling(name, file) || ctx.lookup("npm", name).length === 0) continue;
          const locked = lock.lockfile.resolve(name, "*", importer);
          // An installed bridge build (babel-core under vue-jest) is no release to lend, as a declared one is none.
          if (!locked?.version || BRIDGE_BUILD.test(locked.version)) continue;
          if (locked.name === undefined || locked.name === name) ctx.report({ ref: `npm:${name}`, file, version: locked.version, versionFile: lock.path, license: locked.license, installed: true });
        }
      }
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
      // The repository's own package.json's configuration tables (`"renovate": { ... }`), each a
      // `manifest-key` finding (`npm:renovate`) that the catalog says which tool reads, if any; a nested
      // package.json's (a template's, a vendored project's) is read by no bot or release tool, as a
      // renovate.json or .releaserc in a subfolder is not.
      if (file === "package.json") {
        for (const key of rootTables) ctx.report({ ref: `manifest-key:npm:${key}`, file, line: topLevelKeyLine(text, key) });
      }
      if (manifest.packageManager) {
        const { name, version } = manifest.packageManager;
        ctx.report({ ref: `package-manager:${name}`, file, line: lineOf(text, `"packageManager"`), version });
      }
    }
    // The Yarn release a .yarnrc(.yml)'s yarnPath names (version-files.ts).
    for (const file of ctx.files.filter((f) => hasBaseName(f, ".yarnrc.yml") || hasBaseName(f, ".yarnrc"))) await readYarnPath(ctx, file);
    // The package manager and release rush.json names (version-files.ts).
    for (const file of ctx.files.filter((f) => hasBaseName(f, "rush.json"))) await readRushPackageManager(ctx, file);
    // Deno's import maps and deps.ts: their npm: and jsr: specifiers and deno.land/x modules (deno.ts).
    await readDenoImportMaps(ctx, (name) => isSibling(name));
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
  },
};

/** Whether npm's `range` allows `version`; a range semver cannot read (a tag, a URL) allows none. */
function allows(range: string, version: string): boolean {
  try {
    return semver.satisfies(version, range, { loose: true, includePrerelease: true });
  } catch {
    return false;
  }
}
