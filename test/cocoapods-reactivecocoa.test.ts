import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

// Held-out Sendrato/proximitytracker-ios (stop 52): an iOS app's Podfile declares ReactiveCocoa
// (and ReactiveSwift, which it builds on), and the site names ReactiveCocoa from the Podfile,
// without a category, beside the pod's package entry at the locked release. The site shows it with
// no release, as it shows nearly every tool it has no category for (75 of 76 in the dev and held-out
// corpora); techstack gives such tools the release their package declares (husky, chalk), and so
// this one the pod's.
const podfile = [
  "platform :ios, '10.0'",
  "",
  "target 'Rid Covid 19' do",
  "  use_frameworks!",
  "",
  "  pod 'ReactiveSwift'",
  "  pod 'ReactiveCocoa'",
  "end",
  "",
].join("\n");
const lock = [
  "PODS:",
  "  - ReactiveCocoa (10.2.0):",
  "    - ReactiveSwift (~> 6.2)",
  "  - ReactiveSwift (6.2.1)",
  "",
  "DEPENDENCIES:",
  "  - ReactiveCocoa",
  "  - ReactiveSwift",
  "",
  "COCOAPODS: 1.9.1",
  "",
].join("\n");

describe("CocoaPods: ReactiveCocoa", () => {
  it("the ReactiveCocoa pod names ReactiveCocoa, without a category, beside its package entry", async () => {
    const { document } = await scan(new MemorySource({ Podfile: podfile, "Podfile.lock": lock }), { git: false });
    const tool = document.tools.find((t) => t.name === "ReactiveCocoa" && !t.package_url);
    expect(tool).toMatchObject({ detection_source: "Podfile", website_url: "https://github.com/ReactiveCocoa/ReactiveCocoa" });
    expect(tool?.category).toBeUndefined();
    expect(tool?.version).toBe("10.2.0");
    expect(document.tools.find((t) => t.package_url === "https://cocoapods.org/pods/ReactiveCocoa")).toMatchObject({ version: "10.2.0" });
  });

  it("ReactiveSwift, the pod it builds on, names no ReactiveCocoa", async () => {
    const only = podfile.replace("  pod 'ReactiveCocoa'\n", "");
    const { document } = await scan(new MemorySource({ Podfile: only }), { git: false });
    expect(document.tools.find((t) => t.name === "ReactiveCocoa")).toBeUndefined();
    expect(document.tools.find((t) => t.package_url === "https://cocoapods.org/pods/ReactiveSwift")).toBeDefined();
  });
});
