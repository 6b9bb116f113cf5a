import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

// Package.swift's requirement forms, without a Package.resolved: each gives the lowest release it allows.
const manifest = [
  "// swift-tools-version:5.9",
  "import PackageDescription",
  "let package = Package(",
  '    name: "App",',
  "    dependencies: [",
  '        .package(url: "https://github.com/vapor/vapor.git", .upToNextMinor(from: "4.89.0")),',
  '        .package(url: "https://github.com/Alamofire/Alamofire.git", .exact("5.8.1")),',
  '        .package(url: "https://github.com/realm/SwiftLint", branch: "main"),',
  '        .package(path: "../LocalKit"),',
  "    ]",
  ")",
].join("\n");

describe("Package.swift requirements", () => {
  it(".upToNextMinor(from:) and .exact() give their release; a branch gives none", async () => {
    const { document } = await scan(new MemorySource({ "Package.swift": manifest }), { git: false });
    const version = (name: string) => document.tools.find((t) => t.name === name)?.version;
    expect(version("Vapor")).toBe("4.89.0");
    expect(version("Alamofire")).toBe("5.8.1");
    expect(version("SwiftLint")).toBeUndefined();
  });
});
