import { describe, expect, it } from "vitest";
import { scan } from "../src/index.js";
import { readCartfile, readResolved, readXcodePackages } from "../detectors/mobile/index.js";
import { MemorySource } from "../src/index.js";
import { fixture, tool } from "./helpers.js";

describe("mobile", () => {
  it("a Flutter app with pubspec.lock", async () => {
    const { document } = await scan(fixture("flutter-app"), { git: false });
    expect(tool(document.tools, "Flutter")).toBeDefined();
    // Dart is the .dart sources' language, which this fixture (manifests only) lacks: the SDK range
    // in pubspec.yaml names none (pub-sdk in mobile.yml).
    expect(tool(document.tools, "Dart")).toBeUndefined();
    // firebase_core is a package entry only (the site names no Firebase from FlutterFire's plugins);
    // 2.24.2 is the plugin's release, kept on that entry.
    expect(tool(document.tools, "Firebase")).toBeUndefined();
    expect(document.tools.find((t) => t.package_url === "https://pub.dartlang.org/firebase_core")?.version).toBe("2.24.2");
    expect(document.tools.find((t) => t.package_url === "https://pub.dartlang.org/http")?.version).toBe("1.2.0");
    // The framework's own entry carries the release the lockfile writes for SDK packages.
    expect(document.tools.find((t) => t.package_url === "https://pub.dartlang.org/flutter")?.version).toBe("0.0.0");
  });

  it("SDK dependencies of a pubspec (flutter_localizations) are the Flutter SDK's, not pub.dev packages; flutter itself is listed as the site lists it", async () => {
    const pubspec = "name: reader\nenvironment:\n  sdk: '>=3.10.0 <4.0.0'\ndependencies:\n  flutter:\n    sdk: flutter\n  flutter_localizations:\n    sdk: flutter\n  go_router: ^17.3.0\ndev_dependencies:\n  flutter_test:\n    sdk: flutter\n  integration_test:\n    sdk: flutter\n";
    const lock = 'packages:\n  flutter_localizations:\n    dependency: "direct main"\n    description: flutter\n    source: sdk\n    version: "0.0.0"\n  go_router:\n    dependency: "direct main"\n    description:\n      name: go_router\n      url: "https://pub.dev"\n    source: hosted\n    version: "17.3.0"\nsdks:\n  dart: ">=3.11.0 <4.0.0"\n';
    const { document } = await scan(new MemorySource({ "pubspec.yaml": pubspec, "pubspec.lock": lock }), { git: false });
    const packages = document.tools.filter((t) => t.package_url).map((t) => t.name);
    expect(packages).toEqual(["flutter", "go_router"]);
    expect(tool(document.tools, "Flutter")).toBeDefined();
    const flutter = document.tools.find((t) => t.package_url === "https://pub.dartlang.org/flutter");
    expect(flutter).toMatchObject({ category: "Build, Test, Deploy", sub_category: "Package Managers" });
    // No lock entry for it here: no version (the lockfile would give its 0.0.0).
    expect(flutter?.version).toBeUndefined();
  });

  it("a Dart package without the Flutter SDK (a server or a CLI) is Dart, not Flutter", async () => {
    const pubspec = "name: hello_workers\nenvironment:\n  sdk: \">=2.13.0 <3.0.0\"\ndependencies:\n  js: 0.6.3\n  shelf: ^1.4.0\n";
    // Corpus Wladoo/workers-sdk's worker-dart template: the site's Dart is its index.dart's language
    // (Repo Metadata), with no release from the SDK range.
    const { document } = await scan(new MemorySource({ "pubspec.yaml": pubspec, "index.dart": "void main() {}\n" }), { git: false });
    expect(tool(document.tools, "Dart")).toMatchObject({ detection_source: "Repo Metadata" });
    expect(tool(document.tools, "Dart")?.version).toBeUndefined();
    expect(tool(document.tools, "Flutter")).toBeUndefined();
  });

  it("a pod library's podspec names the pods it depends on, at the releases the Podfile.lock beside it resolved", async () => {
    const podspec = [
      "Pod::Spec.new do |s|",
      '  s.name             = "Clickstream"',
      '  s.version          = "2.0.90"',
      "  s.ios.deployment_target = '11.0'",
      '  s.dependency    "SwiftProtobuf"',
      "  s.dependency    \"ReachabilitySwift\", '>= 5.0.0'",
      '  s.dependency    "GRDB.swift", "~> 6.7.0"',
      "  s.ios.dependency 'Firebase/Analytics', '~> 10.0'",
      "  s.subspec 'Tracker' do |tracker|",
      "    tracker.dependency 'Clickstream/Core'",
      "  end",
      "end",
    ].join("\n");
    const lock = "PODS:\n  - GRDB.swift (6.14.0):\n    - GRDB.swift/standard (= 6.14.0)\n  - ReachabilitySwift (5.0.0)\n  - SwiftProtobuf (1.21.0)\n\nDEPENDENCIES:\n  - Clickstream (from `.`)\n\nCOCOAPODS: 1.12.1\n";
    const { document } = await scan(new MemorySource({ "Clickstream.podspec": podspec, "Podfile.lock": lock }), { git: false });
    const pods = Object.fromEntries(document.tools.filter((t) => t.package_url?.startsWith("https://cocoapods.org/")).map((t) => [t.name, t.version]));
    expect(pods).toEqual({ "GRDB.swift": "6.14.0", ReachabilitySwift: "5.0.0", SwiftProtobuf: "1.21.0", Firebase: "10.0" });
    expect(tool(document.tools, "CocoaPods")).toBeDefined();
    // A Podfile beside the podspec (the example host's) takes the same lockfile's releases.
    const podfile = "platform :ios, '13.0'\ntarget 'Example' do\n  pod 'SwiftProtobuf', '~> 1.20'\nend\n";
    const both = (await scan(new MemorySource({ "Clickstream.podspec": podspec, Podfile: podfile, "Podfile.lock": lock }), { git: false })).document;
    expect(both.tools.find((t) => t.name === "SwiftProtobuf")?.version).toBe("1.21.0");
    expect(tool(both.tools, "CocoaPods")?.version).toBe("1.12.1");
  });

  it("pods a podspec declares name their tools (React Native's boost and Yoga, Amplitude's SDK); a Podfile.lock's transitive pods do not", async () => {
    const cxxreact = [
      "Pod::Spec.new do |s|",
      '  s.name                   = "React-cxxreact"',
      "  s.version                = version",
      '  s.dependency "boost", "1.76.0"',
      '  s.dependency "DoubleConversion"',
      '  s.dependency "RCT-Folly", folly_version',
      '  s.dependency "glog"',
      "end",
    ].join("\n");
    const core = 'Pod::Spec.new do |s|\n  s.name = "React-Core"\n  s.dependency "Yoga"\n  s.dependency "RCTRequired", version\nend\n';
    const kit = "Pod::Spec.new do |s|\n  s.name = 'ExpoKit'\n  s.subspec 'Core' do |ss|\n    ss.dependency 'Amplitude-iOS', '~> 4.7.1'\n    ss.dependency 'CocoaLumberjack', '~> 3.5.3'\n  end\nend\n";
    const { document } = await scan(new MemorySource({ "ReactCommon/cxxreact/React-cxxreact.podspec": cxxreact, "React-Core.podspec": core, "ios/ExpoKit.podspec": kit }), { git: false });
    expect(tool(document.tools, "Boost")).toMatchObject({ category: "Languages & Frameworks", sub_category: "Languages", detection_source: "ReactCommon/cxxreact/React-cxxreact.podspec" });
    expect(tool(document.tools, "Yoga")).toMatchObject({ detection_source: "React-Core.podspec" });
    expect(tool(document.tools, "Amplitude")).toMatchObject({ detection_source: "ios/ExpoKit.podspec" });
    expect(tool(document.tools, "CocoaLumberjack")).toBeDefined();
    // An app's lockfile lists boost and Yoga as what React Native's pods pull in: no tool of the app's own.
    const podfile = "platform :ios, '13.4'\ntarget 'App' do\n  config = use_native_modules!\n  use_react_native!(:path => config[:reactNativePath])\nend\n";
    const lock = "PODS:\n  - boost (1.76.0)\n  - React-cxxreact (0.71.6):\n    - boost (= 1.76.0)\n  - Yoga (1.14.0)\n\nDEPENDENCIES:\n  - boost (from `../node_modules/react-native/third-party-podspecs/boost.podspec`)\n  - Yoga (from `../node_modules/react-native/ReactCommon/yoga`)\n\nCOCOAPODS: 1.11.3\n";
    const app = await scan(new MemorySource({ "ios/Podfile": podfile, "ios/Podfile.lock": lock }), { git: false });
    expect(tool(app.document.tools, "Boost")).toBeUndefined();
    expect(tool(app.document.tools, "Yoga")).toBeUndefined();
    expect(tool(app.document.tools, "CocoaPods")?.version).toBe("1.11.3");
  });

  it("the google_fonts pub package is a package entry, naming no Google Fonts (as the site lists it)", async () => {
    const app = "name: planner\nenvironment:\n  sdk: '>=3.3.1 <4.0.0'\ndependencies:\n  flutter:\n    sdk: flutter\n  google_fonts: ^6.2.1\n  dio: ^5.4.1\n";
    const lock = 'packages:\n  google_fonts:\n    dependency: "direct main"\n    description:\n      name: google_fonts\n      url: "https://pub.dev"\n    source: hosted\n    version: "6.2.1"\n';
    const { document } = await scan(new MemorySource({ "pubspec.yaml": app, "pubspec.lock": lock }), { git: false });
    expect(tool(document.tools, "Google Fonts")).toBeUndefined();
    expect(document.tools.find((t) => t.package_url === "https://pub.dartlang.org/google_fonts")?.version).toBe("6.2.1");
    expect(tool(document.tools, "Flutter")).toBeDefined();
  });

  it("the codemirror pub package names CodeMirror without the wrapper's numbering", async () => {
    const app = "name: pad\ndependencies:\n  codemirror: ^0.7.11\n";
    const lock = 'packages:\n  codemirror:\n    dependency: "direct main"\n    description:\n      name: codemirror\n      url: "https://pub.dev"\n    source: hosted\n    version: "0.7.11"\n';
    const { document } = await scan(new MemorySource({ "pkgs/pad/pubspec.yaml": app, "pkgs/pad/pubspec.lock": lock }), { git: false });
    expect(tool(document.tools, "CodeMirror")).toMatchObject({ detection_source: "pkgs/pad/pubspec.yaml" });
    expect(tool(document.tools, "CodeMirror")?.version).toBeUndefined();
    expect(document.tools.find((t) => t.package_url === "https://pub.dartlang.org/codemirror")?.version).toBe("0.7.11");
    expect(tool(document.tools, "Flutter")).toBeUndefined();
  });

  it("CocoaPods takes the release that wrote Podfile.lock; local pods are not packages", async () => {
    const podfile = "platform :ios, '9.0'\n\ntarget 'Graygram' do\n  use_frameworks!\n  pod 'Alamofire', '~> 4.3'\n  pod 'SnapKit', '~> 3.2'\n  pod 'shared', :path => '../shared'\nend\n";
    const lock = "PODS:\n  - Alamofire (4.3.0)\n  - shared (1.0)\n  - SnapKit (3.2.0)\n\nDEPENDENCIES:\n  - Alamofire (~> 4.3)\n  - SnapKit (~> 3.2)\n\nPODFILE CHECKSUM: 0c36e31e71bb1c6bd501365d79eb5bc3e56d024d\n\nCOCOAPODS: 1.2.0\n";
    const { document } = await scan(new MemorySource({ Podfile: podfile, "Podfile.lock": lock }), { git: false });
    expect(tool(document.tools, "CocoaPods")).toMatchObject({ version: "1.2.0", detection_source: "Podfile" });
    expect(document.tools.find((t) => t.package_url?.endsWith("/SnapKit"))?.version).toBe("3.2.0");
    // A pod from a folder of the repository (a Kotlin Multiplatform module here) is no registry package.
    expect(document.tools.filter((t) => t.package_url).map((t) => t.name)).toEqual(["Alamofire", "SnapKit"]);
  });

  it("without a lockfile, a requirement gives its lowest release; an upper bound alone gives none", async () => {
    const pubspec = "name: app\nenvironment:\n  sdk: '<4.0.0'\ndependencies:\n  http: ^1.2.0\n  intl: '>=0.18.0 <0.20.0'\n  path: '<2.0.0'\n  collection: any\n";
    const podfile = "platform :ios, '13.0'\npod 'Alamofire', '~> 5.8'\npod 'SnapKit', '< 6.0'\npod 'Kingfisher', '7.10.1'\n";
    const { document } = await scan(new MemorySource({ "pubspec.yaml": pubspec, "ios/Podfile": podfile }), { git: false });
    const version = (url: string) => document.tools.find((t) => t.package_url?.endsWith(url))?.version ?? "none";
    expect([version("/http"), version("/intl"), version("/path"), version("/collection")]).toEqual(["1.2.0", "0.18.0", "none", "none"]);
    expect([version("/Alamofire"), version("/SnapKit"), version("/Kingfisher")]).toEqual(["5.8", "none", "7.10.1"]);
  });

  it("an iOS app with CocoaPods and SwiftPM", async () => {
    const { document } = await scan(fixture("ios-app"), { git: false });
    expect(tool(document.tools, "Alamofire")?.version).toBe("5.8.1");
    expect(tool(document.tools, "CocoaPods")).toBeDefined();
    expect(tool(document.tools, "Swift Package Manager")).toBeDefined();
    expect(tool(document.tools, "Realm")?.version).toBe("10.45.3");
    expect(tool(document.tools, "Sentry")?.version).toBe("8.17.2");
    // Its Podfile's `platform :ios` names no iOS (the site names none from one).
    expect(tool(document.tools, "iOS")).toBeUndefined();
    // The app's own pod library: its dependency the Podfile.lock does not hold keeps its requirement's floor.
    expect(document.tools.find((t) => t.package_url?.endsWith("/KeychainAccess"))).toMatchObject({ version: "4.2", detection_source: "NotesKit.podspec" });
  });

  it("an Xcode project's Swift packages come from the Package.resolved inside the project", async () => {
    const { document } = await scan(fixture("ios-app"), { git: false });
    // lottie-spm follows a branch in the project file and is pinned only there (the site lists no
    // Swift package entries, so only tools show).
    expect(tool(document.tools, "Lottie")).toMatchObject({
      version: "4.4.0",
      detection_source: "Notes.xcodeproj/project.pbxproj",
    });
    expect(tool(document.tools, "Xcode")).toBeDefined();
  });

  it("an Xcode project without a committed Package.resolved: packages and the iOS target from project.pbxproj", async () => {
    const pbxproj = [
      "// !$*UTF8*$!",
      "{",
      "\tobjects = {",
      "\t\tA1 /* Debug */ = {",
      "\t\t\tisa = XCBuildConfiguration;",
      "\t\t\tbuildSettings = {",
      "\t\t\t\tIPHONEOS_DEPLOYMENT_TARGET = 16.0;",
      "\t\t\t\tSDKROOT = iphoneos;",
      "\t\t\t};",
      "\t\t};",
      '\t\tB2 /* XCRemoteSwiftPackageReference "Alamofire" */ = {',
      "\t\t\tisa = XCRemoteSwiftPackageReference;",
      '\t\t\trepositoryURL = "https://github.com/Alamofire/Alamofire.git";',
      "\t\t\trequirement = {",
      "\t\t\t\tkind = upToNextMajorVersion;",
      "\t\t\t\tminimumVersion = 5.9.1;",
      "\t\t\t};",
      "\t\t};",
      '\t\tC3 /* XCRemoteSwiftPackageReference "sentry-cocoa" */ = {',
      "\t\t\tisa = XCRemoteSwiftPackageReference;",
      '\t\t\trepositoryURL = "https://github.com/getsentry/sentry-cocoa";',
      "\t\t\trequirement = {",
      "\t\t\t\tkind = exactVersion;",
      "\t\t\t\tversion = 8.36.0;",
      "\t\t\t};",
      "\t\t};",
      "\t};",
      "}",
    ].join("\n");
    expect(readXcodePackages(pbxproj)).toEqual(
      new Map([
        ["https://github.com/Alamofire/Alamofire.git", "5.9.1"],
        ["https://github.com/getsentry/sentry-cocoa", "8.36.0"],
      ]),
    );
    const { document } = await scan(new MemorySource({ "Shop.xcodeproj/project.pbxproj": pbxproj, "Shop/App.swift": "" }), { git: false });
    expect(tool(document.tools, "Alamofire")).toMatchObject({ version: "5.9.1", detection_source: "Shop.xcodeproj/project.pbxproj" });
    expect(tool(document.tools, "Sentry")?.version).toBe("8.36.0");
    // Its iOS deployment target names no iOS (xcode-deployment-target-no-ios.test.ts).
    expect(tool(document.tools, "iOS")).toBeUndefined();
  });

  // Drivers and plugins named apart from their tool (sqlite3_flutter_libs, postgres, algoliasearch,
  // datadog_flutter_plugin) are package entries naming it only on request (pub-plugins-apart-rule.test.ts).
  it("Flutter's core Dart SDKs named as their tools, the drivers and plugins on request, and the pods of Firebase, Stripe, AWS and gRPC name their tools", async () => {
    const pubspec = [
      "name: field_app", "environment:", "  sdk: '>=3.3.0 <4.0.0'", "dependencies:", "  flutter:", "    sdk: flutter",
      "  sqlite3_flutter_libs: ^0.5.20", "  postgres: ^3.2.0", "  supabase: ^2.3.0", "  appwrite: ^12.0.1", "  algoliasearch: ^1.7.0",
      "  datadog_flutter_plugin: ^2.4.0", "  grpc: ^3.2.4", "",
    ].join("\n");
    const flutter = (await scan(new MemorySource({ "pubspec.yaml": pubspec }), { git: false })).document;
    for (const name of ["Supabase", "Appwrite", "gRPC"]) expect(tool(flutter.tools, name), name).toMatchObject({ detection_source: "pubspec.yaml" });
    for (const name of ["SQLite", "PostgreSQL", "Algolia", "Datadog"]) expect(tool(flutter.tools, name), name).toBeUndefined();
    const all = (await scan(new MemorySource({ "pubspec.yaml": pubspec }), { git: false, allTools: true })).document;
    for (const name of ["SQLite", "PostgreSQL", "Algolia", "Datadog"]) expect(tool(all.tools, name), name).toMatchObject({ detection_source: "pubspec.yaml" });
    expect(tool(all.tools, "SQLite")).toBeDefined();
    expect(tool(all.tools, "SQLite")?.version).toBeUndefined();
    const podfile = [
      "platform :ios, '15.0'", "", "target 'Field' do", "  use_frameworks!", "  pod 'FirebaseFirestore'", "  pod 'FirebaseStorage'",
      "  pod 'StripePaymentSheet', '~> 23.27'", "  pod 'AWSS3', '~> 2.33'", "  pod 'gRPC-Swift', '~> 1.21'", "  pod 'GRDB.swift', '~> 6.24'",
      "  pod 'DatadogRUM'", "end", "",
    ].join("\n");
    const ios = (await scan(new MemorySource({ Podfile: podfile }), { git: false })).document;
    for (const name of ["Firebase", "Cloud Firestore", "Stripe", "Amazon S3", "gRPC", "SQLite", "Datadog"]) expect(tool(ios.tools, name), name).toMatchObject({ detection_source: "Podfile" });
  });

  it("a Vapor server's database drivers and an iOS app's official SDK packages name their tools, by Swift package repository", async () => {
    const server = [
      "// swift-tools-version:5.9",
      "import PackageDescription",
      "let package = Package(",
      '  name: "api",',
      "  dependencies: [",
      '    .package(url: "https://github.com/vapor/vapor.git", from: "4.92.0"),',
      '    .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.8.0"),',
      '    .package(url: "https://github.com/vapor/queues-redis-driver.git", from: "1.1.1"),',
      '    .package(url: "https://github.com/orlandos-nl/MongoKitten.git", from: "7.9.0"),',
      '    .package(url: "https://github.com/swift-server/swift-kafka-client.git", from: "1.0.0"),',
      '    .package(url: "https://github.com/grpc/grpc-swift.git", from: "1.21.0"),',
      "  ],",
      ")",
      "",
    ].join("\n");
    const api = (await scan(new MemorySource({ "Package.swift": server }), { git: false })).document;
    for (const name of ["Vapor", "PostgreSQL", "Redis", "MongoDB", "Kafka", "gRPC"]) expect(tool(api.tools, name), name).toMatchObject({ detection_source: "Package.swift" });
    // A driver's release is not the database's.
    expect(tool(api.tools, "PostgreSQL")).toBeDefined();
    expect(tool(api.tools, "PostgreSQL")?.version).toBeUndefined();
    const pin = (identity: string, location: string, version: string) => ({ identity, kind: "remoteSourceControl", location, state: { revision: "0", version } });
    const resolved = JSON.stringify({
      pins: [
        pin("supabase-swift", "https://github.com/supabase/supabase-swift", "2.5.1"),
        pin("mixpanel-swift", "https://github.com/mixpanel/mixpanel-swift", "4.2.0"),
        pin("dd-sdk-ios", "https://github.com/DataDog/dd-sdk-ios", "2.10.0"),
        pin("braze-swift-sdk", "https://github.com/braze-inc/braze-swift-sdk", "8.4.0"),
        pin("swift-package-manager-google-mobile-ads", "https://github.com/googleads/swift-package-manager-google-mobile-ads", "11.2.0"),
      ],
      version: 2,
    });
    const app = (await scan(new MemorySource({ "Field.xcodeproj/project.xcworkspace/xcshareddata/swiftpm/Package.resolved": resolved }), { git: false })).document;
    for (const name of ["Supabase", "Mixpanel", "Datadog", "Braze", "Google AdMob"]) expect(tool(app.tools, name), name).toBeDefined();
  });

  it("pods of Twilio, Stream, Zendesk, Rollbar and the AWS Mobile SDK's Cognito name their tools; a Cartfile's Firebase binary and Sentry repository too", async () => {
    const podfile = [
      "platform :ios, '14.0'", "", "target 'Support' do", "  use_frameworks!", "  pod 'TwilioVideo', '~> 5.8'", "  pod 'StreamChatSwiftUI', '~> 4.50'",
      "  pod 'ZendeskSupportSDK'", "  pod 'RollbarNotifier'", "  pod 'AWSCognitoIdentityProvider', '~> 2.33'", "  pod 'CouchbaseLite-Swift'", "end", "",
    ].join("\n");
    const ios = (await scan(new MemorySource({ Podfile: podfile }), { git: false })).document;
    for (const name of ["Twilio", "Stream", "Zendesk", "Rollbar", "Amazon Cognito", "Couchbase"]) expect(tool(ios.tools, name), name).toMatchObject({ detection_source: "Podfile" });
    const cartfile = 'binary "https://dl.google.com/dl/firebase/ios/carthage/FirebaseAnalyticsBinary.json" ~> 10.20\ngithub "getsentry/sentry-cocoa" "8.17.2"\n';
    const carthage = (await scan(new MemorySource({ Cartfile: cartfile }), { git: false })).document;
    for (const name of ["Firebase", "Sentry"]) expect(tool(carthage.tools, name), name).toMatchObject({ detection_source: "Cartfile" });
  });

  it("Swift packages, pods and a Carthage binary of Plaid, Instabug, RudderStack, Okta and Google Places name their tools", async () => {
    // Package.resolved v1, as Xcode 12 and 13 wrote it.
    const pin = (pkg: string, repositoryURL: string, version: string) => ({ package: pkg, repositoryURL, state: { branch: null, revision: "0", version } });
    const resolved = JSON.stringify({
      object: {
        pins: [
          pin("LinkKit", "https://github.com/plaid/plaid-link-ios-spm.git", "5.6.0"),
          pin("Instabug", "https://github.com/Instabug/Instabug-SP", "12.7.0"),
          pin("Rudder", "https://github.com/rudderlabs/rudder-sdk-ios.git", "1.24.1"),
          pin("OktaMobile", "https://github.com/okta/okta-mobile-swift", "1.6.0"),
          pin("GooglePlaces", "https://github.com/googlemaps/ios-places-sdk", "8.5.0"),
        ],
      },
      version: 1,
    });
    const spm = (await scan(new MemorySource({ "Wallet.xcworkspace/xcshareddata/swiftpm/Package.resolved": resolved }), { git: false })).document;
    for (const name of ["Plaid", "Instabug", "Rudderstack", "Okta", "Google Places API"]) expect(tool(spm.tools, name), name).toBeDefined();
    const podfile = "platform :ios, '14.0'\ntarget 'Wallet' do\n  pod 'GooglePlaces', '~> 8.5'\n  pod 'Rudder', '~> 1.24'\nend\n";
    const pods = (await scan(new MemorySource({ Podfile: podfile }), { git: false })).document;
    for (const name of ["Google Places API", "Rudderstack"]) expect(tool(pods.tools, name), name).toMatchObject({ detection_source: "Podfile" });
    const cartfile = 'binary "https://raw.githubusercontent.com/Instabug/Instabug-iOS/master/Instabug.json"\n';
    expect(tool((await scan(new MemorySource({ Cartfile: cartfile }), { git: false })).document.tools, "Instabug")).toBeDefined();
  });

  it("Carthage: Cartfile requirements with Cartfile.resolved versions", async () => {
    expect(readCartfile('github "Alamofire/Alamofire" ~> 5.8\ngit "https://github.com/realm/realm-swift.git" >= 10.0\nbinary "https://example.com/Sdk.json"\n# github "x/commented"\n')).toEqual(
      new Map([["Alamofire", "5.8"], ["realm-swift", "10.0"], ["Sdk", undefined]]),
    );
    const { document } = await scan(
      new MemorySource({
        "App/Cartfile": 'github "Alamofire/Alamofire" ~> 5.8\n',
        "App/Cartfile.resolved": 'github "Alamofire/Alamofire" "5.8.1"\n',
      }),
      { git: false },
    );
    expect(tool(document.tools, "Alamofire")?.version).toBe("5.8.1");
    expect(tool(document.tools, "Carthage")).toBeDefined();
  });

  it("malformed manifests give warnings, not failures", async () => {
    expect(readResolved("not an object")).toEqual(new Map());
    expect(readResolved({ pins: [null, 3, { identity: 5 }] })).toEqual(new Map());
    expect(readCartfile("\u0000\u0001 github")).toEqual(new Map());
    const { document, warnings } = await scan(
      new MemorySource({
        "pubspec.yaml": "name: app\ndependencies: [unclosed\n",
        "ios/Podfile": "pod 'Alamofire', '5.8.1'\n",
        "ios/Podfile.lock": "PODS:\n  - Alamofire (5.8.1)\n",
        "Pkg/Package.swift": "// swift-tools-version:5.9\nlet package = Package(dependencies: [.package(url: ",
        "Pkg/Package.resolved": "{ broken",
      }),
      { git: false },
    );
    expect(warnings.map((w) => w.file)).toEqual(expect.arrayContaining(["pubspec.yaml", "Pkg/Package.resolved"]));
    expect(tool(document.tools, "Alamofire")?.version).toBe("5.8.1");
  });

  it("Package.resolved v1 and v2", () => {
    expect(readResolved({ object: { pins: [{ package: "Alamofire", repositoryURL: "https://github.com/Alamofire/Alamofire.git", state: { version: "5.8.1" } }] }, version: 1 })).toEqual(new Map([["alamofire", "5.8.1"]]));
    expect(readResolved({ pins: [{ identity: "swift-nio", state: { version: "2.62.0" } }], version: 2 })).toEqual(new Map([["swift-nio", "2.62.0"]]));
  });
});
