import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { mobileDetector } from "../detectors/mobile/index.js";
import { byFile, detectorFindings } from "./detector-findings.js";

// Carthage's Cartfile.private: the dependencies only a framework's own development fetches (its
// tests' matchers, a snapshot library, a crash reporter its test host links), resolved with the
// Cartfile's into the one Cartfile.resolved, as a framework repository keeps them.

const CARTFILE = `github "Alamofire/Alamofire" ~> 5.8
binary "https://dl.google.com/dl/firebase/ios/carthage/FirebaseAnalyticsBinary.json" ~> 10.20
`;
const PRIVATE = `# Test-only dependencies
github "Quick/Quick" ~> 7.3
github "Quick/Nimble" ~> 13.0
github "getsentry/sentry-cocoa" "8.21.0"
github "uber/ios-snapshot-test-case"
`;
const RESOLVED = `binary "https://dl.google.com/dl/firebase/ios/carthage/FirebaseAnalyticsBinary.json" "10.20.0"
github "Alamofire/Alamofire" "5.8.1"
github "Quick/Nimble" "v13.2.1"
github "Quick/Quick" "v7.4.0"
github "getsentry/sentry-cocoa" "8.21.0"
github "uber/ios-snapshot-test-case" "a7e4b5c6d1f2e3a4b5c6d7e8f9a0b1c2d3e4f5a6"
`;

describe("Carthage's Cartfile.private", () => {
  it("its dependencies are development ones, at Cartfile.resolved's releases; a commit is none", async () => {
    const { findings, warnings } = await detectorFindings(mobileDetector, { Cartfile: CARTFILE, "Cartfile.private": PRIVATE, "Cartfile.resolved": RESOLVED });
    expect(warnings).toEqual([]);
    expect(byFile(findings)).toEqual({
      Cartfile: ["carthage:Alamofire@1 5.8 ->5.8.1 (Cartfile.resolved) direct", "carthage:FirebaseAnalyticsBinary@2 10.20 ->10.20.0 (Cartfile.resolved) direct"],
      "Cartfile.private": [
        "carthage:Quick@2 7.3 ->7.4.0 (Cartfile.resolved) direct dev",
        "carthage:Nimble@3 13.0 ->13.2.1 (Cartfile.resolved) direct dev",
        "carthage:sentry-cocoa@4 8.21.0 ->8.21.0 (Cartfile.resolved) direct dev",
        "carthage:ios-snapshot-test-case@5 direct dev",
      ],
    });
  });

  // Each finding names its line, as a Podfile's pod does, so git blame dates the dependency by its
  // own line: without one it took line 1's last change, a comment's or another dependency's.
  it("a dependency's line is its own: a repeated one keeps its first, as the versions do", async () => {
    const cartfile = `# App dependencies\n\ngithub "Alamofire/Alamofire" ~> 5.8\n  git "https://github.com/realm/realm-swift.git" >= 10.0\ngithub "Alamofire/Alamofire" ~> 5.9\r\nbinary "https://example.com/Sdk.json"\n`;
    const { findings } = await detectorFindings(mobileDetector, { "App/Cartfile": cartfile });
    expect(byFile(findings)).toEqual({ "App/Cartfile": ["carthage:Alamofire@3 5.8 ->5.8 direct", "carthage:realm-swift@4 10.0 ->10.0 direct", "carthage:Sdk@6 direct"] });
  });

  it("names Carthage and the tools the catalog keys, a Cartfile.private alone too", async () => {
    const { document } = await scan(new MemorySource({ "Cartfile.private": PRIVATE, "Cartfile.resolved": RESOLVED }), { git: false });
    const tools = Object.fromEntries(document.tools.map((t) => [t.name, `${t.version ?? "-"} ${t.detection_source}`]));
    expect(tools).toEqual({ Carthage: "- Cartfile.private", Sentry: "8.21.0 Cartfile.private" });
  });
});
