import type { DetectContext } from "../../src/types.js";
import { lowestVersion } from "../../src/versions/range.js";
import { pubspecKeyLines } from "./pubspec-lines.js";
import { baseName, compareCodeUnits, dirOf, foldersUp, inFolder, isRecord, isYamlTrue, joinInside, sibling } from "../../src/kit.js";

type PubLock = { packages?: Record<string, { version?: string; source?: string; description?: unknown }>; sdks?: Record<string, string> };

/**
 * Which pubspec.lock resolved the package in a folder that has none of its own: a package another
 * pubspec reaches by `path:` (a melos member under packages/, a plugin beside its example app) is
 * resolved in that app's lockfile, which lists it as a `source: path` entry with the folder
 * relative to itself. Folder to lockfile, the first lockfile read winning.
 */
export async function pathDependents(ctx: DetectContext): Promise<Map<string, string>> {
  const byFolder = new Map<string, string>();
  for (const lockPath of ctx.files.filter((f) => baseName(f) === "pubspec.lock").sort(compareCodeUnits)) {
    const lock = (await ctx.yaml(lockPath)) as PubLock | undefined;
    if (!isRecord(lock) || !isRecord(lock.packages)) continue;
    for (const entry of Object.values(lock.packages)) {
      if (!isRecord(entry) || entry.source !== "path" || !isRecord(entry.description)) continue;
      const { path, relative } = entry.description as { path?: unknown; relative?: unknown };
      if (typeof path !== "string" || !isYamlTrue(relative)) continue;
      const folder = joinInside(dirOf(lockPath), path);
      if (folder !== undefined && !byFolder.has(folder)) byFolder.set(folder, lockPath);
    }
  }
  return byFolder;
}

/** pubspec.yaml: Flutter and Dart packages, at the versions pubspec.lock beside it resolved, and the Dart SDK range. */
export async function extractPubspec(ctx: DetectContext, file: string, dependents: ReadonlyMap<string, string> = new Map()): Promise<void> {
  const spec = (await ctx.yaml(file)) as Record<string, unknown> | undefined;
  if (!spec || typeof spec !== "object") return;
  const { lockPath, fromDependent } = governingLock(ctx, file, spec, dependents);
  const lock = ctx.exists(lockPath) ? ((await ctx.yaml(lockPath)) as PubLock | undefined) : undefined;
  const keyLines = pubspecKeyLines((await ctx.text(file)) ?? "");
  const pubspec: PubspecReading = { ctx, file, lock, lockPath, fromDependent, at: keyLineOf(keyLines) };
  for (const [section, dev] of [["dependencies", false], ["dev_dependencies", true]] as const) {
    const deps = spec[section];
    if (!deps || typeof deps !== "object") continue;
    for (const [name, value] of Object.entries(deps as Record<string, unknown>)) {
      // `flutter_localizations: { sdk: flutter }` ships with the SDK: it is no pub.dev package.
      const sdk = value && typeof value === "object" ? (value as { sdk?: unknown }).sdk : undefined;
      if (name === "flutter" || name === "flutter_test" || typeof sdk === "string") reportSdkPackage(pubspec, section, name, sdk);
      // A package from a folder of the repository (`path: ../core`, a melos or workspace member) is no pub.dev package.
      else if (!(value && typeof value === "object" && typeof (value as { path?: unknown }).path === "string")) reportPubPackage(pubspec, section, name, value, dev);
    }
  }
  const environment = spec.environment as Record<string, unknown> | undefined;
  const dart = typeof environment?.sdk === "string" ? environment.sdk : undefined;
  ctx.report({ ref: "pub-sdk:dart", file, ...(dart === undefined ? {} : pubspec.at("environment", "sdk")), declared: dart, version: lowestVersion(dart) });
}

/** One pubspec being read: the lockfile that resolved it, and where it declares each key. */
interface PubspecReading {
  ctx: DetectContext;
  file: string;
  lock: PubLock | undefined;
  lockPath: string;
  /** The lockfile is an app's that depends on this folder by `path:`: it resolved the `dependencies` only. */
  fromDependent: boolean;
  /** Where the pubspec declares a key (a package under its section), when found. */
  at(section: string, key: string): { line?: number };
}

/**
 * The pubspec.lock that resolved a pubspec's packages: the one beside it; for a pub workspace member
 * (`resolution: workspace`, Dart 3.6) the workspace root's. Else an app that depends on this folder
 * by `path:` resolved its `dependencies` (not its dev_dependencies, which pub leaves to the
 * package's own resolution).
 */
function governingLock(ctx: DetectContext, file: string, spec: Record<string, unknown>, dependents: ReadonlyMap<string, string>): { lockPath: string; fromDependent: boolean } {
  let lockPath = sibling(file, "pubspec.lock");
  if (!ctx.exists(lockPath) && spec.resolution === "workspace") lockPath = [...foldersUp(dirOf(file))].map((d) => inFolder(d, "pubspec.lock")).find((p) => ctx.exists(p)) ?? lockPath;
  const dependent = !ctx.exists(lockPath) && spec.resolution !== "workspace" ? dependents.get(dirOf(file)) : undefined;
  return dependent ? { lockPath: dependent, fromDependent: true } : { lockPath, fromDependent: false };
}

/** A key's line as a finding's field: `{ line }` where found, else nothing. */
function keyLineOf(keyLines: (section: string, key: string) => number | undefined): PubspecReading["at"] {
  return (section, key) => {
    const line = keyLines(section, key);
    return line === undefined ? {} : { line };
  };
}

/**
 * A dependency the Flutter SDK ships (`flutter`, `flutter_test`, or one with `sdk: flutter`): it shows
 * Flutter. The framework itself is listed as the site lists it: pub.dev keeps a page named `flutter`,
 * and the lockfile writes its SDK packages at 0.0.0. Its other SDK packages (flutter_test,
 * flutter_localizations) have no page and are not listed.
 */
function reportSdkPackage(pubspec: PubspecReading, section: string, name: string, sdk: unknown): void {
  const { ctx, file, lock, lockPath } = pubspec;
  if (name === "flutter" || name === "flutter_test" || sdk === "flutter") ctx.report({ ref: "pub-sdk:flutter", file });
  if (name === "flutter" && section === "dependencies") {
    const locked = lockedRelease(lock, name);
    ctx.report({ ref: "pub:flutter", file, ...pubspec.at(section, name), version: locked, versionFile: locked ? lockPath : undefined, direct: true });
  }
}

/** A pub.dev package (`http: ^1.2.0`, or a hosted table with its `version: ^1.2.0`), at its locked release, else its range's lowest. */
function reportPubPackage(pubspec: PubspecReading, section: string, name: string, value: unknown, dev: boolean): void {
  const { ctx, file, lock, lockPath } = pubspec;
  const tableVersion = value && typeof value === "object" ? (value as { version?: unknown }).version : undefined;
  const declared = typeof value === "string" ? value : typeof tableVersion === "string" ? tableVersion : undefined;
  const locked = pubspec.fromDependent && dev ? undefined : lockedRelease(lock, name);
  ctx.report({ ref: `pub:${name}`, file, ...pubspec.at(section, name), declared, version: locked ?? lowestVersion(declared), versionFile: locked ? lockPath : undefined, direct: true, dev });
}

/**
 * The release a pubspec.lock resolved for a package: its entry's `version` when that is text (a
 * hand-edited lock's mapping or list there is none, and a finding's version must be text).
 */
function lockedRelease(lock: PubLock | undefined, name: string): string | undefined {
  const packages = isRecord(lock) ? lock.packages : undefined;
  const entry = isRecord(packages) && Object.hasOwn(packages, name) ? packages[name] : undefined;
  const version = isRecord(entry) ? entry.version : undefined;
  return typeof version === "string" ? version : undefined;
}
