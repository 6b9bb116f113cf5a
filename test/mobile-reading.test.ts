import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { mobileDetector } from "../detectors/mobile/index.js";
import { byFile, detectorFindings } from "./detector-findings.js";

// The mobile and Apple reader finding by finding: a CocoaPods app with its lockfile and a pod
// library's spec, a Swift package with Package.resolved v1, an Xcode project with its packages and
// their pins, Carthage, and Flutter apps with pubspec.lock (a pub workspace member included).

const podfile = `platform :ios, '13.0'
use_frameworks!

target 'Shop' do
  pod 'Alamofire', '~> 5.8'
  pod 'Firebase/Analytics'
  pod "SnapKit", "5.6.0"
  pod 'SharedKit', :path => '../shared'
  pod 'Local', path: '../local'
  # pod 'Old', '1.0'
  target 'ShopTests' do
    inherit! :search_paths
    pod 'Quick', '>= 7.0'
  end
end
`;
const podlock = `PODS:
  - Alamofire (5.8.1)
  - Firebase/Analytics (10.18.0):
    - Firebase/Core
  - Firebase/Core (10.18.0)
  - "SnapKit (5.6.0)"
  - Quick (7.3.0)

DEPENDENCIES:
  - Alamofire (~> 5.8)
  - Quick (>= 7.0)
  - Extra (9.9.9)

SPEC CHECKSUMS:
  Alamofire: abc

COCOAPODS: 1.15.2
`;
const podspec = `Pod::Spec.new do |s|
  s.name         = "Clickstream"
  s.version      = "2.1.0"
  s.ios.deployment_target = "13.0"
  s.dependency "SwiftProtobuf", "~> 1.25"
  s.ios.dependency 'ReachabilitySwift'
  s.subspec "Core" do |ss|
    ss.dependency "Clickstream/Utils"
    ss.dependency("Alamofire", "5.8.0")
  end
end
`;
const pkgswift = `// swift-tools-version:5.9
import PackageDescription
let package = Package(
  name: "Kit",
  dependencies: [
    .package(url: "https://github.com/apple/swift-log.git", from: "1.5.3"),
    .package(name: "Nuke", url: "https://github.com/kean/Nuke", .upToNextMajor(from: "12.0.0")),
    .package(url: "https://github.com/pointfreeco/swift-snapshot-testing", exact: "1.15.1"),
    .package(url: "https://github.com/realm/SwiftLint", .exact("0.54.0")),
    .package(url: "https://github.com/vapor/vapor.git", "4.0.0"..<"5.0.0"),
    .package(url: "https://github.com/apple/swift-nio.git", branch: "main"),
    .package(path: "../Local"),
  ]
)
`;
const resolvedV1 = { object: { pins: [ { package: "swift-log", repositoryURL: "https://github.com/apple/swift-log.git", state: { branch: null, revision: "x", version: "1.5.4" } }, { package: "Nuke", repositoryURL: "https://github.com/kean/Nuke", state: { version: "12.2.0" } }, null, { repositoryURL: "https://github.com/apple/swift-nio.git", state: { branch: "main", revision: "y", version: null } } ] }, version: 1 };
const resolvedV2 = { pins: [ { identity: "Alamofire", kind: "remoteSourceControl", location: "https://github.com/Alamofire/Alamofire.git", state: { revision: "z", version: "5.8.1" } }, { identity: "kingfisher", state: { version: "7.10.0" } } ], version: 2 };
const pbx = `// !$*UTF8*$!
{
	objects = {
/* Begin XCRemoteSwiftPackageReference section */
		AAA /* XCRemoteSwiftPackageReference "Alamofire" */ = {
			isa = XCRemoteSwiftPackageReference;
			repositoryURL = "https://github.com/Alamofire/Alamofire.git";
			requirement = {
				kind = upToNextMajorVersion;
				minimumVersion = 5.8.0;
			};
		};
		BBB /* XCRemoteSwiftPackageReference "Kingfisher" */ = {
			isa = XCRemoteSwiftPackageReference;
			repositoryURL = "https://github.com/onevcat/Kingfisher/";
			requirement = {
				kind = exactVersion;
				version = 7.10.0;
			};
		};
		CCC = {
			isa = XCRemoteSwiftPackageReference;
			requirement = { kind = branch; branch = main; };
		};
		DDD = {
			isa = XCRemoteSwiftPackageReference;
			repositoryURL = "https://github.com/Alamofire/Alamofire.git";
			requirement = { minimumVersion = 4.0.0; };
		};
/* End XCRemoteSwiftPackageReference section */
		EEE = {
			isa = XCBuildConfiguration;
			buildSettings = {
				IPHONEOS_DEPLOYMENT_TARGET = 15.0;
				SDKROOT = iphoneos;
			};
		};
	};
}
`;
const cartfile = `github "Alamofire/Alamofire" ~> 5.8
github "ReactiveX/RxSwift" == 6.6.0
git "https://github.com/acme/Kit.git" "v2.0.1"
binary "https://example.org/Framework.json" >= 1.0
github "Quick/Nimble"
github "Alamofire/Alamofire" ~> 4.0
`;
const cartResolved = `github "Alamofire/Alamofire" "5.8.1"
github "ReactiveX/RxSwift" "6.6.0"
github "Quick/Nimble" "v13.0.0"
`;

const mobileTree: Record<string, string> = {
  "ios/Podfile": podfile, "ios/Podfile.lock": podlock,
  "Clickstream.podspec": podspec, "Podfile.lock": podlock,
  "Kit/Package.swift": pkgswift, "Kit/Package.resolved": JSON.stringify(resolvedV1),
  "App.xcworkspace/xcshareddata/swiftpm/Package.resolved": JSON.stringify(resolvedV2),
  "App.xcodeproj/project.pbxproj": pbx,
  "App.xcodeproj/project.xcworkspace/xcshareddata/swiftpm/Package.resolved": JSON.stringify(resolvedV2),
  "Other/Package.resolved": JSON.stringify(resolvedV2),
  "Cartfile": cartfile, "Cartfile.resolved": cartResolved,
  "lib/Cartfile": 'github "Quick/Nimble" ~> 13.0\n',
};

const pubspec = `name: shop
environment:
  sdk: ">=3.2.0 <4.0.0"
  flutter: ">=3.16.0"
dependencies:
  flutter:
    sdk: flutter
  flutter_localizations:
    sdk: flutter
  http: ^1.1.0
  dio:
    version: ^5.4.0
    hosted: https://pub.dev
  core:
    path: ../core
  shared:
    git: https://github.com/acme/shared.git
  intl: any
  provider:
dev_dependencies:
  flutter_test:
    sdk: flutter
  mocktail: 1.0.1
  integration_test:
    sdk: dart
`;
const lock = `packages:
  http:
    dependency: "direct main"
    version: "1.2.0"
  dio:
    version: "5.4.1"
  flutter:
    dependency: "direct main"
    version: "0.0.0"
  mocktail:
    version: "1.0.3"
sdks:
  dart: ">=3.2.0 <4.0.0"
`;
const member = `name: app_a
resolution: workspace
environment:
  sdk: ^3.6.0
dependencies:
  http: ^1.1.0
`;

const pubTree: Record<string, string> = {
  "app/pubspec.yaml": pubspec, "app/pubspec.lock": lock,
  "pubspec.yaml": "name: ws\nenvironment:\n  sdk: ^3.6.0\nworkspace: [packages/app_a]\n", "pubspec.lock": lock,
  "packages/app_a/pubspec.yaml": member,
  "packages/loose/pubspec.yaml": "name: loose\ndependencies:\n  http: ^0.13.0\n",
  "packages/broken/pubspec.yaml": "just a string\n",
};

describe("the mobile reader", () => {
  it("CocoaPods, Swift Package Manager, Xcode projects and Carthage: each dependency at the release its lockfile pins", async () => {
    const { findings, warnings } = await detectorFindings(mobileDetector, mobileTree);
    expect(warnings).toEqual([]);
    expect(byFile(findings)).toEqual({
      "App.xcodeproj/project.pbxproj": [
        "apple-platform:ios ->15.0",
        "swiftpm:alamofire 5.8.0 ->5.8.1 (App.xcodeproj/project.xcworkspace/xcshareddata/swiftpm/Package.resolved) direct",
        "swiftpm:kingfisher 7.10.0 ->7.10.0 (App.xcodeproj/project.xcworkspace/xcshareddata/swiftpm/Package.resolved) direct"
      ],
      "App.xcodeproj/project.xcworkspace/xcshareddata/swiftpm/Package.resolved": [
        "swiftpm:alamofire ->5.8.1 direct",
        "swiftpm:kingfisher ->7.10.0 direct"
      ],
      "App.xcworkspace/xcshareddata/swiftpm/Package.resolved": [
        "swiftpm:alamofire ->5.8.1 direct",
        "swiftpm:kingfisher ->7.10.0 direct"
      ],
      "Cartfile": [
        "carthage:Alamofire@1 5.8 ->5.8.1 (Cartfile.resolved) direct",
        "carthage:RxSwift@2 6.6.0 ->6.6.0 (Cartfile.resolved) direct",
        "carthage:Kit@3 2.0.1 ->2.0.1 direct",
        "carthage:Framework@4 1.0 ->1.0 direct",
        "carthage:Nimble@5 ->13.0.0 (Cartfile.resolved) direct"
      ],
      "Clickstream.podspec": [
        "cocoapods:SwiftProtobuf@5 ~> 1.25 ->1.25 direct",
        "cocoapods:ReachabilitySwift@6 direct",
        "cocoapods:Alamofire@9 5.8.0 ->5.8.1 (Podfile.lock) direct"
      ],
      "ios/Podfile": [
        "format:cocoapods-lockfile ->1.15.2 (ios/Podfile.lock)",
        "cocoapods:Alamofire@5 ~> 5.8 ->5.8.1 (ios/Podfile.lock) direct",
        "cocoapods-subspec:Firebase/Analytics@6 ->10.18.0 (ios/Podfile.lock)",
        "cocoapods:Firebase@6 ->10.18.0 (ios/Podfile.lock) direct",
        "cocoapods:SnapKit@7 5.6.0 ->5.6.0 (ios/Podfile.lock) direct",
        "cocoapods:Quick@13 >= 7.0 ->7.3.0 (ios/Podfile.lock) direct"
      ],
      "Kit/Package.swift": [
        "apple-platform:swift ->5.9",
        "swiftpm:swift-log@6 1.5.3 ->1.5.4 (Kit/Package.resolved) direct",
        "swiftpm:nuke@7 12.0.0 ->12.2.0 (Kit/Package.resolved) direct",
        "swiftpm:swift-snapshot-testing@8 1.15.1 ->1.15.1 direct",
        "swiftpm:swiftlint@9 0.54.0 ->0.54.0 direct",
        "swiftpm:vapor@10 4.0.0 ->4.0.0 direct",
        "swiftpm:swift-nio@11 direct"
      ],
      "lib/Cartfile": [
        "carthage:Nimble@1 13.0 ->13.0 direct"
      ]
    });
  });

  it("Flutter and Dart: pub packages at their locked release, SDK packages left out, a workspace member resolved at the root", async () => {
    const { findings, warnings } = await detectorFindings(mobileDetector, pubTree);
    expect(warnings).toEqual([]);
    expect(byFile(findings)).toEqual({
      // (in line order: each package at its own key's line, the Dart SDK at environment's sdk)
      "app/pubspec.yaml": [
        "pub-sdk:flutter",
        "pub-sdk:flutter",
        "pub-sdk:flutter",
        "pub-sdk:dart@3 >=3.2.0 <4.0.0 ->3.2.0",
        "pub:flutter@6 ->0.0.0 (app/pubspec.lock) direct",
        "pub:http@10 ^1.1.0 ->1.2.0 (app/pubspec.lock) direct",
        "pub:dio@11 ^5.4.0 ->5.4.1 (app/pubspec.lock) direct",
        "pub:shared@16 direct",
        "pub:intl@18 any direct",
        "pub:provider@19 direct",
        "pub:mocktail@23 1.0.1 ->1.0.3 (app/pubspec.lock) direct dev"
      ],
      "packages/app_a/pubspec.yaml": [
        "pub-sdk:dart@4 ^3.6.0 ->3.6.0",
        "pub:http@6 ^1.1.0 ->1.2.0 (pubspec.lock) direct"
      ],
      "packages/loose/pubspec.yaml": [
        "pub-sdk:dart",
        "pub:http@3 ^0.13.0 ->0.13.0 direct"
      ],
      "pubspec.yaml": [
        "pub-sdk:dart@3 ^3.6.0 ->3.6.0"
      ]
    });
  });
});

describe("the mobile reader, line by line", () => {
  it("Carthage: a branch or commit pinned by its hash gives no release", async () => {
    // Cartfile.resolved writes a branch requirement as the commit it resolved to; a Cartfile may
    // pin a commit itself. Either hash may start with a digit, and neither is a release.
    const cartfile = 'github "ReactiveCocoa/ReactiveSwift" "master"\ngithub "onevcat/Kingfisher" "7b8f0a3"\ngithub "Alamofire/Alamofire" ~> 5.8\n';
    const resolved = 'github "Alamofire/Alamofire" "5.8.1"\ngithub "ReactiveCocoa/ReactiveSwift" "4f1a9b2c7d3e5f60718293a4b5c6d7e8f9012345"\ngithub "onevcat/Kingfisher" "7b8f0a3e1c2d4b5a69788796a5b4c3d2e1f00f1e"\n';
    const { findings } = await detectorFindings(mobileDetector, { Cartfile: cartfile, "Cartfile.resolved": resolved });
    expect(byFile(findings)).toEqual({
      Cartfile: [
        "carthage:ReactiveSwift@1 direct",
        "carthage:Kingfisher@2 direct",
        "carthage:Alamofire@3 5.8 ->5.8.1 (Cartfile.resolved) direct",
      ],
    });
  });
});

describe("the mobile reader: an Xcode project opened through a workspace", () => {
  it("takes its packages' pins from the workspace beside it (a CocoaPods app's App.xcworkspace), the one named like the project first", async () => {
    // Xcode keeps Package.resolved in the workspace the project is opened through: for a CocoaPods
    // app that is Weather.xcworkspace, not the project's own project.xcworkspace.
    const pbx = [
      "/* Begin XCRemoteSwiftPackageReference section */",
      '\t\tC1 /* XCRemoteSwiftPackageReference "Alamofire" */ = {',
      "\t\t\tisa = XCRemoteSwiftPackageReference;",
      '\t\t\trepositoryURL = "https://github.com/Alamofire/Alamofire.git";',
      "\t\t\trequirement = {",
      "\t\t\t\tkind = upToNextMajorVersion;",
      "\t\t\t\tminimumVersion = 5.8.0;",
      "\t\t\t};",
      "\t\t};",
      "/* End XCRemoteSwiftPackageReference section */",
    ].join("\n");
    const pins = (version: string) => JSON.stringify({
      pins: [{ identity: "alamofire", kind: "remoteSourceControl", location: "https://github.com/Alamofire/Alamofire.git", state: { revision: "3dc6a42c7727c49bf26508e29b0a0b35f9c7e1ad", version } }],
      version: 3,
    });
    const { findings } = await detectorFindings(mobileDetector, {
      "ios/Weather.xcodeproj/project.pbxproj": pbx,
      "ios/Weather.xcworkspace/xcshareddata/swiftpm/Package.resolved": pins("5.8.1"),
      "ios/Another.xcworkspace/xcshareddata/swiftpm/Package.resolved": pins("5.9.0"),
      // A workspace in another folder is not this project's.
      "Weather.xcworkspace/xcshareddata/swiftpm/Package.resolved": pins("5.9.1"),
    });
    expect(byFile(findings)["ios/Weather.xcodeproj/project.pbxproj"]).toEqual([
      "swiftpm:alamofire 5.8.0 ->5.8.1 (ios/Weather.xcworkspace/xcshareddata/swiftpm/Package.resolved) direct",
    ]);
    const other = await detectorFindings(mobileDetector, {
      "ios/Weather.xcodeproj/project.pbxproj": pbx,
      "ios/Another.xcworkspace/xcshareddata/swiftpm/Package.resolved": pins("5.9.0"),
    });
    expect(byFile(other.findings)["ios/Weather.xcodeproj/project.pbxproj"]).toEqual([
      "swiftpm:alamofire 5.8.0 ->5.9.0 (ios/Another.xcworkspace/xcshareddata/swiftpm/Package.resolved) direct",
    ]);
  });
});

describe("the mobile reader: CocoaPods as Podfiles are written", () => {
  it("commented lines, a platform inside a target, `,'x'` without a space, `:path=>` and nested lock entries", async () => {
    // `pod init`'s template: the commented default platform stays a comment; this app sets its own in the target.
    const podfile = [
      "# Uncomment the next line to define a global platform for your project",
      "# platform :ios, '9.0'",
      "",
      "target 'Notes' do",
      "  platform :ios,'14.0'",
      "  use_frameworks!",
      "  pod 'FirebaseAnalytics','~> 10.18'",
      "  pod 'Charts', :path=>'../vendor/Charts'",
      "  # pod 'Realm', '~> 10.0'",
      "end",
    ].join("\n");
    // The lockfile lists FirebaseAnalytics as a requirement of Firebase/Analytics before its own entry.
    const lock = [
      "PODS:",
      "  - Firebase/Analytics (10.18.0):",
      "    - Firebase/Core",
      "    - FirebaseAnalytics (~> 10.18.0)",
      "  - Firebase/Core (10.18.0)",
      "  - FirebaseAnalytics (10.18.0):",
      "    - FirebaseCore (~> 10.0)",
      "  - FirebaseCore (10.18.0)",
      "",
      "DEPENDENCIES:",
      "  - FirebaseAnalytics (~> 10.18)",
      "",
      "COCOAPODS: 1.14.3",
    ].join("\n"); // no newline at the end
    const { findings, warnings } = await detectorFindings(mobileDetector, { "ios/Podfile": podfile, "ios/Podfile.lock": lock });
    expect(warnings).toEqual([]);
    expect(byFile(findings)).toEqual({
      "ios/Podfile": [
        "format:cocoapods-lockfile ->1.14.3 (ios/Podfile.lock)",
        "cocoapods:FirebaseAnalytics@7 ~> 10.18 ->10.18.0 (ios/Podfile.lock) direct",
      ],
    });
  });

  it("without a lockfile no CocoaPods release is reported, and a requirement gives its lowest release", async () => {
    const { findings } = await detectorFindings(mobileDetector, { Podfile: "platform :ios, '15.0'\ntarget 'App' do\n  pod 'Kingfisher', '~> 7.10'\nend\n" });
    expect(byFile(findings)).toEqual({ Podfile: ["cocoapods:Kingfisher@3 ~> 7.10 ->7.10 direct"] });
  });

  it("a Podfile's `platform :ios` names no iOS (the site names none from it: 2 of 2 repositories, 2 owners)", async () => {
    const { findings } = await detectorFindings(mobileDetector, { Podfile: "platform :ios, '10.0'\ntarget 'App' do\n  use_frameworks!\n  pod 'ReactiveCocoa'\nend\n" });
    expect(findings.map((f) => f.ref)).toEqual(["cocoapods:ReactiveCocoa"]);
  });

  it("a podspec whose name is computed (React Native's `package['name']`) falls back to its file name; commented and `,'x'` dependencies", async () => {
    const podspec = [
      'require "json"',
      'package = JSON.parse(File.read(File.join(__dir__, "package.json")))',
      "",
      "Pod::Spec.new do |s|",
      "  s.name         = package['name']",
      "  s.version      = package['version']",
      "  s.platforms    = { :ios => '13.4' }",
      "  s.dependency 'React-Core'",
      "  s.dependency 'Firebase/Messaging','10.18.0'",
      "  # s.dependency 'GoogleMaps', '7.4.0'",
      "  s.subspec 'Maps' do |ss|",
      "    ss.dependency 'RNMapsKit/Base'",
      "  end",
      "end",
    ].join("\n");
    const lock = "PODS:\n  - Firebase/Messaging (10.18.0):\n    - Firebase/CoreOnly\n  - React-Core (0.73.2)\n\nCOCOAPODS: 1.14.3\n";
    const { findings } = await detectorFindings(mobileDetector, { "RNMapsKit.podspec": podspec, "Podfile.lock": lock });
    expect(byFile(findings)).toEqual({
      "RNMapsKit.podspec": [
        "cocoapods:React-Core@8 ->0.73.2 (Podfile.lock) direct",
        "cocoapods-subspec:Firebase/Messaging@9 ->10.18.0 (Podfile.lock)",
        "cocoapods:Firebase@9 10.18.0 ->10.18.0 (Podfile.lock) direct",
      ],
    });
  });
});

describe("CocoaPods: a Flutter plugin's podspecs", () => {
  it("`s.dependency 'Flutter'` and `'FlutterMacOS'` are the engine the Flutter SDK supplies from a folder, no registry package; the plugin's other pods are", async () => {
    const ios = ["Pod::Spec.new do |s|", "  s.name = 'battery_saver'", "  s.version = '0.0.1'", "  s.dependency 'Flutter'", "  s.dependency 'GoogleMaps', '~> 8.4'", "  s.platform = :ios, '12.0'", "end"].join("\n");
    const macos = ["Pod::Spec.new do |s|", "  s.name = 'battery_saver'", "  s.dependency 'FlutterMacOS'", "  s.platform = :osx, '10.14'", "end"].join("\n");
    const { findings, warnings } = await detectorFindings(mobileDetector, { "ios/battery_saver.podspec": ios, "macos/battery_saver.podspec": macos });
    expect(warnings).toEqual([]);
    expect(byFile(findings)).toEqual({ "ios/battery_saver.podspec": ["cocoapods:GoogleMaps@5 ~> 8.4 ->8.4 direct"] });
  });
});

describe("CocoaPods: an umbrella pod's subspecs", () => {
  it("pod 'Firebase/Crashlytics' names Crashlytics beside Firebase, as the FirebaseCrashlytics pod does; the package stays Firebase", async () => {
    const podfile = "platform :ios, '15.0'\ntarget 'Shop' do\n  pod 'Firebase/Analytics'\n  pod 'Firebase/Crashlytics'\n  pod 'Firebase/Messaging'\nend\n";
    const lock = "PODS:\n  - Firebase/Analytics (10.18.0):\n    - Firebase/Core\n  - Firebase/Crashlytics (10.18.0):\n    - FirebaseCrashlytics (~> 10.18.0)\n  - Firebase/Messaging (10.18.0):\n    - FirebaseMessaging (~> 10.18.0)\n\nDEPENDENCIES:\n  - Firebase/Analytics\n\nCOCOAPODS: 1.14.3\n";
    const { document } = await scan(new MemorySource({ "ios/Podfile": podfile, "ios/Podfile.lock": lock }), { git: false });
    const names = document.tools.map((t) => t.name);
    expect(names).toEqual(expect.arrayContaining(["Firebase", "Crashlytics", "Firebase Cloud Messaging"]));
    expect(document.tools.find((t) => t.name === "Crashlytics")?.detection_source).toBe("ios/Podfile");
    expect(document.tools.filter((t) => t.package_url).map((t) => `${t.name} ${t.version}`)).toEqual(["Firebase 10.18.0"]);
  });
});

describe("the mobile reader: Swift packages as Package.swift and Xcode write them", () => {
  it("a Package.swift formatted one argument a line, with spaces around a range, a URL ending in a slash, and one without a tools line", async () => {
    const manifest = `// swift-tools-version: 5.9
import PackageDescription

let package = Package(
    name: "Server",
    dependencies: [
        .package(
            url: "https://github.com/apple/swift-argument-parser",
            from: "1.3.0"
        ),
        .package(
            name: "Nuke",
            url: "https://github.com/kean/Nuke",
            .upToNextMajor(from: "12.0.0")
        ),
        .package(url: "https://github.com/vapor/vapor.git", "4.89.0" ..< "5.0.0"),
        .package(url: "https://github.com/apple/swift-log/", from: "1.5.0"),
    ]
)
`;
    const { findings } = await detectorFindings(mobileDetector, { "Package.swift": manifest, "Legacy/Package.swift": 'let package = Package(name: "Legacy")\n' });
    expect(byFile(findings)).toEqual({
      "Legacy/Package.swift": ["apple-platform:swift"],
      "Package.swift": [
        "apple-platform:swift ->5.9",
        "swiftpm:swift-argument-parser@7 1.3.0 ->1.3.0 direct",
        "swiftpm:nuke@11 12.0.0 ->12.0.0 direct",
        "swiftpm:vapor@16 4.89.0 ->4.89.0 direct",
        "swiftpm:swift-log@17 1.5.0 ->1.5.0 direct",
      ],
    });
  });

  it("an Xcode project: a package followed by branch, an iOS SDK without a deployment target, a workspace pin on a branch", async () => {
    const pbx = `// !$*UTF8*$!
{
	objects = {
		A1 /* XCRemoteSwiftPackageReference "swift-composable-architecture" */ = {
			isa = XCRemoteSwiftPackageReference;
			repositoryURL = "https://github.com/pointfreeco/swift-composable-architecture";
			requirement = {
				branch = main;
				kind = branch;
			};
		};
		B2 = {
			isa = XCBuildConfiguration;
			buildSettings = {
				SDKROOT = iphoneos;
			};
		};
	};
}
`;
    const resolved = { pins: [{ identity: "swift-composable-architecture", kind: "remoteSourceControl", location: "https://github.com/pointfreeco/swift-composable-architecture", state: { branch: "main", revision: "5d3f0a4" } }, { identity: "swift-case-paths", state: { revision: "9a1b", version: "1.2.2" } }], version: 2 };
    const { findings } = await detectorFindings(mobileDetector, {
      "Notes.xcodeproj/project.pbxproj": pbx,
      "Notes.xcworkspace/xcshareddata/swiftpm/Package.resolved": JSON.stringify(resolved),
    });
    expect(byFile(findings)).toEqual({
      "Notes.xcodeproj/project.pbxproj": ["apple-platform:ios", "swiftpm:swift-composable-architecture direct"],
      "Notes.xcworkspace/xcshareddata/swiftpm/Package.resolved": ["swiftpm:swift-case-paths ->1.2.2 transitive"],
    });
  });
});

describe("the mobile reader: pubspec.yaml", () => {
  it("SDK packages: only the Flutter SDK's show Flutter; flutter only under dev_dependencies is no package; a lockfile without packages", async () => {
    const app = "name: app\nenvironment:\n  sdk: ^3.3.0\ndependencies:\n  flutter:\n    sdk: flutter\n  flutter_localizations:\n    sdk: flutter\n  intl: ^0.19.0\n";
    const plugin = "name: plugin_tools\nenvironment:\n  sdk: ^3.3.0\ndependencies:\n  path: ^1.9.0\ndev_dependencies:\n  flutter:\n    sdk: flutter\n";
    const { findings } = await detectorFindings(mobileDetector, {
      "app/pubspec.yaml": app,
      "app/pubspec.lock": 'sdks:\n  dart: ">=3.3.0 <4.0.0"\n',
      "tools/pubspec.yaml": plugin,
    });
    expect(byFile(findings)).toEqual({
      "app/pubspec.yaml": ["pub-sdk:flutter", "pub-sdk:flutter", "pub-sdk:dart@3 ^3.3.0 ->3.3.0", "pub:flutter@5 direct", "pub:intl@9 ^0.19.0 ->0.19.0 direct"],
      "tools/pubspec.yaml": ["pub-sdk:flutter", "pub-sdk:dart@3 ^3.3.0 ->3.3.0", "pub:path@5 ^1.9.0 ->1.9.0 direct"],
    });
  });
});

describe("the mobile reader: Cartfiles as written", () => {
  it("aligned columns, `~>5.8` without a space, a commented line, a trailing slash", async () => {
    const cartfile = [
      'github "ReactiveX/RxSwift"        ~> 6.6',
      'git    "https://gitlab.com/acme/kit/" == 2.1.0',
      'github "Alamofire/Alamofire" ~>5.8',
      '#github "SnapKit/SnapKit" ~> 5.0',
    ].join("\n");
    const { findings } = await detectorFindings(mobileDetector, { Cartfile: cartfile });
    expect(byFile(findings)).toEqual({
      Cartfile: ["carthage:RxSwift@1 6.6 ->6.6 direct", "carthage:kit@2 2.1.0 ->2.1.0 direct", "carthage:Alamofire@3 5.8 ->5.8 direct"],
    });
  });
});
