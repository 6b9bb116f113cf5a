import { describe, expect, it } from "vitest";
import { scan } from "../src/index.js";
import type { ToolEntry } from "../src/types.js";
import { readResolved } from "../detectors/mobile/index.js";
import { fixture } from "./helpers.js";

const tool = (tools: ToolEntry[], name: string) => tools.find((t) => t.name === name && !t.package_url);

describe("mobile", () => {
  it("a Flutter app with pubspec.lock", async () => {
    const { document } = await scan(fixture("flutter-app"), { git: false });
    expect(tool(document.tools, "Flutter")).toBeDefined();
    expect(tool(document.tools, "Dart")?.version).toBe("3.2.0");
    expect(tool(document.tools, "Firebase")).toMatchObject({ version: "2.24.2", detection_source_url: "pubspec.lock" });
    expect(document.tools.find((t) => t.package_url === "https://pub.dartlang.org/http")?.version).toBe("1.2.0");
  });

  it("an iOS app with CocoaPods and SwiftPM", async () => {
    const { document } = await scan(fixture("ios-app"), { git: false });
    expect(tool(document.tools, "Alamofire")?.version).toBe("5.8.1");
    expect(tool(document.tools, "CocoaPods")).toBeDefined();
    expect(tool(document.tools, "Swift Package Manager")).toBeDefined();
    expect(tool(document.tools, "Realm")?.version).toBe("10.45.3");
    expect(tool(document.tools, "Sentry")?.version).toBe("8.17.2");
    expect(tool(document.tools, "iOS")?.version).toBe("15.0");
  });

  it("Package.resolved v1 and v2", () => {
    expect(readResolved({ object: { pins: [{ package: "Alamofire", repositoryURL: "https://github.com/Alamofire/Alamofire.git", state: { version: "5.8.1" } }] }, version: 1 })).toEqual(new Map([["alamofire", "5.8.1"]]));
    expect(readResolved({ pins: [{ identity: "swift-nio", state: { version: "2.62.0" } }], version: 2 })).toEqual(new Map([["swift-nio", "2.62.0"]]));
  });
});
