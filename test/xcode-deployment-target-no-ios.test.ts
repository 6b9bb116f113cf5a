import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { detectorFindings, byFile } from "./detector-findings.js";
import { mobileDetector } from "../detectors/mobile/index.js";

// An Xcode project's iOS deployment target names no iOS: the site names none in the stack files of
// three owners whose project.pbxproj, read, builds for iphoneos (held-out Derry-Jay/you_app and
// BeztTeamEver/chatkid-mobile, Flutter's ios/Runner.xcodeproj at 9.0 and 11.0;
// Sendrato/proximitytracker-ios, a native app at 10.0; a fourth owner's Flutter Runner project,
// TawandaMavondo/Gotour-Flutter-Application's, is listed but was not read), as it names none from a
// Podfile's `platform :ios` (README) or from any other file of the stack files read. The reading stays (apple-platform:ios with the target), named by no
// tool of the built-in catalog; XcodeGen's project.yml target likewise.
const scanFiles = async (files: Record<string, string>) => (await scan(new MemorySource(files), { git: false, disable: ["languages"] })).document;

// The build configurations of Flutter's Runner project, as `flutter create` writes them.
const runnerProject = [
  "// !$*UTF8*$!", "{", "\tarchiveVersion = 1;", "\tobjectVersion = 54;", "\tobjects = {",
  "/* Begin XCBuildConfiguration section */",
  "\t\t97C147031CF9000F007C117D /* Debug */ = {", "\t\t\tisa = XCBuildConfiguration;", "\t\t\tbuildSettings = {",
  "\t\t\t\tALWAYS_SEARCH_USER_PATHS = NO;", '\t\t\t\t"CODE_SIGN_IDENTITY[sdk=iphoneos*]" = "iPhone Developer";',
  "\t\t\t\tIPHONEOS_DEPLOYMENT_TARGET = 11.0;", "\t\t\t\tONLY_ACTIVE_ARCH = YES;", "\t\t\t\tSDKROOT = iphoneos;",
  '\t\t\t\tTARGETED_DEVICE_FAMILY = "1,2";', "\t\t\t};", "\t\t\tname = Debug;", "\t\t};",
  "\t\t97C147061CF9000F007C117D /* Debug */ = {", "\t\t\tisa = XCBuildConfiguration;",
  "\t\t\tbaseConfigurationReference = 9740EEB21CF90195004384FC /* Debug.xcconfig */;", "\t\t\tbuildSettings = {",
  '\t\t\t\tCURRENT_PROJECT_VERSION = "$(FLUTTER_BUILD_NUMBER)";', "\t\t\t\tINFOPLIST_FILE = Runner/Info.plist;",
  '\t\t\t\tSWIFT_OBJC_BRIDGING_HEADER = "Runner/Runner-Bridging-Header.h";', "\t\t\t\tSWIFT_VERSION = 5.0;",
  "\t\t\t};", "\t\t\tname = Debug;", "\t\t};", "/* End XCBuildConfiguration section */", "\t};",
  "\trootObject = 97C146E61CF9000F007C117D /* Project object */;", "}", "",
].join("\n");

describe("an Xcode project's iOS deployment target", () => {
  it("is still read", async () => {
    const { findings } = await detectorFindings(mobileDetector, { "ios/Runner.xcodeproj/project.pbxproj": runnerProject });
    expect(byFile(findings)["ios/Runner.xcodeproj/project.pbxproj"]).toEqual(["apple-platform:ios ->11.0"]);
  });

  it("names no iOS, in a Flutter app or a native one", async () => {
    const pubspec = "name: kid_chat\nenvironment:\n  sdk: '>=3.1.0 <4.0.0'\ndependencies:\n  flutter:\n    sdk: flutter\n";
    const flutter = await scanFiles({ "pubspec.yaml": pubspec, "ios/Runner.xcodeproj/project.pbxproj": runnerProject });
    expect(flutter.tools.map((t) => t.name)).not.toContain("iOS");
    expect(flutter.tools.map((t) => t.name)).toContain("Flutter");
    const native = await scanFiles({ "ridcovid19.xcodeproj/project.pbxproj": runnerProject.replaceAll("11.0", "10.0"), "Sources/App/AppDelegate.swift": "" });
    expect(native.tools.map((t) => t.name)).not.toContain("iOS");
  });

  it("nor does XcodeGen's deployment target", async () => {
    const yml = "name: Habit\noptions:\n  deploymentTarget:\n    iOS: \"16.0\"\ntargets:\n  Habit:\n    type: application\n    platform: iOS\n";
    expect((await scanFiles({ "project.yml": yml })).tools.map((t) => t.name)).not.toContain("iOS");
    // The target is read all the same.
    expect(byFile((await detectorFindings(mobileDetector, { "project.yml": yml })).findings)["project.yml"]).toEqual(["apple-platform:ios ->16.0"]);
  });
});
