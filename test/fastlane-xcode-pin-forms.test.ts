import { describe, expect, it } from "vitest";
import { mobileDetector } from "../detectors/mobile/index.js";
import { compact, detectorFindings } from "./detector-findings.js";

// The Xcode release a Fastfile's lane pins, in the forms stop 61's tests left out: a three-part
// release (Xcode 14.3.1), `version:` written without a blank, as Ruby allows, and the
// application path xcodes installs (Xcode-16.1.0.app).

const pinned = async (call: string) => {
  const fastfile = `default_platform(:ios)\n\nplatform :ios do\n  before_all do\n    ${call}\n  end\nend\n`;
  const { findings } = await detectorFindings(mobileDetector, { "fastlane/Fastfile": fastfile });
  return compact(findings.filter((f) => f.ref !== "fastlane-action:default_platform"));
};

describe("a Fastfile's Xcode pin", () => {
  it("a three-part release, and version: without a blank", async () => {
    expect(await pinned('xcodes(version: "14.3.1")')).toEqual(["fastlane-action:xcodes@5 ->14.3.1"]);
    expect(await pinned('ensure_xcode_version(version:"15.4")')).toEqual(["fastlane-action:ensure_xcode_version@5 ->15.4"]);
  });

  it("the application xcodes installs, named with its three-part release", async () => {
    expect(await pinned('xcode_select("/Applications/Xcode-16.1.0.app")')).toEqual(["fastlane-action:xcode_select@5 ->16.1.0"]);
  });
});
