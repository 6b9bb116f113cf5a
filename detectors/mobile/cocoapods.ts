import type { DetectContext } from "../../src/types.js";
import { lowerBound } from "../../src/versions/range.js";
import { sibling, textLines } from "../../src/kit.js";

/** A Podfile.lock's text and its pods, read once per scan however many manifests sit beside it. */
export type PodLocks = (lockPath: string) => Promise<{ text: string; locked: Map<string, string> }>;

export function podLocks(ctx: DetectContext): PodLocks {
  const read = new Map<string, Promise<{ text: string; locked: Map<string, string> }>>();
  return (lockPath) => {
    let lock = read.get(lockPath);
    if (!lock) {
      lock = (async () => {
        const text = ctx.exists(lockPath) ? ((await ctx.text(lockPath)) ?? "") : "";
        return { text, locked: readPodfileLock(text) };
      })();
      read.set(lockPath, lock);
    }
    return lock;
  };
}

/** Podfile: each `pod` line, at the release Podfile.lock resolved; CocoaPods' own release. */
export async function extractPodfile(ctx: DetectContext, file: string, locks: PodLocks): Promise<void> {
  const text = (await ctx.text(file)) ?? "";
  const lockPath = sibling(file, "Podfile.lock");
  const { text: lockText, locked } = await locks(lockPath);
  textLines(text).forEach((line, i) => {
    const m = /^\s*pod\s+["']([^"']+)["'](?:\s*,\s*["']([^"']+)["'])?/.exec(line);
    // A pod from a folder of the repository (`pod 'shared', :path => '../shared'`, a Kotlin
    // Multiplatform module or a local library) is the project's own code, not a registry package;
    // so is one built from a podspec file in the tree (`pod 'glog', :podspec =>
    // '../node_modules/react-native/third-party-podspecs/glog.podspec'`, the libraries React Native
    // 0.59's template built beside itself). A podspec fetched from a URL is a pod of someone else's.
    if (!m || /(?::path\s*=>|\bpath:)/.test(line) || /(?::podspec\s*=>|\bpodspec:)\s*["'](?!https?:)/.test(line)) return;
    const name = m[1]!;
    // `pod 'Firebase', '~> 10.20', :subspecs => ['Auth', 'Firestore']` asks for those subspecs, as
    // `pod 'Firebase/Auth'` lines would: the lockfile then lists only `Firebase/Auth (10.20.0)`.
    // Looked for up to the line's last `]`: after it no list can close, and each `subspecs: [` left
    // open there was read on to the line's end (20,000 of them: 10 s).
    const subspecs = /(?::subspecs\s*=>|\bsubspecs:)\s*\[([^\]]*)\]/.exec(line.slice(0, line.lastIndexOf("]") + 1))?.[1];
    const names = subspecs ? [...subspecs.matchAll(/["']([^"']+)["']/g)].map((s) => `${name}/${s[1]}`) : [name];
    // Every subspec of a pod is at the pod's release: a pod the lockfile lists only by its
    // subspecs (`pod 'Firebase'` as `Firebase/Core (10.20.0)`) takes theirs.
    const pinned = names.map((n) => locked.get(n)).find(Boolean) ?? locked.get(name) ?? [...locked].find(([k]) => k.startsWith(`${name.split("/")[0]}/`))?.[1];
    const version = pinned ?? lowerBound(m[2]);
    const versionFile = pinned ? lockPath : undefined;
    ctx.report({ ref: `cocoapods:${name.split("/")[0]}`, file, line: i + 1, declared: m[2], version, versionFile, direct: true });
    // A subspec of an umbrella pod (`Firebase/Crashlytics`) may be a product of its own, which the
    // catalog's `cocoapods-subspec` keys name; the pod above stays the package.
    for (const sub of names.filter((n) => n.includes("/"))) {
      const subPinned = locked.get(sub) ?? pinned;
      ctx.report({ ref: `cocoapods-subspec:${sub}`, file, line: i + 1, version: subPinned ?? version, versionFile: subPinned ? lockPath : undefined });
    }
  });
  // The CocoaPods release that wrote the lockfile (`COCOAPODS: 1.15.2`).
  const cocoapods = /^COCOAPODS: (\d[\w.]*)\s*$/m.exec(lockText)?.[1];
  if (cocoapods) ctx.report({ ref: "format:cocoapods-lockfile", file, version: cocoapods, versionFile: lockPath });
  // A Podfile's `platform :ios, '16.0'` names no iOS: the site names none from it in 2 of 2
  // repositories of 2 owners (corpus 2lambda123/Alock, held-out Sendrato/proximitytracker-ios).
}

/**
 * A pod library's spec: its `s.dependency "Name", "~> 1.0"` lines are the pods it needs,
 * at the release a Podfile.lock beside it (the example or test host's) resolved.
 */
export async function extractPodspec(ctx: DetectContext, file: string, base: string, locks: PodLocks): Promise<void> {
  const text = (await ctx.text(file)) ?? "";
  const lockPath = sibling(file, "Podfile.lock");
  const { locked } = await locks(lockPath);
  // A subspec depending on a sibling subspec (`ss.dependency "Clickstream/Core"`) is the pod itself.
  const self = /^[ \t]*\w+\.name\s*=\s*["']([^"']+)["']/m.exec(text)?.[1] ?? base.replace(/\.podspec$/, "");
  textLines(text).forEach((line, i) => {
    const m = /^\s*\w+(?:\.(?:ios|osx|macos|tvos|watchos|visionos))?\.dependency\s*(?:\(\s*)?["']([^"']+)["'](?:\s*,\s*["']([^"']+)["'])?/.exec(line);
    if (!m) return;
    const name = m[1]!.split("/")[0]!;
    if (name === self) return;
    // A Flutter plugin's `s.dependency 'Flutter'` (`'FlutterMacOS'` for macOS) is the engine the
    // Flutter SDK supplies from a folder (the app's Podfile.lock has `Flutter (from `Flutter`)`), as
    // a `:path` pod is: no registry package.
    if (name === "Flutter" || name === "FlutterMacOS") return;
    const pinned = locked.get(m[1]!) ?? locked.get(name);
    const version = pinned ?? lowerBound(m[2]);
    const versionFile = pinned ? lockPath : undefined;
    ctx.report({ ref: `cocoapods:${name}`, file, line: i + 1, declared: m[2], version, versionFile, direct: true });
    if (m[1]!.includes("/")) ctx.report({ ref: `cocoapods-subspec:${m[1]}`, file, line: i + 1, version, versionFile });
  });
}

/** Podfile.lock's PODS section: pod name (subspecs as written, `Firebase/Core`) to the release it resolved. */
export function readPodfileLock(text: string): Map<string, string> {
  const locked = new Map<string, string>();
  const pods = text.split(/^DEPENDENCIES:/m)[0]!;
  for (const m of pods.matchAll(/^ {2}- "?([^\s("]+)"? \(([^)\n]+)\)/gm)) if (!locked.has(m[1]!)) locked.set(m[1]!, m[2]!);
  return locked;
}
