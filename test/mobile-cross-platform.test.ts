import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { readBuildScript } from "../detectors/gradle/build-script.js";

// Hybrid and cross-platform mobile apps, in the shapes their generators write them (stop 34's audit).
const scanFiles = async (files: Record<string, string>) => (await scan(new MemorySource(files), { git: false, disable: ["languages"] })).document;
const toolsOf = (document: Awaited<ReturnType<typeof scanFiles>>) => document.tools.filter((t) => !t.package_url);
const named = (document: Awaited<ReturnType<typeof scanFiles>>, name: string) => toolsOf(document).find((t) => t.name === name);

describe("Capacitor's Android template", () => {
  // android/app/build.gradle as `npx cap add android` writes it: the google-services plugin is
  // applied only when google-services.json is present, in every Capacitor app.
  const appGradle = [
    "apply plugin: 'com.android.application'", "",
    "android {", '    namespace "io.fieldnotes.app"', "    compileSdk rootProject.ext.compileSdkVersion", "}", "",
    "dependencies {", "    implementation project(':capacitor-android')", "}", "",
    "apply from: 'capacitor.build.gradle'", "",
    "try {", "    def servicesJSON = file('google-services.json')", "    if (servicesJSON.text) {",
    "        apply plugin: 'com.google.gms.google-services'", "    }",
    "} catch(Exception e) {",
    '    logger.info("google-services.json not found, google-services plugin not applied. Push Notifications won\'t work")',
    "}", "",
  ].join("\n");
  const rootGradle = [
    "buildscript {", "    dependencies {", "        classpath 'com.android.tools.build:gradle:8.2.1'",
    "        classpath 'com.google.gms:google-services:4.4.0'", "    }", "}", "",
  ].join("\n");
  const pkg = JSON.stringify({ name: "field-notes", dependencies: { "@capacitor/core": "6.1.0", "@capacitor/android": "6.1.0" } });

  it("names no Firebase from the guarded plugin alone", async () => {
    const document = await scanFiles({ "package.json": pkg, "android/build.gradle": rootGradle, "android/app/build.gradle": appGradle });
    expect(named(document, "Capacitor")).toBeUndefined(); // package entries only (npm-capacitor-package-only)
    expect(named(document, "Firebase")).toBeUndefined();
    // The builds are read.
    expect(named(document, "Android SDK")).toBeDefined();
  });

  // Neither the app's google-services.json nor the plugin, applied or not, names Firebase (files.yml,
  // jvm.yml: three Flutter apps of three owners); a Firebase artifact the app declares does.
  it("names no Firebase where the app commits its google-services.json", async () => {
    const document = await scanFiles({ "package.json": pkg, "android/app/build.gradle": appGradle, "android/app/google-services.json": '{"project_info":{"project_id":"notes"}}' });
    expect(named(document, "Firebase")).toBeUndefined();
    // The build is read.
    expect(named(document, "Android SDK")).toBeDefined();
  });

  it("an unconditional apply names no Firebase; a Firebase artifact beside it does", async () => {
    const gradle = "apply plugin: 'com.android.application'\n\nandroid {\n    compileSdkVersion 34\n}\n\napply plugin: 'com.google.gms.google-services'\n";
    expect(named(await scanFiles({ "android/app/build.gradle": gradle }), "Firebase")).toBeUndefined();
    const withAuth = gradle.replace("\n\napply plugin: 'com.google.gms", "\n\ndependencies {\n    implementation 'com.google.firebase:firebase-auth:22.3.0'\n}\n\napply plugin: 'com.google.gms");
    expect(named(await scanFiles({ "android/app/build.gradle": withAuth }), "Firebase")?.detection_source).toBe("android/app/build.gradle");
  });
});

describe("Apache Cordova", () => {
  it("a Cordova app's platforms name Apache Cordova, numbered apart from the CLI; its OneSignal plugin names OneSignal", async () => {
    const pkg = {
      name: "com.example.hello", displayName: "HelloCordova", version: "1.0.0",
      devDependencies: { "cordova-android": "^12.0.1", "cordova-ios": "^7.1.0", "cordova-plugin-camera": "^7.0.0", "onesignal-cordova-plugin": "^5.1.1" },
      cordova: { platforms: ["android", "ios"], plugins: { "cordova-plugin-camera": {}, "onesignal-cordova-plugin": {} } },
    };
    const document = await scanFiles({ "package.json": JSON.stringify(pkg) });
    const cordova = named(document, "Apache Cordova");
    expect(cordova).toBeDefined();
    expect(cordova?.version).toBeUndefined();
    expect(named(document, "OneSignal")).toBeDefined();
    const packages = new Map(document.tools.filter((t) => t.package_url).map((t) => [t.name, t.version]));
    expect(packages.get("cordova-android")).toBe("12.0.1");
  });

  it("an Ionic 3 app's ionic-angular is a package entry (the site names no Ionic from it); its platform names Apache Cordova", async () => {
    const pkg = { name: "conference-app", dependencies: { "@angular/core": "5.2.11", "ionic-angular": "3.9.9", "cordova-android": "8.1.0" } };
    const document = await scanFiles({ "package.json": JSON.stringify(pkg) });
    expect(named(document, "Ionic")).toBeUndefined();
    expect(document.tools.find((t) => t.name === "ionic-angular" && t.package_url)?.version).toBe("3.9.9");
    expect(named(document, "Apache Cordova")).toBeDefined();
  });
});

describe("Xamarin", () => {
  it("Xamarin.Essentials' own 1.x is no release of Xamarin", async () => {
    const csproj = [
      '<Project Sdk="Microsoft.NET.Sdk">', "  <PropertyGroup>", "    <TargetFramework>netstandard2.0</TargetFramework>", "  </PropertyGroup>",
      "  <ItemGroup>", '    <PackageReference Include="Xamarin.Forms" Version="5.0.0.2662" />', '    <PackageReference Include="Xamarin.Essentials" Version="1.8.1" />',
      "  </ItemGroup>", "</Project>", "",
    ].join("\n");
    const document = await scanFiles({ "App/App.csproj": csproj });
    expect(named(document, "Xamarin")).toBeDefined();
    expect(named(document, "Xamarin")?.version).toBeUndefined();
    expect(named(document, "Xamarin Forms")?.version).toBe("5.0.0");
  });
});

describe("FlutterFire's messaging plugin", () => {
  // A plugin named apart from its service names none (pub-plugins-apart-rule.test.ts); on request it names both.
  it("names neither Firebase Cloud Messaging nor Firebase by default, as the other FlutterFire plugins", async () => {
    const pubspec = "name: chat\nenvironment:\n  sdk: '>=3.3.0 <4.0.0'\ndependencies:\n  flutter:\n    sdk: flutter\n  firebase_core: ^2.31.0\n  firebase_messaging: ^14.9.2\n";
    const document = await scanFiles({ "pubspec.yaml": pubspec });
    expect(named(document, "Firebase Cloud Messaging")).toBeUndefined();
    expect(named(document, "Firebase")).toBeUndefined();
    expect(document.tools.find((t) => t.name === "firebase_messaging" && t.package_url)?.version).toBe("14.9.2");
  });
});

describe("fastlane", () => {
  it("a Fastfile per platform folder (ios/fastlane/, android/fastlane/) names fastlane, as the root's does", async () => {
    const fastfile = "default_platform(:ios)\n\nplatform :ios do\n  lane :beta do\n    build_app(scheme: \"Runner\")\n    upload_to_testflight\n  end\nend\n";
    const nested = await scanFiles({ "pubspec.yaml": "name: tip\ndependencies:\n  flutter:\n    sdk: flutter\n", "ios/fastlane/Fastfile": fastfile });
    expect(named(nested, "fastlane")?.detection_source).toBe("ios/fastlane/Fastfile");
    const root = await scanFiles({ "fastlane/Fastfile": fastfile });
    expect(named(root, "fastlane")?.detection_source).toBe("fastlane/Fastfile");
  });
});

describe("config.xml", () => {
  const widget = (attrs: string, body: string) =>
    `<?xml version='1.0' encoding='utf-8'?>\n<widget id="com.example.hello" version="1.0.0" xmlns="http://www.w3.org/ns/widgets" ${attrs}>\n    <name>HelloCordova</name>\n    <content src="index.html" />\n${body}</widget>\n`;

  it("Cordova's widget document names Apache Cordova, without its engines' releases", async () => {
    const xml = widget('xmlns:cdv="http://cordova.apache.org/ns/1.0"', '    <engine name="android" spec="^12.0.1" />\n    <plugin name="cordova-plugin-camera" spec="^7.0.0" />\n');
    const document = await scanFiles({ "config.xml": xml });
    expect(named(document, "Apache Cordova")).toMatchObject({ detection_source: "config.xml" });
    expect(named(document, "Apache Cordova")?.version).toBeUndefined();
  });

  it("a widget without the cdv namespace is Cordova's by its engines and plugins", async () => {
    const document = await scanFiles({ "config.xml": widget("", '    <engine name="ios" spec="~4.5.4" />\n') });
    expect(named(document, "Apache Cordova")).toBeDefined();
  });

  it("PhoneGap Build's config.xml names PhoneGap", async () => {
    const xml = widget('xmlns:gap="http://phonegap.com/ns/1.0"', '    <preference name="phonegap-version" value="cli-9.0.0" />\n    <plugin name="cordova-plugin-whitelist" source="npm" />\n');
    const document = await scanFiles({ "config.xml": xml });
    expect(named(document, "PhoneGap")).toBeDefined();
    expect(named(document, "Apache Cordova")).toBeUndefined();
  });

  it("another project's config.xml (a Magento module's) names nothing; a broken one stops nothing", async () => {
    const magento = '<?xml version="1.0"?>\n<config xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="urn:magento:module:Magento_Store:etc/config.xsd">\n    <default><general><locale><code>en_US</code></locale></general></default>\n</config>\n';
    const document = await scanFiles({ "app/code/Acme/Hello/etc/config.xml": magento, "config.xml": "<widget xmlns=\"http://www.w3.org/ns/widgets\"", "package.json": '{"name":"x","dependencies":{"react":"18.2.0"}}' });
    expect(named(document, "Apache Cordova")).toBeUndefined();
    expect(named(document, "PhoneGap")).toBeUndefined();
    expect(named(document, "React")).toBeDefined();
  });
});

describe("codemagic.yaml", () => {
  const pubspec = "name: tip\nenvironment:\n  sdk: '>=3.3.0 <4.0.0'\ndependencies:\n  flutter:\n    sdk: flutter\n";
  it("a workflow's environment gives Flutter its release, names no Java (as setup-java names none); a channel gives none", async () => {
    const codemagic = [
      "workflows:", "  android-workflow:", "    name: Android Workflow", "    instance_type: mac_mini_m2", "    environment:",
      "      flutter: 3.22.2", "      java: 17", "      xcode: latest", "      cocoapods: default", "      groups:", "        - google_play",
      "    scripts:", "      - name: Build AAB", "        script: flutter build appbundle --release", "",
    ].join("\n");
    const document = await scanFiles({ "pubspec.yaml": pubspec, "codemagic.yaml": codemagic });
    expect(named(document, "Flutter")?.version).toBe("3.22.2");
    expect(named(document, "Java")).toBeUndefined();
    expect(named(document, "Codemagic")).toBeDefined();
    const stable = await scanFiles({ "pubspec.yaml": pubspec, "codemagic.yaml": "workflows:\n  ios:\n    environment:\n      flutter: stable\n" });
    expect(named(stable, "Flutter")).toBeDefined();
    expect(named(stable, "Flutter")?.version).toBeUndefined();
  });

  it("a broken codemagic.yaml stops nothing", async () => {
    const { document, warnings } = await scan(new MemorySource({ "pubspec.yaml": pubspec, "codemagic.yaml": "workflows:\n  ios:\n    environment: [flutter: 3.22\n" }), { git: false, disable: ["languages"] });
    expect(document.tools.find((t) => t.name === "Flutter" && !t.package_url)).toBeDefined();
    expect(warnings.some((w) => w.file === "codemagic.yaml")).toBe(true);
  });
});

describe("App Center Build", () => {
  it("its hook scripts name Visual Studio App Center", async () => {
    const document = await scanFiles({ "package.json": '{"name":"wallet","dependencies":{"react-native":"0.72.6"}}', "appcenter-post-clone.sh": "#!/usr/bin/env bash\nyarn install\n", "android/app/appcenter-pre-build.sh": "#!/usr/bin/env bash\necho $APPCENTER_BUILD_ID\n" });
    expect(named(document, "Visual Studio App Center")?.detection_source).toBe("appcenter-post-clone.sh");
  });
});

describe("bitrise.yml", () => {
  const bitrise = [
    "---", "format_version: '13'", "default_step_lib_source: https://github.com/bitrise-io/bitrise-steplib.git", "project_type: flutter",
    "workflows:", "  primary:", "    steps:", "    - activate-ssh-key@4: {}", "    - git-clone@8: {}",
    "    - flutter-installer@0:", "        inputs:", "        - version: 3.22.2", "        - is_update: 'false'",
    "    - set-java-version@1:", "        inputs:", "        - set_java_version: '17'",
    "    - git::https://github.com/example/bitrise-step-flutter-installer.git@main: {}",
    "    - fastlane@3:", "        inputs:", "        - lane: ios beta", "    - deploy-to-bitrise-io@2: {}",
    "  nightly:", "    steps:", "    - flutter-installer@0:", "        inputs:", "        - version: stable", "",
  ].join("\n");

  it("its Flutter installer gives Flutter the release it installs, set-java-version names no Java (as setup-java); its fastlane step names fastlane", async () => {
    const document = await scanFiles({ "pubspec.yaml": "name: tip\ndependencies:\n  flutter:\n    sdk: flutter\n", "bitrise.yml": bitrise });
    expect(named(document, "Bitrise")).toBeDefined();
    expect(named(document, "Flutter")?.version).toBe("3.22.2");
    expect(named(document, "Java")).toBeUndefined();
    expect(named(document, "fastlane")?.detection_source).toBe("bitrise.yml");
  });

  it("a broken bitrise.yml stops nothing", async () => {
    const { document, warnings } = await scan(new MemorySource({ "package.json": '{"name":"x","dependencies":{"react-native":"0.72.6"}}', "bitrise.yml": "workflows:\n  primary:\n    steps: [nvm@1: {\n" }), { git: false, disable: ["languages"] });
    expect(document.tools.find((t) => t.name === "React Native" && !t.package_url)).toBeDefined();
    expect(warnings.some((w) => w.file === "bitrise.yml")).toBe(true);
  });
});

describe("Kotlin Multiplatform", () => {
  it("the shared module's CocoaPods plugin names Kotlin at its release and CocoaPods", async () => {
    const shared = [
      "plugins {", '    kotlin("multiplatform")', '    kotlin("native.cocoapods")', '    id("com.android.library")', "}", "",
      "kotlin {", "    androidTarget()", "    iosArm64()", "    cocoapods {", '        summary = "Shared module"', '        version = "1.0"', '        ios.deploymentTarget = "14.1"',
      '        podfile = project.file("../iosApp/Podfile")', "        framework { baseName = \"shared\" }", "    }", "}", "",
      "android {", '    namespace = "com.example.shared"', "    compileSdk = 34", "}", "",
    ].join("\n");
    const root = ["plugins {", '    kotlin("multiplatform").version("1.9.24").apply(false)', '    kotlin("native.cocoapods").version("1.9.24").apply(false)', '    id("com.android.library").version("8.2.2").apply(false)', "}", ""].join("\n");
    const document = await scanFiles({ "build.gradle.kts": root, "settings.gradle.kts": 'rootProject.name = "kmp"\ninclude(":shared")\n', "shared/build.gradle.kts": shared });
    expect(named(document, "Kotlin")?.version).toBe("1.9.24");
    expect(named(document, "CocoaPods")?.detection_source).toBe("shared/build.gradle.kts");
    expect(named(document, "CocoaPods")?.version).toBeUndefined();
  });
});

describe("the KMM template's root script", () => {
  it("reads the chained plugin form: id(...).version(...).apply(false), kotlin(...).version(...)", () => {
    const script = readBuildScript([
      "plugins {", '    id("com.android.application").version("8.1.2").apply(false)', '    kotlin("android").version("1.9.10").apply(false)',
      '    kotlin("multiplatform").version(kotlinVersion).apply(false)', '    id("org.jetbrains.compose") version "1.6.11" apply false', "}", "",
    ].join("\n"));
    expect(script.plugins.map((p) => [p.id, p.version, p.declaredOnly])).toEqual([
      ["com.android.application", "8.1.2", true],
      ["org.jetbrains.kotlin.android", "1.9.10", true],
      ["org.jetbrains.kotlin.multiplatform", "$kotlinVersion", true],
      ["org.jetbrains.compose", "1.6.11", true],
    ]);
  });
});

describe("Ionic's CLI and Ionic Native", () => {
  it("name Ionic without their own numbering", async () => {
    const pkg = { name: "legacy", dependencies: { "@ionic-native/core": "5.36.0", "@ionic-native/camera": "5.36.0", "cordova-ios": "6.2.0" }, devDependencies: { ionic: "5.4.16" } };
    const document = await scanFiles({ "package.json": JSON.stringify(pkg) });
    expect(named(document, "Ionic")).toBeDefined();
    expect(named(document, "Ionic")?.version).toBeUndefined();
  });
});
