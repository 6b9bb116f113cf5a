import semver from "semver";
import { isSitePage, readDocsifyPage } from "./docsify.js";
import { readShadcnComponents } from "./shadcn.js";
import { ELECTRON_BUILDER_CONFIGS, readElectronBuilderConfig, readElectronBuilderTable } from "./electron-builder.js";
import type { Detector, DetectContext } from "../../src/types.js";
import { fullVersion, lowestVersion, pinnedVersion } from "../../src/versions/range.js";
import { isLocalSpec, patchedSpec, readManifest, type NpmManifest } from "./manifest.js";
import { lockedManifest } from "./locked-manifest.js";
import { readPackageLock } from "./lockfile/package-lock.js";
import { readYarnLock } from "./lockfile/yarn.js";
import { readPnpmLock } from "./lockfile/pnpm.js";
import { readBunLock } from "./lockfile/bun.js";
import { readBunLockb } from "./lockfile/bun-binary.js";
import type { Lockfile } from "./lockfile/types.js";
import { readDenoLockfile } from "./lockfile/deno.js";
import { DENO_CONFIGS, DENO_DEPS_FILES, readDenoImportMaps } from "./deno.js";
import { readPnpmCatalogs } from "./catalogs.js";
import { dirOf, inFolder, isRecord, jsonStringLines, lineOf, foldersUp, nearestFolder, textLines } from "../../src/kit.js";

/**
 * Lockfiles by preference when a folder has several (npm itself ignores package-lock.json beside
 * npm-shrinkwrap.json; bun reads bun.lock before the binary bun.lockb it wrote before 1.2). Deno 2
 * installs a package.json's dependencies itself and locks them in deno.lock, the last resort.
 */
const LOCKFILES = ["npm-shrinkwrap.json", "package-lock.json", "pnpm-lock.yaml", "yarn.lock", "bun.lock", "bun.lockb", "deno.lock"] as const;

/**
 * The tables of package.json that npm, Yarn, pnpm, Bun and Volta read themselves (`dependencies`,
 * `exports`, `pnpm`, `volta`...), read above where they matter: no `manifest-key` of another tool.
 */
const PACKAGE_FIELDS = new Set([
  "author", "bin", "browser", "bugs", "bundleDependencies", "bundledDependencies", "catalog", "catalogs", "config", "contributors",
  "dependencies", "dependenciesMeta", "devDependencies", "devEngines", "directories", "engines", "exports", "funding", "imports",
  "installConfig", "optionalDependencies", "overrides", "peerDependencies", "peerDependenciesMeta", "pnpm", "publishConfig",
  "repository", "resolutions", "scripts", "volta", "workspaces",
]);

/** A prerelease named `bridge` (`7.0.0-bridge.0`): a compatibility shim's placeholder number. */
const BRIDGE_BUILD = /^\d+\.\d+\.\d+-bridge(?:[.-]|$)/;

/**
 * npm, Yarn and pnpm projects: every package.json in the tree (so every workspace package), its
 * dependencies with versions from the nearest lockfile, `engines`, `packageManager`, and the
 * Node.js version files.
 */
export const npmDetector: Detector = {
  name: "npm",
  files: ["package.json", ...LOCKFILES, "pnpm-workspace.yaml", "rush.json", ".yarnrc.yml", ".yarnrc", "eas.json", ".nvmrc", ".node-version", ...DENO_CONFIGS, ...DENO_DEPS_FILES, "**/.meteor/release", "index.html", "components.json", ...ELECTRON_BUILDER_CONFIGS],
  async detect(ctx) {
    const manifests = ctx.files.filter((f) => base(f) === "package.json");
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
    for (const file of ctx.files.filter((f) => base(f) === "pnpm-workspace.yaml")) catalogs.set(dirOf(file), readPnpmCatalogs(await ctx.yaml(file)));
    // Yarn's (4.10 and later), in .yarnrc.yml, the same two keys.
    for (const file of ctx.files.filter((f) => base(f) === ".yarnrc.yml" && !catalogs.has(dirOf(f)))) {
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
      const lines = manifest.dependencies.length > 0 ? jsonStringLines(text, { comments: false }) : new Map<string, number>();
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
    // The Yarn a repository commits and runs: `.yarnrc.yml`'s `yarnPath` (Yarn 2 and later) or
    // `.yarnrc`'s `yarn-path` (Yarn 1) names the release file, `.yarn/releases/yarn-4.1.0.cjs`.
    for (const file of ctx.files.filter((f) => base(f) === ".yarnrc.yml" || base(f) === ".yarnrc")) {
      const text = await ctx.text(file);
      if (text === undefined) continue;
      const setting = /^[ \t]*(?:yarnPath:|yarn-path)[ \t]*["']?([^"'\r\n#]+)/m.exec(text);
      const version = setting && /(?:^|\/)yarn-(\d+\.\d+\.\d+(?:-[\w.]+)?)\.c?js$/.exec(setting[1]!.trim())?.[1];
      if (version) ctx.report({ ref: "package-manager:yarn", file, line: lineOf(text, setting[0].trim()), version });
    }
    // Rush installs with the package manager, at the release, that rush.json names
    // (`"pnpmVersion": "8.15.9"`; one of pnpmVersion, npmVersion and yarnVersion).
    for (const file of ctx.files.filter((f) => base(f) === "rush.json")) {
      const data = await ctx.json(file);
      if (!isRecord(data)) continue;
      const text = (await ctx.text(file)) ?? "";
      for (const name of ["pnpm", "npm", "yarn"]) {
        const version = data[`${name}Version`];
        if (typeof version === "string" && /^\d+\.\d+\.\d+/.test(version.trim())) {
          ctx.report({ ref: `package-manager:${name}`, file, line: lineOf(text, `"${name}Version"`), version: version.trim() });
        }
      }
    }
    // Deno's import maps and deps.ts: their npm: and jsr: specifiers and deno.land/x modules (deno.ts).
    await readDenoImportMaps(ctx, (name) => isSibling(name));
    for (const file of ctx.files.filter((f) => base(f) === ".nvmrc" || base(f) === ".node-version")) {
      // Anything after `#` is a comment (nvm's rule for .nvmrc); the first line left with content
      // holds the version.
      const lines = textLines((await ctx.text(file)) ?? "").map((l) => l.replace(/#.*/, "").trim());
      const at = lines.findIndex((l) => l !== "");
      const written = at < 0 ? "" : lines[at]!.split(/\s/)[0]!;
      // An LTS line by its code name (`lts/hydrogen`) is that line's major; `lts/*` and `node` name none.
      const version = LTS_MAJORS.get(/^lts\/([a-z]+)$/i.exec(written)?.[1]?.toLowerCase() ?? "") ?? written;
      // Written as the file says (`v18.12` is 18.12, a line the patch releases follow); only a
      // lone major is padded, as for an image tag (`18` is 18.0.0).
      if (/^v?\d+(\.\d+){0,2}$/.test(version)) ctx.report({ ref: "engine:node", file, line: at + 1, version: /^v?\d+$/.test(version) ? fullVersion(version) : version.replace(/^v/, "") });
    }
    // A Meteor app's .meteor/release: the Meteor release the app is pinned to (`METEOR@2.14`, a
    // four-part `METEOR@1.8.0.2` too). A checkout of Meteor itself writes `none`, which names none.
    for (const file of ctx.files.filter((f) => f === ".meteor/release" || f.endsWith("/.meteor/release"))) {
      const lines = textLines((await ctx.text(file)) ?? "");
      const at = lines.findIndex((l) => /^\s*METEOR@\d/.test(l));
      const release = at < 0 ? undefined : /^\s*METEOR@(\d+(?:\.\d+)*)/.exec(lines[at]!)?.[1];
      if (release) ctx.report({ ref: "runtime:meteor", file, line: at + 1, version: release });
    }
    // Docsify's index.html, which loads the library from an npm CDN (docsify.ts).
    for (const file of ctx.files.filter((f) => base(f) === "index.html" && isSitePage(f))) await readDocsifyPage(ctx, file);
    // shadcn/ui's components.json, by its content (shadcn.ts).
    for (const file of ctx.files.filter((f) => base(f) === "components.json")) await readShadcnComponents(ctx, file);
    // electron-builder's own configuration files (electron-builder.ts).
    for (const file of ctx.files.filter((f) => ELECTRON_BUILDER_CONFIGS.includes(base(f)))) await readElectronBuilderConfig(ctx, file);
    // Expo's eas.json: the Node.js release a build profile runs on (`"build": { "production":
    // { "node": "20.11.1" } }`), a full release only, the first profile's where several pin one.
    for (const file of ctx.files.filter((f) => base(f) === "eas.json")) {
      const data = await ctx.json(file);
      if (!isRecord(data) || !isRecord(data.build)) continue;
      const pinned = Object.values(data.build)
        .map((profile) => (isRecord(profile) ? profile.node : undefined))
        .find((node): node is string => typeof node === "string" && /^v?\d+\.\d+\.\d+$/.test(node.trim()));
      if (pinned) ctx.report({ ref: "engine:node", file, line: lineOf((await ctx.text(file)) ?? "", `"node"`), version: pinned.trim().replace(/^v/, "") });
    }
  },
};

/**
 * The line of a top-level key of a JSON text: the first line at the first key's indentation that
 * opens with it (`"release": {` and not the script `"release": "semantic-release"` above it).
 */
function topLevelKeyLine(text: string, key: string): number | undefined {
  const lines = textLines(text);
  const indent = lines.map((l) => /^(\s*)"[^"]*"\s*:/.exec(l)?.[1]).find((i) => i !== undefined);
  if (indent === undefined) return lineOf(text, `"${key}"`);
  const at = lines.findIndex((l) => l.startsWith(`${indent}${JSON.stringify(key)}`) && /^\s*:/.test(l.slice(indent.length + JSON.stringify(key).length)));
  return at < 0 ? lineOf(text, `"${key}"`) : at + 1;
}

/**
 * The package a wrapper is named after, when both reveal the same catalog tool; else undefined:
 * a scoped wrapper (`@nestjs/typeorm` wraps `typeorm`, `@nestjs/platform-express` wraps
 * `express`) or a framework's binding (`react-redux` binds `redux`, `react-i18next` `i18next`).
 */
export function wrappedPackage(name: string, lookup: (name: string) => readonly string[]): string | undefined {
  const m = /^@[^/]+\/(?:platform-)?([^/]+)$/.exec(name) ?? /^(?:react|vue|ng|angular|svelte|preact|solid)-([a-z0-9][\w.-]*)$/.exec(name);
  if (!m || name.startsWith("@types/")) return undefined;
  const own = m[1]!;
  const tools = lookup(name);
  if (tools.length === 0) return undefined;
  return lookup(own).some((id) => tools.includes(id)) ? own : undefined;
}

/** The lockfiles each package manager writes, for `packageManager`'s name. */
const LOCKFILES_OF: Record<string, readonly string[]> = {
  npm: ["npm-shrinkwrap.json", "package-lock.json"],
  pnpm: ["pnpm-lock.yaml"],
  yarn: ["yarn.lock"],
  bun: ["bun.lock", "bun.lockb"],
};

/** Where a Rush monorepo keeps its lockfile, below the folder of rush.json. */
const RUSH_LOCKFILE = /^(?:(.*)\/)?common\/config\/rush\/(?:pnpm-lock\.yaml|yarn\.lock|npm-shrinkwrap\.json)$/;

/**
 * Finds and reads, once each, the lockfile that governs a folder: its own, else the nearest above.
 * A Rush monorepo's (common/config/rush/pnpm-lock.yaml, beside rush.json's common folder) governs
 * every project below rush.json; Rush installs from common/temp, so its importers are named from
 * there (`../../apps/web`).
 */
class LockfileFinder {
  /** Each folder's lockfiles, by preference. */
  private readonly byDir = new Map<string, string[]>();
  /** Folders of rush.json whose lockfile names its importers from common/temp. */
  private readonly rushRoots = new Set<string>();
  private readonly loaded = new Map<string, Promise<Lockfile | undefined>>();

  constructor(
    private readonly ctx: DetectContext,
    /** The package manager each folder's package.json names, whose lockfile comes first there. */
    managers: ReadonlyMap<string, string> = new Map(),
  ) {
    for (const name of LOCKFILES) {
      for (const file of ctx.files) if (base(file) === name) this.byDir.set(dirOf(file), [...(this.byDir.get(dirOf(file)) ?? []), file]);
    }
    for (const [dir, files] of this.byDir) {
      const manager = managers.get(dir) ?? "";
      const own = Object.hasOwn(LOCKFILES_OF, manager) ? LOCKFILES_OF[manager]! : [];
      const rank = (file: string) => (own.includes(base(file)) ? 0 : 1);
      files.sort((a, b) => rank(a) - rank(b));
    }
    for (const file of ctx.files) {
      const m = RUSH_LOCKFILE.exec(file);
      const root = m ? (m[1] ?? "") : undefined;
      if (root === undefined || this.byDir.has(root) || !ctx.exists(inFolder(root, "rush.json"))) continue;
      this.byDir.set(root, [file]);
      this.rushRoots.add(root);
    }
  }

  async nearest(dir: string): Promise<{ path: string; importer: string; lockfile: Lockfile } | undefined> {
    const found: Array<{ path: string; importer: string; lockfile: Lockfile }> = [];
    for (const d of foldersUp(dir)) {
      const path = this.byDir.get(d)?.[0];
      if (!path) continue;
      const lockfile = await this.load(path);
      if (!lockfile) continue;
      // common/temp is two folders below rush.json's: `../../` climbs back to it.
      const importer = this.rushRoots.has(d) ? `../../${relative(d, dir)}`.replace(/\/$/, "") : relative(d, dir);
      found.push({ path, importer, lockfile });
    }
    // The lockfile of a workspace root that records this folder as one of its workspace packages
    // governs it: a lockfile left inside the workspace package (from before it joined the
    // workspaces) is one the package manager no longer reads.
    return found.slice(1).find((f) => f.importer !== "" && f.lockfile.covers?.(f.importer) === true) ?? found[0];
  }

  private load(path: string): Promise<Lockfile | undefined> {
    let pending = this.loaded.get(path);
    if (!pending) {
      pending = this.read(path);
      this.loaded.set(path, pending);
    }
    return pending;
  }

  private async read(path: string): Promise<Lockfile | undefined> {
    if (path.endsWith("bun.lockb")) {
      const bytes = await this.ctx.bytes(path);
      if (bytes === undefined) return undefined;
      const reading = readBunLockb(bytes);
      if ("problem" in reading) this.ctx.warn(path, reading.problem);
      return "lockfile" in reading ? reading.lockfile : undefined;
    }
    try {
      if (path.endsWith(".json") || path.endsWith("bun.lock") || path.endsWith("deno.lock")) {
        const data = await this.ctx.json(path);
        if (data === undefined) return undefined;
        return path.endsWith("bun.lock") ? readBunLock(data) : path.endsWith("deno.lock") ? readDenoLockfile(data) : readPackageLock(data);
      }
      const text = await this.ctx.text(path);
      if (text === undefined) return undefined;
      return path.endsWith("yarn.lock") ? readYarnLock(text) : readPnpmLock(text);
    } catch (error) {
      this.ctx.warn(path, `malformed lockfile: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
      return undefined;
    }
  }
}

/** Whether npm's `range` allows `version`; a range semver cannot read (a tag, a URL) allows none. */
function allows(range: string, version: string): boolean {
  try {
    return semver.satisfies(version, range, { loose: true, includePrerelease: true });
  } catch {
    return false;
  }
}

function base(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

function relative(from: string, to: string): string {
  if (!from) return to;
  return to === from ? "" : to.slice(from.length + 1);
}

/**
 * The package a dependency installs: an npm alias (`"react": "npm:preact@^10.19"`,
 * `"tailwindcss": "npm:@tailwindcss/postcss7-compat@^2.2"`) puts another package under the
 * declared name, and that package, with its range, is what the project uses.
 */
function aliasTarget(declaredName: string, range: string): { name: string; wanted: string } {
  // Yarn's `npm:` protocol before a bare range (`"lodash": "npm:^4.17.21"`) names no other package.
  const bare = /^npm:([\d^~<>=*].*)$/.exec(range.trim());
  if (bare) return { name: declaredName, wanted: bare[1]! };
  const alias = /^npm:((?:@[^/@\s]+\/)?[^@\s]+)(?:@(.*))?$/.exec(range.trim());
  return alias ? { name: alias[1]!, wanted: alias[2] || "*" } : { name: declaredName, wanted: range };
}

/** Node.js's LTS lines by the code names nvm accepts (`lts/iron`), to their major. */
const LTS_MAJORS = new Map(Object.entries({ argon: "4", boron: "6", carbon: "8", dubnium: "10", erbium: "12", fermium: "14", gallium: "16", hydrogen: "18", iron: "20", jod: "22", krypton: "24" }));
