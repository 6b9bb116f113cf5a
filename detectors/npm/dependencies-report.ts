import semver from "semver";
import type { DetectContext } from "../../src/types.js";
import { lowestVersion } from "../../src/versions/range.js";
import { isLocalSpec, patchedSpec, type NpmDependency, type NpmManifest } from "./manifest.js";
import { aliasTarget, wrappedPackage } from "./package-names.js";
import type { LockedPackage, Lockfile } from "./lockfile/types.js";
import type { NpmProjects } from "./project-tree.js";
import type { OutOfRange } from "./stale-lock.js";

/** A prerelease named `bridge` (`7.0.0-bridge.0`): a compatibility shim's placeholder number. */
const BRIDGE_BUILD = /^\d+\.\d+\.\d+-bridge(?:[.-]|$)/;

/** A manifest's governing lockfile, its entry there, and the manifest's reading. */
export interface ManifestContext {
  file: string;
  manifest: NpmManifest;
  lock: { path: string; importer: string; lockfile: Lockfile } | undefined;
  /** Whether the lockfile installs this manifest (not an example outside its workspaces). */
  covered: boolean;
  /** Each dependency name's line in the manifest. */
  lines: ReadonlyMap<string, number>;
  /** The catalogs of the workspace the manifest is in, if any. */
  catalog: ((name: string, spec: string) => string | undefined) | undefined;
}

/**
 * Each registry package a manifest declares, with its release from the lockfile, else its range's
 * lowest. Returns the locked releases of an installing lockfile that the declared ranges do not allow.
 */
export function reportDependencies(ctx: DetectContext, projects: NpmProjects, m: ManifestContext): OutOfRange[] {
  const { file, manifest, lock } = m;
  const outOfRange: OutOfRange[] = [];
  const importer = lock?.importer ?? "";
  const ownNames = new Set(manifest.dependencies.map((d) => d.name));
  for (const dep of manifest.dependencies) {
    // A package the lockfile links to a folder is a workspace package too, also where its
    // package.json is outside the scan (`--workspace`, an include).
    if (isLocalSpec(dep.range) || projects.isSibling(dep.name, file) || lock?.lockfile.links?.(dep.name, importer)) continue;
    const { range, spec } = installedSpec(dep, m);
    // The lockfile keys an alias (`"react": "npm:preact@^10"`) by the name it is installed under.
    const { name: target, wanted } = aliasTarget(dep.name, spec);
    let locked = lock?.lockfile.resolve(dep.name, range, importer) ?? (spec !== range ? lock?.lockfile.resolve(dep.name, spec, importer) : undefined);
    // A lockfile that records this range was installed for it: only a range edited since may no
    // longer allow the locked release. (pnpm records `catalog:`, never the catalog's range, which
    // an edit of pnpm-workspace.yaml may have moved: that one is always checked.)
    const unedited = lock?.lockfile.recordsRange?.(dep.name, range, importer) === true;
    if (locked && !unedited && !allows(wanted, locked.version)) {
      if (m.covered) outOfRange.push({ name: dep.name, declared: wanted, locked: locked.version });
      else locked = undefined;
    }
    // An override can install another package under the declared name (`"overrides": { "react":
    // "npm:@preact/compat@17.1.2" }`): where the lockfile names it, that package is the one in use.
    const name = locked?.name && locked.name !== target ? locked.name : target;
    // A second copy under another name (`"react17": "npm:react@^17"` beside `"react": "^16.14.0"`)
    // is not the package the project declares under its own name: that declaration gives its release.
    if (name !== dep.name && ownNames.has(name)) continue;
    reportDeclared(ctx, m, dep, name, wanted, locked);
  }
  return outOfRange;
}

/**
 * What a dependency's range installs: `range`, with `catalog:` standing for the range the
 * workspace's catalog names; `spec`, with a Yarn patch (`patch:typeorm@npm%3A0.3.20#...`) standing
 * for the package it wraps, patched.
 */
function installedSpec(dep: NpmDependency, m: ManifestContext): { range: string; spec: string } {
  const range = (dep.range.startsWith("catalog:") && m.catalog?.(dep.name, dep.range)) || dep.range;
  const patched = patchedSpec(range);
  const spec = !patched ? range : patched.name === dep.name ? patched.range : `npm:${patched.name}@${patched.range.replace(/^npm:/, "")}`;
  return { range, spec };
}

/**
 * One declared package reported under the name it installs, at its locked release, else its
 * range's lowest. A bridge build (`"babel-core": "7.0.0-bridge.0"`, the shim that hands Babel 6
 * callers to the installed @babel/core) is a placeholder, not a release: the lockfile's
 * @babel/core says which Babel runs.
 */
function reportDeclared(ctx: DetectContext, m: ManifestContext, dep: NpmDependency, name: string, wanted: string, locked: LockedPackage | undefined): void {
  const version = locked?.version ?? lowestVersion(wanted);
  const bridge = version !== undefined && BRIDGE_BUILD.test(version);
  ctx.report({
    ref: `npm:${name}`,
    file: m.file,
    line: m.lines.get(dep.name),
    declared: wanted,
    version: bridge ? undefined : version,
    versionFile: locked && !bridge ? m.lock!.path : undefined,
    license: locked?.license,
    direct: true,
    dev: dep.type === "devDependencies",
  });
}

/**
 * A scoped wrapper named after a tool (`@nestjs/platform-express`, `@nestjs/typeorm`) is on
 * its own numbering; the tool's own package, installed beside it (a dependency or a peer),
 * is in the lockfile: its locked release is the tool's. Reported as neither a direct
 * dependency (no package entry) nor a transitive one (it does reveal the tool).
 */
export function reportWrappedTools(ctx: DetectContext, m: ManifestContext): void {
  const { file, manifest, lock, lines } = m;
  if (!lock || !m.covered) return;
  const declared = new Set(manifest.dependencies.map((d) => d.name));
  for (const dep of manifest.dependencies) {
    const own = wrappedPackage(dep.name, (name) => ctx.lookup("npm", name));
    if (!own || declared.has(own)) continue;
    const locked = lock.lockfile.resolve(own, "*", lock.importer);
    if (!locked?.version || (locked.name !== undefined && locked.name !== own)) continue;
    declared.add(own);
    ctx.report({ ref: `npm:${own}`, file, line: lines.get(dep.name), version: locked.version, versionFile: lock.path, dev: dep.type === "devDependencies" });
  }
}

/**
 * The packages the lockfile installed for this manifest (at the lockfile's top for the one
 * beside it, in its own node_modules for a workspace package) that it does not declare: each
 * may give its release to a tool the project shows without one.
 */
export function reportInstalled(ctx: DetectContext, projects: NpmProjects, m: ManifestContext): void {
  const { file, manifest, lock } = m;
  if (!lock?.lockfile.installed) return;
  const declared = new Set(manifest.dependencies.map((d) => d.name));
  for (const name of lock.lockfile.installed(lock.importer)) {
    if (declared.has(name) || projects.isSibling(name, file) || ctx.lookup("npm", name).length === 0) continue;
    const locked = lock.lockfile.resolve(name, "*", lock.importer);
    // An installed bridge build (babel-core under vue-jest) is no release to lend, as a declared one is none.
    if (!locked?.version || BRIDGE_BUILD.test(locked.version)) continue;
    if (locked.name === undefined || locked.name === name) ctx.report({ ref: `npm:${name}`, file, version: locked.version, versionFile: lock.path, license: locked.license, installed: true });
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
