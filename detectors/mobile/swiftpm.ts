import type { DetectContext } from "../../src/types.js";
import { baseName, dirOf, inFolder, offsetLines, sibling, trimTrailing } from "../../src/kit.js";

/** A workspace's Package.resolved (not a project's own `project.xcworkspace`), with the folder holding the workspace. */
const WORKSPACE_RESOLVED = /^(?:(.*)\/)?[^/]+\.xcworkspace\/xcshareddata\/swiftpm\/Package\.resolved$/;

/** SwiftPM's identity of a package URL: its last path segment without `.git`, lower-cased (`git@host:owner/Repo.git` -> `repo`). */
export function packageIdentity(url: string): string {
  return trimTrailing(url.replace(/\.git$/, ""), "/").split(/[/:]/).pop()!.toLowerCase();
}

/** Package.swift: each `.package(url:, ...)` requirement, at the version Package.resolved beside it pins; the tools version. */
export async function extractPackageSwift(ctx: DetectContext, file: string): Promise<void> {
  const text = (await ctx.text(file)) ?? "";
  const resolved = sibling(file, "Package.resolved");
  const pins = ctx.exists(resolved) ? readResolved(await ctx.json(resolved)) : new Map<string, string>();
  // Each requirement and product cites its own line: a package added is dated by its line, not the manifest's first.
  const lineAt = offsetLines(text);
  // `from: "1.2.0"`, `.upToNextMajor(from:)`, `.upToNextMinor(from:)`, `exact:`, `.exact("1.2.0")`, `"1.0.0"..<"2.0.0"`.
  // Tools 5.2 to 5.5 named a package (`.package(name: "Firebase", url: ...)`) and its products by that name.
  const named = new Map<string, string>();
  for (const m of text.matchAll(/\.package\s*\(\s*(?:name:\s*"([^"]*)"\s*,\s*)?url:\s*"([^"]+)"\s*,\s*(?:from:\s*"([^"]+)"|\.upToNext(?:Major|Minor)\(\s*from:\s*"([^"]+)"\s*\)|(?:exact:\s*|\.exact\(\s*)"([^"]+)"|"([^"]+)"\s*\.\.)?/g)) {
    const url = m[2]!;
    const identity = packageIdentity(url);
    if (m[1]) named.set(m[1].toLowerCase(), identity);
    const declared = m[3] ?? m[4] ?? m[5] ?? m[6];
    const pinned = pins.get(identity);
    ctx.report({ ref: `swiftpm:${identity}`, file, line: lineAt(m.index), declared, version: pinned ?? declared, versionFile: pinned ? resolved : undefined, direct: true });
  }
  // PackageDescription 3 (Swift 3, 2016-2017): `.Package(url: "...", majorVersion: 2, minor: 1)`,
  // `.Package(url: "...", Version(1, 4, 0))` or `versions: Version(1,0,0)..<Version(2,0,0)`.
  for (const m of text.matchAll(/\.Package\s*\(\s*url:\s*"([^"]+)"\s*,\s*(?:majorVersion:\s*(\d+)(?:\s*,\s*minor:\s*(\d+))?|(?:versions:\s*)?Version\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*\))?/g)) {
    const identity = packageIdentity(m[1]!);
    if (!identity) continue;
    const declared = m[2] ? (m[3] ? `${m[2]}.${m[3]}` : m[2]) : m[4] ? `${m[4]}.${m[5]}.${m[6]}` : undefined;
    const pinned = pins.get(identity);
    ctx.report({ ref: `swiftpm:${identity}`, file, line: lineAt(m.index), declared, version: pinned ?? declared, versionFile: pinned ? resolved : undefined, direct: true });
  }
  // A target's `.product(name: "FirebaseAuth", package: "firebase-ios-sdk")`: one product of a
  // package, which the catalog's `swiftpm-product` keys name where it is a product of its own.
  // (Each product once, at the line of its first mention.)
  const products = new Map<string, number>();
  for (const m of text.matchAll(/\.product\s*\(\s*name:\s*"([^"]+)"\s*,\s*package:\s*"([^"]+)"/g)) {
    const product = `${named.get(m[2]!.toLowerCase()) ?? m[2]!.toLowerCase()}/${m[1]}`;
    if (!products.has(product)) products.set(product, m.index);
  }
  for (const [product, at] of products) {
    const pinned = pins.get(product.split("/")[0]!);
    ctx.report({ ref: `swiftpm-product:${product}`, file, line: lineAt(at), version: pinned, versionFile: pinned ? resolved : undefined });
  }
  const tools = /swift-tools-version:\s*([\d.]+)/.exec(text);
  ctx.report({ ref: "apple-platform:swift", file, version: tools?.[1] });
}

/**
 * Tuist's manifests (Swift read as text, `import ProjectDescription`): a Project.swift's `packages`
 * and Tuist 3's Tuist/Dependencies.swift, both as `.remote(url: "...", requirement: .upToNextMajor(from: "5.8.0"))`
 * (`.upToNextMinor(from:)`, `.exact("x")`, `.range(from: "x", to: "y")`; a branch or revision
 * gives no release). Tuist 3 pinned them in Tuist/Dependencies/Lockfiles/Package.resolved; Tuist 4
 * moved its dependencies to Tuist/Package.swift, which the Package.swift reader reads.
 */
export async function extractTuistManifest(ctx: DetectContext, file: string): Promise<void> {
  const text = (await ctx.text(file)) ?? "";
  if (!/^[ \t]*import[ \t]+ProjectDescription\b/m.test(text)) return;
  const lockfile = inFolder(dirOf(file), baseName(file) === "Dependencies.swift" ? "Dependencies/Lockfiles/Package.resolved" : "Tuist/Dependencies/Lockfiles/Package.resolved");
  const pins = ctx.exists(lockfile) ? readResolved(await ctx.json(lockfile)) : new Map<string, string>();
  for (const m of text.matchAll(/\.remote\s*\(\s*url:\s*"([^"]+)"\s*,\s*requirement:\s*\.(\w+)\s*\(\s*(?:from:\s*)?"([^"]+)"/g)) {
    const identity = packageIdentity(m[1]!);
    if (!identity) continue;
    const declared = ["upToNextMajor", "upToNextMinor", "exact", "range"].includes(m[2]!) ? m[3] : undefined;
    const pinned = pins.get(identity);
    ctx.report({ ref: `swiftpm:${identity}`, file, declared, version: pinned ?? declared, versionFile: pinned ? lockfile : undefined, direct: true });
  }
}

/**
 * An Xcode project's Swift packages: there is no Package.swift, the project file holds the
 * requirements and Xcode pins every resolved package in the workspace's Package.resolved.
 */
export async function extractXcodeResolved(ctx: DetectContext, file: string): Promise<void> {
  // Xcode pins what the project's packages need too (firebase-ios-sdk brings grpc-binary and
  // leveldb, apollo-ios 0.x SQLite.swift): where the projects the pins are for name their own
  // packages, a pin none of them names was pulled in by another, as a Podfile.lock's pods are.
  const project = /^(.*\.xcodeproj)\/project\.xcworkspace\//.exec(file)?.[1];
  // A workspace's pins are for the projects in and below its folder.
  const workspaceFolder = /^(?:(.*)\/)?[^/]+\.xcworkspace\//.exec(file)?.[1] ?? "";
  const projects = ctx.files.filter((f) => baseName(f) === "project.pbxproj" && (project ? f === `${project}/project.pbxproj` : /\.xcodeproj\/project\.pbxproj$/.test(f) && (!workspaceFolder || f.startsWith(`${workspaceFolder}/`))));
  // A project using a local package (XCLocalSwiftPackageReference) has Xcode pin that package's
  // dependencies too, which the project file does not name: its pins are all kept as its own.
  const named = new Set<string>();
  let local = false;
  for (const pbx of projects) {
    const text = (await ctx.text(pbx)) ?? "";
    if (/isa = XCLocalSwiftPackageReference;/.test(text)) local = true;
    for (const url of readXcodePackages(text).keys()) named.add(packageIdentity(url));
  }
  if (local) named.clear();
  for (const [identity, version] of readResolved(await ctx.json(file))) {
    if (named.size > 0 && !named.has(identity)) ctx.report({ ref: `swiftpm:${identity}`, file, version, transitive: true });
    else ctx.report({ ref: `swiftpm:${identity}`, file, version, direct: true });
  }
}

/**
 * An Xcode project names its Swift packages (XCRemoteSwiftPackageReference) and its SDK;
 * the versions Xcode resolved, when committed, are in the project's Package.resolved.
 */
export async function extractXcodeProject(ctx: DetectContext, file: string): Promise<void> {
  const text = (await ctx.text(file)) ?? "";
  // The project's own workspace keeps the pins; a project opened through a workspace beside it
  // (`App.xcworkspace`, which every CocoaPods app has) has Xcode keep them in that workspace instead.
  const project = dirOf(file);
  const workspaces = ctx.files.filter((f) => {
    const m = WORKSPACE_RESOLVED.exec(f);
    return m !== null && (m[1] ?? "") === dirOf(project);
  });
  const named = inFolder(dirOf(project), `${baseName(project).replace(/\.xcodeproj$/, "")}.xcworkspace/xcshareddata/swiftpm/Package.resolved`);
  const own = `${project}/project.xcworkspace/xcshareddata/swiftpm/Package.resolved`;
  const resolvedPath = ctx.exists(own) ? own : workspaces.includes(named) ? named : (workspaces[0] ?? own);
  const pins = ctx.exists(resolvedPath) ? readResolved(await ctx.json(resolvedPath)) : new Map<string, string>();
  for (const [url, declared] of readXcodePackages(text)) {
    const identity = packageIdentity(url);
    if (!identity) continue;
    const pinned = pins.get(identity);
    ctx.report({ ref: `swiftpm:${identity}`, file, declared, version: pinned ?? declared, versionFile: pinned ? resolvedPath : undefined, direct: true });
  }
  for (const [url, product] of readXcodeProducts(text)) {
    const identity = packageIdentity(url);
    if (!identity) continue;
    const pinned = pins.get(identity);
    ctx.report({ ref: `swiftpm-product:${identity}/${product}`, file, version: pinned, versionFile: pinned ? resolvedPath : undefined });
  }
  if (/^[ \t]*SDKROOT = iphoneos;/m.test(text)) {
    const target = /^[ \t]*IPHONEOS_DEPLOYMENT_TARGET = ([\d.]+);/m.exec(text);
    ctx.report({ ref: "apple-platform:ios", file, version: target?.[1] });
  }
}

/** Package.resolved v1 (`object.pins[].package`), v2 and v3 (`pins[].identity`): identity to version. */
export function readResolved(data: unknown): Map<string, string> {
  const out = new Map<string, string>();
  const doc = (data ?? {}) as { pins?: unknown; object?: { pins?: unknown } };
  const pins = Array.isArray(doc.pins) ? doc.pins : Array.isArray(doc.object?.pins) ? doc.object!.pins : [];
  for (const pin of pins as Array<Record<string, unknown> | null>) {
    if (!pin || typeof pin !== "object") continue;
    const state = (pin.state ?? {}) as { version?: unknown };
    const identity = typeof pin.identity === "string" ? pin.identity : typeof pin.repositoryURL === "string" ? packageIdentity(pin.repositoryURL) : undefined;
    if (identity && typeof state.version === "string") out.set(identity.toLowerCase(), state.version);
  }
  return out;
}

/** project.pbxproj: each XCRemoteSwiftPackageReference's repositoryURL with its requirement (minimumVersion, or an exact version). */
export function readXcodePackages(text: string): Map<string, string | undefined> {
  const out = new Map<string, string | undefined>();
  for (const block of text.split(/isa = XCRemoteSwiftPackageReference;/).slice(1)) {
    const body = block.split(/isa = /)[0]!;
    const url = /repositoryURL = "?([^";\s]+)"?;/.exec(body)?.[1];
    if (!url) continue;
    const version = /(?:minimumVersion|version) = "?(\d[\w.-]*)"?;/.exec(body)?.[1];
    if (!out.has(url)) out.set(url, version);
  }
  return out;
}

/**
 * project.pbxproj: each XCSwiftPackageProductDependency's product (`productName = FirebaseAuth;`)
 * with the repositoryURL of the package reference it names (`package = 8F2A... ;`), as pairs.
 */
export function readXcodeProducts(text: string): Array<[string, string]> {
  const urls = new Map<string, string>();
  const products: Array<[string, string]> = [];
  // The object's ID starts at a word's start (`\b`): tried from every letter of a long word, the
  // pattern read the word's rest each time, a time growing with its square. Its body runs to the
  // next object's `isa = `, found from where it starts rather than in a copy of the rest of the file.
  for (const m of text.matchAll(/\b(\w+)\s*(?:\/\*[^*]*\*\/\s*)?=\s*\{\s*isa = (XCRemoteSwiftPackageReference|XCSwiftPackageProductDependency);/g)) {
    const start = m.index! + m[0].length;
    const next = text.indexOf("isa = ", start);
    const body = text.slice(start, next < 0 ? text.length : next);
    if (m[2] === "XCRemoteSwiftPackageReference") {
      const url = /repositoryURL = "?([^";\s]+)"?;/.exec(body)?.[1];
      if (url) urls.set(m[1]!, url);
    } else {
      const pkg = /\bpackage = (\w+)/.exec(body)?.[1];
      // Quoted (`"Firebase Auth"`) or a bare word: a lazy `"?([^";]+?)"?;` read on past every
      // later `productName = ` of a body without a `;`, from each one.
      const written = /productName = (?:"([^"\n]*)"|([^";\s]+));/.exec(body);
      const product = written?.[1] ?? written?.[2];
      if (pkg && product) products.push([pkg, product]);
    }
  }
  const out: Array<[string, string]> = [];
  const seen = new Set<string>();
  for (const [pkg, product] of products) {
    const url = urls.get(pkg);
    if (!url || seen.has(`${url} ${product}`)) continue;
    seen.add(`${url} ${product}`);
    out.push([url, product]);
  }
  return out;
}
