import { tomlKeyLines } from "../../src/kit.js";

export interface VersionCatalog {
  libraries: Map<string, CatalogLibrary>;
  plugins: Map<string, CatalogPlugin>;
  /** `libs.bundles.x`: the accessors of the libraries it groups. */
  bundles: Map<string, string[]>;
  /** `[versions]` by accessor (`libs.versions.kotlin`). */
  versions: Map<string, string>;
}

export interface CatalogLibrary {
  group: string;
  name: string;
  version?: string;
  /** Where the catalog declares the library (its own line, and its `version.ref`'s `[versions]` entry), where readVersionCatalog was given the text. */
  lines?: number[];
}

export interface CatalogPlugin {
  id: string;
  version?: string;
}

type KeyLine = ReturnType<typeof tomlKeyLines>;

/**
 * gradle/libs.versions.toml (parsed): `[versions]`, `[libraries]` (`module = "g:a"` or
 * `group`/`name`, with `version` or `version.ref`), `[plugins]`. Keys are the accessor names
 * (`spring-boot-starter` is `libs.spring.boot.starter`).
 */
export function readVersionCatalog(data: unknown, text?: string): VersionCatalog {
  const doc = (data ?? {}) as Record<string, Record<string, unknown>>;
  const keyLine = text === undefined ? undefined : tomlKeyLines(text);
  const versions = doc.versions ?? {};
  const out: VersionCatalog = { libraries: new Map(), plugins: new Map(), bundles: new Map(), versions: new Map() };
  for (const key of Object.keys(versions)) {
    const version = declaredVersion(versions[key]);
    if (version) out.versions.set(accessor(key), version);
  }
  for (const [key, spec] of Object.entries(doc.libraries ?? {})) {
    const library = readLibrary(spec, versions);
    if (!library) continue;
    if (keyLine) {
      const lines = libraryLines(keyLine, key, spec, library.version);
      if (lines.length) library.lines = lines;
    }
    out.libraries.set(accessor(key), library);
  }
  for (const [key, spec] of Object.entries(doc.plugins ?? {})) {
    const plugin = readPlugin(spec, versions);
    if (plugin) out.plugins.set(accessor(key), plugin);
  }
  for (const [key, members] of Object.entries(doc.bundles ?? {})) {
    if (Array.isArray(members)) out.bundles.set(accessor(key), members.filter((m): m is string => typeof m === "string").map(accessor));
  }
  return out;
}

/** A `[versions]` entry: a release or a rich version (Gradle reads no `ref` there: one to itself ran the stack out). */
function declaredVersion(v: unknown): string | undefined {
  if (typeof v === "string") return v;
  if (v && typeof v === "object") {
    const o = v as Record<string, unknown>;
    // Rich versions: Gradle takes the preferred release within a strict range or above a required one.
    if (typeof o.prefer === "string") return o.prefer;
    if (typeof o.strictly === "string") return o.strictly;
    if (typeof o.require === "string") return o.require;
  }
  return undefined;
}

/** A library's or plugin's version: written in place, or `version.ref` naming a `[versions]` entry of the file's own. */
function referencedVersion(v: unknown, versions: Record<string, unknown>): string | undefined {
  const ref = v && typeof v === "object" ? (v as Record<string, unknown>).ref : undefined;
  if (typeof ref === "string") return Object.hasOwn(versions, ref) ? declaredVersion(versions[ref]) : undefined;
  return declaredVersion(v);
}

/** A `[libraries]` entry: `"g:a:v"`, or a table with `module` or `group`/`name` and a `version` (`versions`: the file's `[versions]`). */
function readLibrary(spec: unknown, versions: Record<string, unknown>): CatalogLibrary | undefined {
  let group: string | undefined;
  let name: string | undefined;
  let version: string | undefined;
  if (typeof spec === "string") [group, name, version] = spec.split(":");
  else if (spec && typeof spec === "object") {
    const o = spec as Record<string, unknown>;
    if (typeof o.module === "string") [group, name] = o.module.split(":");
    else if (typeof o.group === "string" && typeof o.name === "string") [group, name] = [o.group, o.name];
    version = referencedVersion(o.version, versions);
  }
  if (!group || !name) return undefined;
  return version ? { group, name, version } : { group, name };
}

/** Where the file declares a library: its own line, and its `version.ref`'s `[versions]` line when that gave the version. */
function libraryLines(keyLine: KeyLine, key: string, spec: unknown, version: string | undefined): number[] {
  const ref = spec && typeof spec === "object" ? (spec as { version?: { ref?: unknown } }).version?.ref : undefined;
  const lines = [keyLine(["libraries"], key), typeof ref === "string" && version ? keyLine(["versions"], ref) : undefined].filter((n): n is number => n !== undefined);
  return [...new Set(lines)];
}

/** A `[plugins]` entry: `"id:version"`, or a table with `id` and a `version` (`versions`: the file's `[versions]`). */
function readPlugin(spec: unknown, versions: Record<string, unknown>): CatalogPlugin | undefined {
  const id = typeof spec === "string" ? spec.split(":")[0] : typeof (spec as { id?: unknown })?.id === "string" ? (spec as { id: string }).id : undefined;
  const version = typeof spec === "string" ? spec.split(":")[1] : referencedVersion((spec as { version?: unknown })?.version, versions);
  if (!id) return undefined;
  return version ? { id, version } : { id };
}

/** `spring-boot_starter` -> `spring.boot.starter`, as Gradle generates accessors. */
export function accessor(key: string): string {
  return key.replace(/[-_]/g, ".").toLowerCase();
}
