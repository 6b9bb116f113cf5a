import type { Detector } from "../../src/types.js";
import { baseName, dirOf } from "../../src/kit.js";
import { lowerBound, lowestVersion } from "../../src/versions/range.js";

/**
 * Mobile and Apple ecosystems: Flutter/Dart (pubspec.yaml with pubspec.lock versions), CocoaPods
 * (Podfile with Podfile.lock versions), Swift Package Manager (Package.swift, Package.resolved
 * v1 to v3) and Carthage (Cartfile, Cartfile.resolved).
 */
export const mobileDetector: Detector = {
  name: "mobile",
  files: ["pubspec.yaml", "pubspec.lock", "Podfile", "Podfile.lock", "*.podspec", "Package.swift", "Package.resolved", "Cartfile", "Cartfile.resolved", "project.pbxproj"],
  async detect(ctx) {
    const sibling = (file: string, name: string) => (dirOf(file) ? `${dirOf(file)}/${name}` : name);
    for (const file of ctx.files) {
      const base = baseName(file);
      if (base === "pubspec.yaml") {
        const spec = (await ctx.yaml(file)) as Record<string, unknown> | undefined;
        if (!spec || typeof spec !== "object") continue;
        const lockPath = sibling(file, "pubspec.lock");
        const lock = ctx.exists(lockPath) ? ((await ctx.yaml(lockPath)) as { packages?: Record<string, { version?: string }>; sdks?: Record<string, string> } | undefined) : undefined;
        for (const [section, dev] of [["dependencies", false], ["dev_dependencies", true]] as const) {
          const deps = spec[section];
          if (!deps || typeof deps !== "object") continue;
          for (const [name, value] of Object.entries(deps as Record<string, unknown>)) {
            // `flutter_localizations: { sdk: flutter }` ships with the SDK: it is no pub.dev package.
            const sdk = value && typeof value === "object" ? (value as { sdk?: unknown }).sdk : undefined;
            if (name === "flutter" || name === "flutter_test" || typeof sdk === "string") {
              if (name === "flutter" || name === "flutter_test" || sdk === "flutter") ctx.report({ ref: "pub-sdk:flutter", file });
              // The framework itself is listed as the site lists it: pub.dev keeps a page named
              // `flutter`, and the lockfile writes its SDK packages at 0.0.0. Its other SDK
              // packages (flutter_test, flutter_localizations) have no page and are not listed.
              if (name === "flutter" && section === "dependencies") {
                const locked = lock?.packages?.[name]?.version;
                ctx.report({ ref: "pub:flutter", file, version: locked, versionFile: locked ? lockPath : undefined, direct: true });
              }
              continue;
            }
            const declared = typeof value === "string" ? value : undefined;
            const locked = lock?.packages?.[name]?.version;
            ctx.report({ ref: `pub:${name}`, file, declared, version: locked ?? lowestVersion(declared), versionFile: locked ? lockPath : undefined, direct: true, dev });
          }
        }
        const environment = spec.environment as Record<string, unknown> | undefined;
        const dart = typeof environment?.sdk === "string" ? environment.sdk : undefined;
        ctx.report({ ref: "pub-sdk:dart", file, declared: dart, version: lowestVersion(dart) });
      } else if (base === "Podfile") {
        const text = (await ctx.text(file)) ?? "";
        const lockPath = sibling(file, "Podfile.lock");
        const lockText = ctx.exists(lockPath) ? ((await ctx.text(lockPath)) ?? "") : "";
        const locked = readPodfileLock(lockText);
        text.split(/\r?\n/).forEach((line, i) => {
          const m = /^\s*pod\s+["']([^"']+)["'](?:\s*,\s*["']([^"']+)["'])?/.exec(line);
          // A pod from a folder of the repository (`pod 'shared', :path => '../shared'`, a Kotlin
          // Multiplatform module or a local library) is the project's own code, not a registry package.
          if (!m || /(?::path\s*=>|\bpath:)/.test(line)) return;
          const name = m[1]!;
          const version = locked.get(name) ?? lowerBound(m[2]);
          ctx.report({ ref: `cocoapods:${name.split("/")[0]}`, file, line: i + 1, declared: m[2], version, versionFile: locked.has(name) ? lockPath : undefined, direct: true });
        });
        // The CocoaPods release that wrote the lockfile (`COCOAPODS: 1.15.2`).
        const cocoapods = /^COCOAPODS: (\d[\w.]*)\s*$/m.exec(lockText)?.[1];
        if (cocoapods) ctx.report({ ref: "tool:cocoapods", file, version: cocoapods, versionFile: lockPath });
        const platform = /^\s*platform\s+:ios\s*,\s*["']([\d.]+)["']/m.exec(text);
        if (platform) ctx.report({ ref: "apple-platform:ios", file, version: platform[1] });
      } else if (base.endsWith(".podspec")) {
        // A pod library's spec: its `s.dependency "Name", "~> 1.0"` lines are the pods it needs,
        // at the release a Podfile.lock beside it (the example or test host's) resolved.
        const text = (await ctx.text(file)) ?? "";
        const lockPath = sibling(file, "Podfile.lock");
        const locked = ctx.exists(lockPath) ? readPodfileLock((await ctx.text(lockPath)) ?? "") : new Map<string, string>();
        // A subspec depending on a sibling subspec (`ss.dependency "Clickstream/Core"`) is the pod itself.
        const self = /^\s*\w+\.name\s*=\s*["']([^"']+)["']/m.exec(text)?.[1] ?? base.replace(/\.podspec$/, "");
        text.split(/\r?\n/).forEach((line, i) => {
          const m = /^\s*\w+(?:\.(?:ios|osx|macos|tvos|watchos|visionos))?\.dependency\s*\(?\s*["']([^"']+)["'](?:\s*,\s*["']([^"']+)["'])?/.exec(line);
          if (!m) return;
          const name = m[1]!.split("/")[0]!;
          if (name === self) return;
          const pinned = locked.get(m[1]!) ?? locked.get(name);
          ctx.report({ ref: `cocoapods:${name}`, file, line: i + 1, declared: m[2], version: pinned ?? lowerBound(m[2]), versionFile: pinned ? lockPath : undefined, direct: true });
        });
      } else if (base === "Package.swift") {
        const text = (await ctx.text(file)) ?? "";
        const resolved = sibling(file, "Package.resolved");
        const pins = ctx.exists(resolved) ? readResolved(await ctx.json(resolved)) : new Map<string, string>();
        for (const m of text.matchAll(/\.package\s*\(\s*(?:name:\s*"[^"]*"\s*,\s*)?url:\s*"([^"]+)"\s*,\s*(?:from:\s*"([^"]+)"|\.upToNextMajor\(from:\s*"([^"]+)"\)|exact:\s*"([^"]+)"|"([^"]+)"\s*\.\.)?/g)) {
          const url = m[1]!;
          const identity = url.replace(/\.git$/, "").split("/").pop()!.toLowerCase();
          const declared = m[2] ?? m[3] ?? m[4] ?? m[5];
          const pinned = pins.get(identity);
          ctx.report({ ref: `swiftpm:${identity}`, file, declared, version: pinned ?? declared, versionFile: pinned ? resolved : undefined, direct: true });
        }
        const tools = /swift-tools-version:\s*([\d.]+)/.exec(text);
        ctx.report({ ref: "apple-platform:swift", file, version: tools?.[1] });
      } else if (base === "Package.resolved" && /\.(xcodeproj|xcworkspace)\//.test(file)) {
        // An Xcode project's Swift packages: there is no Package.swift, the project file holds the
        // requirements and Xcode pins every resolved package here.
        for (const [identity, version] of readResolved(await ctx.json(file))) ctx.report({ ref: `swiftpm:${identity}`, file, version, direct: true });
      } else if (base === "project.pbxproj" && /\.xcodeproj$/.test(dirOf(file))) {
        // An Xcode project names its Swift packages (XCRemoteSwiftPackageReference) and its SDK;
        // the versions Xcode resolved, when committed, are in the project's Package.resolved.
        const text = (await ctx.text(file)) ?? "";
        const resolvedPath = `${dirOf(file)}/project.xcworkspace/xcshareddata/swiftpm/Package.resolved`;
        const pins = ctx.exists(resolvedPath) ? readResolved(await ctx.json(resolvedPath)) : new Map<string, string>();
        for (const [url, declared] of readXcodePackages(text)) {
          const identity = url.replace(/\.git$/, "").replace(/\/+$/, "").split("/").pop()!.toLowerCase();
          if (!identity) continue;
          const pinned = pins.get(identity);
          ctx.report({ ref: `swiftpm:${identity}`, file, declared, version: pinned ?? declared, versionFile: pinned ? resolvedPath : undefined, direct: true });
        }
        if (/^\s*SDKROOT = iphoneos;/m.test(text)) {
          const target = /^\s*IPHONEOS_DEPLOYMENT_TARGET = ([\d.]+);/m.exec(text);
          ctx.report({ ref: "apple-platform:ios", file, version: target?.[1] });
        }
      } else if (base === "Cartfile") {
        const text = (await ctx.text(file)) ?? "";
        const resolvedPath = sibling(file, "Cartfile.resolved");
        const resolved = ctx.exists(resolvedPath) ? readCartfile((await ctx.text(resolvedPath)) ?? "") : new Map<string, string>();
        for (const [name, declared] of readCartfile(text)) {
          const pinned = resolved.get(name);
          ctx.report({ ref: `carthage:${name}`, file, declared, version: pinned ?? declared, versionFile: pinned ? resolvedPath : undefined, direct: true });
        }
      }
    }
  },
};

/** Podfile.lock's PODS section: pod name (subspecs as written, `Firebase/Core`) to the release it resolved. */
export function readPodfileLock(text: string): Map<string, string> {
  const locked = new Map<string, string>();
  const pods = text.split(/^DEPENDENCIES:/m)[0]!;
  for (const m of pods.matchAll(/^ {2}- "?([^\s("]+)"? \(([^)]+)\)/gm)) if (!locked.has(m[1]!)) locked.set(m[1]!, m[2]!);
  return locked;
}

/** Package.resolved v1 (`object.pins[].package`), v2 and v3 (`pins[].identity`): identity to version. */
export function readResolved(data: unknown): Map<string, string> {
  const out = new Map<string, string>();
  const doc = (data ?? {}) as { pins?: unknown; object?: { pins?: unknown } };
  const pins = Array.isArray(doc.pins) ? doc.pins : Array.isArray(doc.object?.pins) ? doc.object!.pins : [];
  for (const pin of pins as Array<Record<string, unknown> | null>) {
    if (!pin || typeof pin !== "object") continue;
    const state = (pin.state ?? {}) as { version?: unknown };
    const identity = typeof pin.identity === "string" ? pin.identity : typeof pin.repositoryURL === "string" ? pin.repositoryURL.replace(/\.git$/, "").split("/").pop() : undefined;
    if (identity && typeof state.version === "string") out.set(identity.toLowerCase(), state.version);
  }
  return out;
}

/** Cartfile and Cartfile.resolved lines: `github "Alamofire/Alamofire" ~> 5.8`, `github "a/b" "5.8.1"`; repository name to version. */
export function readCartfile(text: string): Map<string, string | undefined> {
  const out = new Map<string, string | undefined>();
  for (const m of text.matchAll(/^\s*(?:github|git|binary)\s+"([^"]+)"(?:\s+(?:~>|==|>=)?\s*"?v?(\d[\w.-]*)"?)?/gm)) {
    const name = m[1]!.replace(/\.(git|json)$/, "").replace(/\/$/, "").split("/").pop()!;
    if (name && !out.has(name)) out.set(name, m[2]);
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
