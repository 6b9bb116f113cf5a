import type { Detector } from "../../src/types.js";
import { baseName, dirOf } from "../../src/kit.js";
import { extractCartfile } from "./carthage.js";
import { extractCordovaConfig } from "./cordova.js";
import { extractPodfile, extractPodspec, podLocks } from "./cocoapods.js";
import { extractFastfile } from "./fastlane.js";
import { extractMintfile } from "./mint.js";
import { extractPubspec, pathDependents } from "./pubspec.js";
import { extractPackageSwift, extractTuistManifest, extractXcodeProject, extractXcodeResolved } from "./swiftpm.js";
import { extractXcodeGenSpec } from "./xcodegen.js";
import { MOBILE_FILES } from "../files.js";

export { readCartfile } from "./carthage.js";
export { readPodfileLock } from "./cocoapods.js";
export { readResolved, readXcodePackages, readXcodeProducts } from "./swiftpm.js";

/**
 * Mobile and Apple ecosystems: Flutter/Dart (pubspec.yaml with pubspec.lock versions), CocoaPods
 * (Podfile and .podspec with Podfile.lock versions), Swift Package Manager (Package.swift,
 * Package.resolved v1 to v3, Xcode projects, XcodeGen's project.yml, Tuist's Project.swift and Dependencies.swift, Mint's Mintfile), fastlane's Fastfile (the actions its lanes call), Carthage
 * (Cartfile, Cartfile.private, Cartfile.resolved) and Apache Cordova's config.xml. Each
 * format's reading is in its own file; the lockfiles are read from beside their manifests.
 */
export const mobileDetector: Detector = {
  name: "mobile",
  files: MOBILE_FILES,
  async detect(ctx) {
    const locks = podLocks(ctx);
    const dependents = ctx.files.some((f) => baseName(f) === "pubspec.lock") ? await pathDependents(ctx) : new Map<string, string>();
    for (const file of ctx.files) {
      const base = baseName(file);
      if (base === "pubspec.yaml") await extractPubspec(ctx, file, dependents);
      else if (base === "Podfile") await extractPodfile(ctx, file, locks);
      else if (base.endsWith(".podspec")) await extractPodspec(ctx, file, base, locks);
      else if (base === "Package.swift") await extractPackageSwift(ctx, file);
      else if (base === "Project.swift" || base === "Dependencies.swift") await extractTuistManifest(ctx, file);
      else if (base === "Package.resolved" && /\.(xcodeproj|xcworkspace)\//.test(file)) await extractXcodeResolved(ctx, file);
      else if (base === "project.pbxproj" && /\.xcodeproj$/.test(dirOf(file))) await extractXcodeProject(ctx, file);
      else if (base === "project.yml") await extractXcodeGenSpec(ctx, file);
      else if (base === "Mintfile") await extractMintfile(ctx, file);
      else if (base === "Fastfile") await extractFastfile(ctx, file);
      else if (base === "Cartfile" || base === "Cartfile.private") await extractCartfile(ctx, file);
      else if (base === "config.xml") await extractCordovaConfig(ctx, file);
    }
  },
};
