import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { mobileDetector, readXcodeProducts } from "../detectors/mobile/index.js";
import { byFile, detectorFindings } from "./detector-findings.js";

// Apple projects' other manifests: Mint's Mintfile, XcodeGen's project.yml, and the products an app
// picks from a Swift package (firebase-ios-sdk's FirebaseAuth) in Package.swift and Xcode projects.

const tool = (tools: Array<{ name: string; version?: string; package_url?: string; detection_source?: string }>, name: string) => tools.find((t) => t.name === name && !t.package_url);

describe("Mintfile", () => {
  const mintfile = "# tools\nnicklockwood/SwiftFormat@0.53.10\nrealm/SwiftLint@0.55.1 # lint\nyonaskolb/XcodeGen\nhttps://github.com/krzysztofzablocki/Sourcery.git@main\n\n";

  it("each line is a Swift package at the release it pins; a branch is none", async () => {
    const { findings, warnings } = await detectorFindings(mobileDetector, { Mintfile: mintfile });
    expect(byFile(findings)).toEqual({
      Mintfile: [
        "swiftpm:swiftformat@2 0.53.10 ->0.53.10 direct",
        "swiftpm:swiftlint@3 0.55.1 ->0.55.1 direct",
        "swiftpm:xcodegen@4 direct",
        "swiftpm:sourcery@5 main direct",
      ],
    });
    expect(warnings).toEqual([]);
  });

  it("names SwiftLint at the Mintfile's release", async () => {
    const { document } = await scan(new MemorySource({ Mintfile: mintfile }), { git: false });
    expect(tool(document.tools, "SwiftLint")).toMatchObject({ version: "0.55.1", detection_source: "Mintfile" });
  });
});

describe("XcodeGen project.yml", () => {
  const spec = `name: Habit
options:
  bundleIdPrefix: com.example
  deploymentTarget:
    iOS: "16.0"
packages:
  Alamofire:
    url: https://github.com/Alamofire/Alamofire
    from: 5.10
  Firebase:
    url: https://github.com/firebase/firebase-ios-sdk
    majorVersion: 10.21.0
  RevenueCat:
    github: RevenueCat/purchases-ios
    exactVersion: 4.37.0
  Lottie:
    url: https://github.com/airbnb/lottie-spm
    branch: main
  SharedKit:
    path: ../SharedKit
targets:
  Habit:
    type: application
    platform: iOS
    sources: [Sources]
    dependencies:
      - package: Alamofire
      - package: Firebase
        product: FirebaseCrashlytics
      - package: RevenueCat
      - package: SharedKit
`;
  const resolved = JSON.stringify({ pins: [{ identity: "alamofire", kind: "remoteSourceControl", location: "https://github.com/Alamofire/Alamofire", state: { revision: "x", version: "5.10.2" } }], version: 2 });

  it("its packages (url or github), their requirements as written, a product picked from one and the iOS target", async () => {
    const { findings, warnings } = await detectorFindings(mobileDetector, { "project.yml": spec, "Habit.xcodeproj/project.xcworkspace/xcshareddata/swiftpm/Package.resolved": resolved });
    expect(byFile(findings)["project.yml"]).toEqual([
      "apple-platform:ios ->16.0",
      "swiftpm:alamofire@8 5.10 ->5.10.2 (Habit.xcodeproj/project.xcworkspace/xcshareddata/swiftpm/Package.resolved) direct",
      "swiftpm:firebase-ios-sdk@11 10.21.0 ->10.21.0 direct",
      "swiftpm:purchases-ios@14 4.37.0 ->4.37.0 direct",
      "swiftpm:lottie-spm@17 direct",
      "swiftpm-product:firebase-ios-sdk/FirebaseCrashlytics@29",
    ]);
    expect(warnings).toEqual([]);
  });

  // The deployment target names no iOS (xcode-deployment-target-no-ios.test.ts).
  it("names the tools of its packages, and no iOS", async () => {
    const { document } = await scan(new MemorySource({ "project.yml": spec }), { git: false });
    expect(tool(document.tools, "Alamofire")).toMatchObject({ version: "5.10", detection_source: "project.yml" });
    expect(tool(document.tools, "iOS")).toBeUndefined();
    for (const name of ["Firebase", "Crashlytics", "RevenueCat", "Lottie"]) expect(tool(document.tools, name), name).toBeDefined();
  });

  it("an unquoted deployment target (the YAML number 16) is read as written, 16.0", async () => {
    const yml = "name: App\noptions:\n  deploymentTarget:\n    iOS: 16.0\ntargets:\n  App:\n    type: application\n    platform: iOS\n";
    const { findings } = await detectorFindings(mobileDetector, { "project.yml": yml });
    expect(byFile(findings)["project.yml"]).toEqual(["apple-platform:ios ->16.0"]);
  });

  it("another tool's project.yml (no XcodeGen targets) names nothing and warns of nothing", async () => {
    const files = { "project.yml": "name: site\npackages:\n  x:\n    url: https://github.com/Alamofire/Alamofire\n", "other/project.yml": "targets: [a, b]\n", "bad/project.yml": "name: [unclosed\n" };
    const { findings, warnings } = await detectorFindings(mobileDetector, files);
    expect(findings).toEqual([]);
    expect(warnings).toEqual([]);
    // XcodeGen's own project.yml, beside them, is read.
    expect((await detectorFindings(mobileDetector, { ...files, "app/project.yml": spec })).findings).not.toEqual([]);
  });
});

describe("Swift package products", () => {
  const pbx = `// !$*UTF8*$!
{
	objects = {
		D01 /* XCRemoteSwiftPackageReference "firebase-ios-sdk" */ = {
			isa = XCRemoteSwiftPackageReference;
			repositoryURL = "https://github.com/firebase/firebase-ios-sdk";
			requirement = {
				kind = upToNextMajorVersion;
				minimumVersion = 10.20.0;
			};
		};
		E01 /* FirebaseAuth */ = {
			isa = XCSwiftPackageProductDependency;
			package = D01 /* XCRemoteSwiftPackageReference "firebase-ios-sdk" */;
			productName = FirebaseAuth;
		};
		E02 /* FirebaseFirestore */ = {
			isa = XCSwiftPackageProductDependency;
			package = D01 /* XCRemoteSwiftPackageReference "firebase-ios-sdk" */;
			productName = FirebaseFirestore;
		};
		E03 /* FirebaseAuth */ = {
			isa = XCSwiftPackageProductDependency;
			package = D01 /* XCRemoteSwiftPackageReference "firebase-ios-sdk" */;
			productName = FirebaseAuth;
		};
		E04 /* LocalKit */ = {
			isa = XCSwiftPackageProductDependency;
			productName = LocalKit;
		};
	};
}
`;

  it("an Xcode project's XCSwiftPackageProductDependency, by the package reference it names", () => {
    expect(readXcodeProducts(pbx)).toEqual([
      ["https://github.com/firebase/firebase-ios-sdk", "FirebaseAuth"],
      ["https://github.com/firebase/firebase-ios-sdk", "FirebaseFirestore"],
    ]);
  });

  it("FirebaseAuth picked from firebase-ios-sdk names Firebase Authentication, in an Xcode project and in Package.swift", async () => {
    const { document } = await scan(new MemorySource({ "App.xcodeproj/project.pbxproj": pbx }), { git: false });
    expect(tool(document.tools, "Firebase Authentication")).toMatchObject({ detection_source: "App.xcodeproj/project.pbxproj" });
    expect(tool(document.tools, "Cloud Firestore")).toBeDefined();
    const manifest = `// swift-tools-version:5.9
import PackageDescription
let package = Package(
    name: "App",
    dependencies: [.package(url: "https://github.com/firebase/firebase-ios-sdk.git", from: "10.22.0")],
    targets: [.target(name: "App", dependencies: [
        .product(name: "FirebaseMessaging", package: "firebase-ios-sdk"),
    ])]
)
`;
    const swift = await scan(new MemorySource({ "Package.swift": manifest }), { git: false });
    expect(tool(swift.document.tools, "Firebase Cloud Messaging")).toMatchObject({ detection_source: "Package.swift" });
    expect(tool(swift.document.tools, "Firebase")).toBeDefined();
  });
});

describe("an Xcode workspace's pins of packages the project does not name", () => {
  const pbx = (extra = "") => `// !$*UTF8*$!
{
	objects = {
		A1 /* XCRemoteSwiftPackageReference "apollo-ios" */ = {
			isa = XCRemoteSwiftPackageReference;
			repositoryURL = "https://github.com/apollographql/apollo-ios.git";
			requirement = {
				kind = upToNextMajorVersion;
				minimumVersion = 0.53.0;
			};
		};${extra}
	};
}
`;
  const resolved = JSON.stringify({
    pins: [
      { identity: "apollo-ios", kind: "remoteSourceControl", location: "https://github.com/apollographql/apollo-ios.git", state: { revision: "a", version: "0.53.0" } },
      { identity: "sqlite.swift", kind: "remoteSourceControl", location: "https://github.com/stephencelis/SQLite.swift.git", state: { revision: "b", version: "0.13.3" } },
    ],
    version: 2,
  });

  it("were pulled in by its packages (apollo-ios 0.x brings SQLite.swift): they name nothing", async () => {
    const files = { "App.xcodeproj/project.pbxproj": pbx(), "App.xcodeproj/project.xcworkspace/xcshareddata/swiftpm/Package.resolved": resolved };
    const { findings } = await detectorFindings(mobileDetector, files);
    expect(byFile(findings)["App.xcodeproj/project.xcworkspace/xcshareddata/swiftpm/Package.resolved"]).toEqual(["swiftpm:apollo-ios ->0.53.0 direct", "swiftpm:sqlite.swift ->0.13.3 transitive"]);
    const { document } = await scan(new MemorySource(files), { git: false });
    expect(tool(document.tools, "Apollo")).toMatchObject({ version: "0.53.0" });
    expect(tool(document.tools, "SQLite")).toBeUndefined();
    // A workspace beside the project (a CocoaPods app's) likewise.
    const workspace = { "App.xcodeproj/project.pbxproj": pbx(), "App.xcworkspace/xcshareddata/swiftpm/Package.resolved": resolved };
    expect(tool((await scan(new MemorySource(workspace), { git: false })).document.tools, "SQLite")).toBeUndefined();
  });

  it("are kept where the project uses a local package, whose dependencies Xcode pins too", async () => {
    const local = "\n\t\tL1 /* XCLocalSwiftPackageReference \"Packages/Core\" */ = {\n\t\t\tisa = XCLocalSwiftPackageReference;\n\t\t\trelativePath = Packages/Core;\n\t\t};";
    const files = { "App.xcodeproj/project.pbxproj": pbx(local), "App.xcodeproj/project.xcworkspace/xcshareddata/swiftpm/Package.resolved": resolved };
    const { document } = await scan(new MemorySource(files), { git: false });
    expect(tool(document.tools, "SQLite")).toBeDefined();
  });
});

describe("Swift package products by a package's declared name", () => {
  it("tools 5.2-5.5's .package(name: \"Firebase\", url:) and .product(name:, package: \"Firebase\") are firebase-ios-sdk's", async () => {
    const manifest = [
      "// swift-tools-version:5.3",
      "import PackageDescription",
      "let package = Package(",
      '    name: "App",',
      '    dependencies: [.package(name: "Firebase", url: "https://github.com/firebase/firebase-ios-sdk.git", "8.0.0"..<"9.0.0")],',
      '    targets: [.target(name: "App", dependencies: [.product(name: "FirebaseAuth", package: "Firebase")])]',
      ")",
    ].join("\n");
    const { findings } = await detectorFindings(mobileDetector, { "Package.swift": manifest });
    expect(byFile(findings)["Package.swift"]).toEqual(["apple-platform:swift ->5.3", "swiftpm:firebase-ios-sdk@5 8.0.0 ->8.0.0 direct", "swiftpm-product:firebase-ios-sdk/FirebaseAuth@6"]);
  });
});

describe("Swift packages and version-manager pins of known tools", () => {
  it("PackageDescription 3's .Package(url:majorVersion:minor:) and Version(...) requirements (Vapor 2, 2017)", async () => {
    const manifest = [
      "import PackageDescription",
      "let package = Package(",
      '    name: "App",',
      "    dependencies: [",
      '        .Package(url: "https://github.com/vapor/vapor.git", majorVersion: 2, minor: 1),',
      '        .Package(url: "https://github.com/vapor/postgresql-provider.git", majorVersion: 2),',
      '        .Package(url: "https://github.com/Alamofire/Alamofire.git", Version(4, 5, 0)),',
      "    ]",
      ")",
    ].join("\n");
    const { findings } = await detectorFindings(mobileDetector, { "Package.swift": manifest });
    expect(byFile(findings)["Package.swift"]).toEqual(["apple-platform:swift", "swiftpm:vapor@5 2.1 ->2.1 direct", "swiftpm:postgresql-provider@6 2 ->2 direct", "swiftpm:alamofire@7 4.5.0 ->4.5.0 direct"]);
    const { document } = await scan(new MemorySource({ "Package.swift": manifest }), { git: false });
    expect(tool(document.tools, "Vapor")).toMatchObject({ version: "2.1" });
    expect(tool(document.tools, "PostgreSQL")).toMatchObject({ detection_source: "Package.swift" });
  });

  it("Vapor 3's Fluent drivers name their databases", async () => {
    const manifest = `// swift-tools-version:4.0
import PackageDescription
let package = Package(
    name: "App",
    dependencies: [
        .package(url: "https://github.com/vapor/vapor.git", from: "3.0.0"),
        .package(url: "https://github.com/vapor/fluent-postgresql.git", from: "1.0.0"),
        .package(url: "https://github.com/vapor/fluent-mysql.git", from: "3.0.0"),
    ],
    targets: [.target(name: "App", dependencies: ["FluentPostgreSQL", "FluentMySQL", "Vapor"])]
)
`;
    const { document } = await scan(new MemorySource({ "Package.swift": manifest }), { git: false });
    expect(tool(document.tools, "Vapor")).toMatchObject({ version: "3.0.0" });
    expect(tool(document.tools, "PostgreSQL")).toMatchObject({ detection_source: "Package.swift" });
    expect(tool(document.tools, "MySQL")).toMatchObject({ detection_source: "Package.swift" });
  });

  it("stripe-ios-spm (Stripe's SwiftPM mirror) names Stripe, hummingbird-redis Redis, a mise swiftlint pin SwiftLint", async () => {
    const manifest = `// swift-tools-version:5.10
import PackageDescription
let package = Package(
    name: "App",
    dependencies: [
        .package(url: "https://github.com/stripe/stripe-ios-spm", from: "23.27.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-redis.git", from: "2.0.0"),
    ]
)
`;
    const { document } = await scan(new MemorySource({ "Package.swift": manifest, ".mise.toml": '[tools]\nswiftlint = "0.55.1"\n' }), { git: false });
    expect(tool(document.tools, "Stripe")).toBeDefined();
    expect(tool(document.tools, "Redis")).toMatchObject({ detection_source: "Package.swift" });
    expect(tool(document.tools, "SwiftLint")).toMatchObject({ version: "0.55.1", detection_source: ".mise.toml" });
  });

  it("SwiftLint's plugin package names SwiftLint at its release; apple/swift-protobuf names Protocol Buffers without its own", async () => {
    const manifest = `// swift-tools-version:5.9
import PackageDescription
let package = Package(
    name: "App",
    dependencies: [
        .package(url: "https://github.com/SimplyDanny/SwiftLintPlugins", exact: "0.56.1"),
        .package(url: "https://github.com/apple/swift-protobuf.git", from: "1.27.0"),
    ]
)
`;
    const { document } = await scan(new MemorySource({ "Package.swift": manifest }), { git: false });
    expect(tool(document.tools, "SwiftLint")).toMatchObject({ version: "0.56.1", detection_source: "Package.swift" });
    const protobuf = tool(document.tools, "Protobuf");
    expect(protobuf).toBeDefined();
    expect(protobuf?.version).toBeUndefined();
  });
});

describe("Podfile :subspecs", () => {
  it("pod 'Firebase', :subspecs => [...] asks for those subspecs, at the release the lockfile lists them at", async () => {
    const podfile = [
      'platform :ios, "14.0"',
      'target "Chat" do',
      '  pod "Firebase", "~> 10.20", :subspecs => ["Auth", "Firestore"]',
      "  pod 'GoogleUtilities', subspecs: ['Logger']",
      "end",
    ].join("\n");
    const lock = "PODS:\n  - Firebase/Auth (10.20.0):\n    - Firebase/CoreOnly\n  - Firebase/CoreOnly (10.20.0)\n  - Firebase/Firestore (10.20.0)\n  - GoogleUtilities/Logger (7.12.0)\n\nDEPENDENCIES:\n  - Firebase/Auth (~> 10.20)\n\nCOCOAPODS: 1.15.2\n";
    const { findings } = await detectorFindings(mobileDetector, { "ios/Podfile": podfile, "ios/Podfile.lock": lock });
    expect(byFile(findings)["ios/Podfile"]).toEqual([
      "format:cocoapods-lockfile ->1.15.2 (ios/Podfile.lock)",
      "cocoapods-subspec:Firebase/Auth@3 ->10.20.0 (ios/Podfile.lock)",
      "cocoapods-subspec:Firebase/Firestore@3 ->10.20.0 (ios/Podfile.lock)",
      "cocoapods:Firebase@3 ~> 10.20 ->10.20.0 (ios/Podfile.lock) direct",
      "cocoapods-subspec:GoogleUtilities/Logger@4 ->7.12.0 (ios/Podfile.lock)",
      "cocoapods:GoogleUtilities@4 ->7.12.0 (ios/Podfile.lock) direct",
    ]);
    const { document } = await scan(new MemorySource({ "ios/Podfile": podfile, "ios/Podfile.lock": lock }), { git: false });
    expect(tool(document.tools, "Firebase Authentication")).toBeDefined();
    expect(tool(document.tools, "Cloud Firestore")).toBeDefined();
    expect(document.tools.find((t) => t.package_url === "https://cocoapods.org/pods/Firebase")?.version).toBe("10.20.0");
  });

  it("the legacy Google pod's Analytics subspec names Google Analytics", async () => {
    const { document } = await scan(new MemorySource({ Podfile: "platform :ios, '9.0'\npod 'Google/Analytics'\n", "Podfile.lock": "PODS:\n  - Google/Analytics (3.1.0):\n    - Google/Core\n  - Google/Core (3.1.0)\n\nCOCOAPODS: 1.5.3\n" }), { git: false });
    expect(tool(document.tools, "Google Analytics")).toMatchObject({ detection_source: "Podfile" });
    expect(document.tools.find((t) => t.package_url === "https://cocoapods.org/pods/Google")?.version).toBe("3.1.0");
  });

  it("a pod the lockfile lists only by its subspecs takes their release", async () => {
    const { findings } = await detectorFindings(mobileDetector, { Podfile: "pod 'Firebase'\n", "Podfile.lock": "PODS:\n  - Firebase/Core (10.20.0)\n\nCOCOAPODS: 1.15.2\n" });
    expect(byFile(findings)["Podfile"]).toContain("cocoapods:Firebase@1 ->10.20.0 (Podfile.lock) direct");
  });
});

describe("Tuist manifests", () => {
  it("Tuist 3's Dependencies.swift at its lockfile's pins, and a Project.swift's remote packages", async () => {
    const dependencies = [
      "import ProjectDescription",
      "",
      "let dependencies = Dependencies(",
      "    swiftPackageManager: SwiftPackageManagerDependencies([",
      '        .remote(url: "https://github.com/firebase/firebase-ios-sdk", requirement: .upToNextMajor(from: "10.0.0")),',
      '        .remote(url: "https://github.com/pointfreeco/swift-composable-architecture", requirement: .branch("main")),',
      "    ]),",
      "    platforms: [.iOS]",
      ")",
    ].join("\n");
    const lock = JSON.stringify({ pins: [{ identity: "firebase-ios-sdk", kind: "remoteSourceControl", location: "https://github.com/firebase/firebase-ios-sdk", state: { revision: "x", version: "10.18.0" } }], version: 2 });
    const project = [
      "import ProjectDescription",
      "let project = Project(",
      '    name: "App",',
      '    packages: [.remote(url: "https://github.com/realm/realm-swift.git", requirement: .exact("10.45.0"))],',
      "    targets: []",
      ")",
    ].join("\n");
    const files = { "Tuist/Dependencies.swift": dependencies, "Tuist/Dependencies/Lockfiles/Package.resolved": lock, "Projects/App/Project.swift": project, "Other/Project.swift": 'let x = ".remote(url: \\"https://github.com/realm/realm-swift\\", requirement: .exact(\\"1.0.0\\"))"' };
    const { findings } = await detectorFindings(mobileDetector, files);
    expect(byFile(findings)).toEqual({
      "Projects/App/Project.swift": ["swiftpm:realm-swift 10.45.0 ->10.45.0 direct"],
      "Tuist/Dependencies.swift": ["swiftpm:firebase-ios-sdk 10.0.0 ->10.18.0 (Tuist/Dependencies/Lockfiles/Package.resolved) direct", "swiftpm:swift-composable-architecture direct"],
    });
    const { document } = await scan(new MemorySource(files), { git: false });
    expect(tool(document.tools, "Realm")).toMatchObject({ version: "10.45.0", detection_source: "Projects/App/Project.swift" });
    expect(tool(document.tools, "Firebase")).toMatchObject({ detection_source: "Tuist/Dependencies.swift" });
  });
});

describe("Fastfile", () => {
  const fastfile = `# Customise this file
default_platform(:ios)

platform :ios do
  before_all do
    setup_ci if ENV['CI']
  end

  desc "Push a new beta build to TestFlight"
  lane :beta do |options|
    increment_build_number(xcodeproj: "App.xcodeproj")
    match(type: "appstore", readonly: true)
    build_app(scheme: "App", export_method: "app-store")
    upload_to_testflight(skip_waiting_for_build_processing: true)
    upload_symbols_to_crashlytics dsym_path: "./App.app.dSYM.zip"
    version = get_version_number
    slack(message: "Beta #{version} uploaded") # notify
  end

  private_lane :helper do
    UI.message("pilot is not called here")
  end
end
`;

  it("the actions its lanes call, each once", async () => {
    const { findings, warnings } = await detectorFindings(mobileDetector, { "fastlane/Fastfile": fastfile });
    expect(byFile(findings)["fastlane/Fastfile"]).toEqual([
      "fastlane-action:default_platform@2",
      "fastlane-action:setup_ci@6",
      "fastlane-action:increment_build_number@11",
      "fastlane-action:match@12",
      "fastlane-action:build_app@13",
      "fastlane-action:upload_to_testflight@14",
      "fastlane-action:upload_symbols_to_crashlytics@15",
      "fastlane-action:get_version_number@16",
      "fastlane-action:slack@17",
    ]);
    expect(warnings).toEqual([]);
  });

  it("upload_to_testflight (or pilot) names TestFlight, the Crashlytics dSYM upload Crashlytics", async () => {
    const { document } = await scan(new MemorySource({ "fastlane/Fastfile": fastfile }), { git: false });
    expect(tool(document.tools, "fastlane")).toBeDefined();
    expect(tool(document.tools, "TestFlight")).toMatchObject({ detection_source: "fastlane/Fastfile" });
    expect(tool(document.tools, "Crashlytics")).toBeDefined();
    const pilot = await scan(new MemorySource({ "ios/fastlane/Fastfile": "lane :beta do\n  gym\n  pilot\nend\n" }), { git: false });
    expect(tool(pilot.document.tools, "TestFlight")).toBeDefined();
  });

  it("the Xcode release a lane installs, selects or demands names Xcode at it; a requirement, a variable or a beta none", async () => {
    const xcode = async (call: string) => {
      const { document } = await scan(new MemorySource({ "fastlane/Fastfile": `platform :ios do\n  before_all do\n    ${call}\n  end\nend\n` }), { git: false });
      const entry = tool(document.tools, "Xcode");
      return entry ? `${entry.version ?? "-"} ${entry.detection_source}` : "not named";
    };
    expect(await xcode('xcodes(version: "15.2", select_for_current_build_only: true)')).toBe("15.2 fastlane/Fastfile");
    expect(await xcode("ensure_xcode_version(version: '16.1')")).toBe("16.1 fastlane/Fastfile");
    expect(await xcode('xcode_select "/Applications/Xcode_15.4.app"')).toBe("15.4 fastlane/Fastfile");
    expect(await xcode('xcversion(version: "~> 15.0")')).toBe("- fastlane/Fastfile");
    expect(await xcode("xcodes(version: ENV['XCODE_VERSION'])")).toBe("- fastlane/Fastfile");
    expect(await xcode('xcodes(version: "15.3 Beta 2")')).toBe("- fastlane/Fastfile");
    expect(await xcode('build_app(scheme: "App", xcargs: "version: \'1.2\'")')).toBe("not named");
  });
});

describe("a Swift package's identity", () => {
  it("is the last segment of an scp-style git URL with no owner folder too, so its Package.resolved pin applies", async () => {
    const manifest = `// swift-tools-version:5.7\nimport PackageDescription\n\nlet package = Package(\n  name: "Relay",\n  dependencies: [\n    .package(url: "git@git.example.com:Kitura.git", from: "2.9.0"),\n    .package(url: "https://github.com/apple/swift-log.git", from: "1.4.0"),\n  ]\n)\n`;
    const resolved = JSON.stringify({ pins: [{ identity: "kitura", kind: "remoteSourceControl", location: "git@git.example.com:Kitura.git", state: { revision: "0f2a", version: "2.9.200" } }, { identity: "swift-log", kind: "remoteSourceControl", location: "https://github.com/apple/swift-log.git", state: { revision: "9a1b", version: "1.5.3" } }], version: 2 });
    const { findings } = await detectorFindings(mobileDetector, { "Package.swift": manifest, "Package.resolved": resolved });
    expect(byFile(findings)["Package.swift"]).toEqual(expect.arrayContaining(["swiftpm:kitura@7 2.9.0 ->2.9.200 (Package.resolved) direct", "swiftpm:swift-log@8 1.4.0 ->1.5.3 (Package.resolved) direct"]));
  });
});
