import { describe, expect, it } from "vitest";
import { mobileDetector } from "../detectors/mobile/index.js";
import { compact, detectorFindings } from "./detector-findings.js";

// The actions a Fastfile's lanes call inside a block on one line, after its parameters
// (`each do |scheme| build_app(...) end`, `each { |ipa| pilot(...) }`, `{|ipa| ...}` without a
// blank) or without any (`-> { slack(...) }`), as release lanes loop over schemes, flavors and
// built archives; and what a block's body holds that is no action call.

const actions = async (fastfile: string) => {
  const { findings, warnings } = await detectorFindings(mobileDetector, { "fastlane/Fastfile": fastfile });
  expect(warnings).toEqual([]);
  return compact(findings);
};

const lane = (...lines: string[]) => `default_platform(:ios)\n\nplatform :ios do\n  lane :release do |options|\n${lines.map((l) => `    ${l}\n`).join("")}  end\nend\n`;

describe("a Fastfile's actions in one-line blocks", () => {
  it("after a do block's parameters, one or several, with or without a blank, and after do alone", async () => {
    expect(await actions(lane('%w[App Widget].each do |scheme| build_app(scheme: scheme, export_method: "app-store") end', '["dev", "prod"].each_with_index do |flavor, i| gradle(task: "assemble#{flavor.capitalize}") end', 'targets.each do increment_build_number(xcodeproj: "App.xcodeproj") end', 'Dir["**/Podfile"].each do|podfile| cocoapods(podfile: podfile) end'))).toEqual([
      "fastlane-action:default_platform@1",
      "fastlane-action:build_app@5",
      "fastlane-action:gradle@6",
      "fastlane-action:increment_build_number@7",
      "fastlane-action:cocoapods@8",
    ]);
  });

  it("after a brace block's parameters, with or without blanks, and in a brace block without any", async () => {
    expect(await actions(lane('Dir["*.ipa"].each { |ipa| upload_to_testflight(ipa: ipa, skip_waiting_for_build_processing: true) }', 'Dir["*.dSYM.zip"].each {|dsym| upload_symbols_to_crashlytics(dsym_path: dsym)}', 'notify = -> { slack(message: "Released") }'))).toEqual([
      "fastlane-action:default_platform@1",
      "fastlane-action:upload_to_testflight@5",
      "fastlane-action:upload_symbols_to_crashlytics@6",
      "fastlane-action:slack@7",
    ]);
  });

  // Only an action opening a statement is read (the detector's rule): one after `||` is not, and a
  // block's parameters end at their closing bar, so the action just after them is never skipped.
  it("the action just after a block's parameters, where the line holds more bars", async () => {
    expect(await actions(lane('Dir["*.ipa"].each { |ipa| upload_to_testflight(ipa: ipa) || slack(message: "upload failed") }', 'schemes.each do |s| build_app(scheme: s) || slack(message: "build failed") end'))).toEqual([
      "fastlane-action:default_platform@1",
      "fastlane-action:upload_to_testflight@5",
      "fastlane-action:build_app@6",
    ]);
  });

  it("a block's parameters, a method on one, a reserved word or a word ending or opening in `do` name no action", async () => {
    expect(await actions(lane("builds.map { |build| build.number }", "versions.each do |version| version.bump end", "retries.times { |n| puts n }", "lanes.each do |name, lane| lane.call end", "reset_git_repo(force: true) if undo_bump", 'sh("./scripts/clean.sh") unless dont_clean'))).toEqual(["fastlane-action:default_platform@1", "fastlane-action:reset_git_repo@9", "fastlane-action:sh@10"]);
  });

  // A call's arguments on lines of their own, and a hash, with a symbol for a value: the key is no action.
  it("an argument's or a hash's key with a symbol value names no action; an action's keyword arguments after a blank still call it", async () => {
    expect(await actions(lane("build_app(", '  scheme: "App",', "  export_method: :app_store", ")", "settings = { configuration: :release }", "pilot skip_waiting_for_build_processing: true"))).toEqual([
      "fastlane-action:default_platform@1",
      "fastlane-action:build_app@5",
      "fastlane-action:pilot@10",
    ]);
  });
});
