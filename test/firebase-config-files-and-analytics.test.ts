import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

// Firebase's app configuration and its analytics artifact name no Firebase: the site names none in
// three Flutter apps of three owners whose Android build applies the Google services plugin, keeps
// android/app/google-services.json (one an ios/Runner/GoogleService-Info.plist too) and declares
// firebase-analytics or -analytics-ktx under the Firebase BoM (held-out BeztTeamEver/chatkid-mobile,
// TawandaMavondo/Gotour-Flutter-Application, fisforfaheem/Utopia-Social-Chat-Channel-app). A native
// app whose build declares Firebase's other artifacts (firebase-messaging under the same BoM and
// plugin: held-out BeztTeamEver/prm392) is named Firebase, from app/build.gradle.
const scanFiles = async (files: Record<string, string>) => (await scan(new MemorySource(files), { git: false, disable: ["languages"] })).document;
const toolNames = (document: { tools: { name: string; package_url?: string }[] }) => document.tools.filter((t) => !t.package_url).map((t) => t.name);

// A Flutter app's pubspec, as `flutter create` writes it, with FlutterFire's plugins.
const pubspec = [
  "name: kid_chat", "description: A new Flutter project.", "publish_to: 'none'", "version: 1.0.0+1", "",
  "environment:", "    sdk: '>=3.1.0 <4.0.0'", "",
  "dependencies:", "    flutter:", "        sdk: flutter", "    cupertino_icons: ^1.0.2",
  "    firebase_core: ^2.24.2", "    firebase_auth: ^4.15.3", "",
  "dev_dependencies:", "    flutter_test:", "        sdk: flutter", "",
].join("\n");

// The app module of Flutter 3.16's template (its plugins block), with Firebase's plugin and analytics.
const flutterGradle = [
  "plugins {", '    id "com.android.application"', '    id "org.jetbrains.kotlin.android"',
  '    id "dev.flutter.flutter-gradle-plugin"', '    id "com.google.gms.google-services"', "}", "",
  "android {", '    namespace "com.kidchat"', "    compileSdkVersion 34", "", "    defaultConfig {",
  '        applicationId "com.kidchat"', "        minSdkVersion 24", "        targetSdkVersion 31", "    }", "}", "",
  "flutter {", "    source '../..'", "}", "",
  "dependencies {", "  implementation platform('com.google.firebase:firebase-bom:32.7.4')",
  "  implementation 'com.google.firebase:firebase-analytics'", "}", "",
].join("\n");

// An older template's module: the plugin applied at the end, the Kotlin extensions of analytics.
const olderFlutterGradle = [
  "apply plugin: 'com.android.application'", "apply plugin: 'kotlin-android'", "",
  "android {", "    compileSdkVersion 30", "    defaultConfig {", "        minSdkVersion 21", "        multiDexEnabled true", "    }", "}", "",
  "dependencies {", '    implementation "org.jetbrains.kotlin:kotlin-stdlib-jdk7:$kotlin_version"',
  "    implementation platform('com.google.firebase:firebase-bom:28.3.0')",
  "    implementation 'com.google.firebase:firebase-analytics-ktx'", "    implementation 'com.android.support:multidex:1.0.3'", "}", "",
  "apply plugin: 'com.google.gms.google-services'", "",
].join("\n");

const googleServices = JSON.stringify({ project_info: { project_number: "123456789012", project_id: "kid-chat", storage_bucket: "kid-chat.appspot.com" }, client: [], configuration_version: "1" }, null, 2);
const googleServiceInfo = [
  '<?xml version="1.0" encoding="UTF-8"?>', "<plist version=\"1.0\">", "<dict>",
  "\t<key>PROJECT_ID</key>", "\t<string>kid-chat</string>", "\t<key>IS_ANALYTICS_ENABLED</key>", "\t<false></false>", "</dict>", "</plist>", "",
].join("\n");

describe("Firebase's configuration files, plugin and analytics artifact", () => {
  it("name no Firebase in a Flutter app that holds them all", async () => {
    const document = await scanFiles({
      "pubspec.yaml": pubspec,
      "android/app/build.gradle": flutterGradle,
      "android/app/google-services.json": googleServices,
      "ios/Runner/GoogleService-Info.plist": googleServiceInfo,
    });
    const tools = toolNames(document);
    expect(tools).not.toContain("Firebase");
    // The build is still read: the Android SDK, Android OS and Gradle come from it.
    expect(tools).toEqual(expect.arrayContaining(["Flutter", "Android SDK", "Android OS", "Gradle"]));
  });

  it("name no Firebase from the Kotlin analytics artifact and a plugin applied at the end", async () => {
    const document = await scanFiles({ "pubspec.yaml": pubspec, "android/app/build.gradle": olderFlutterGradle, "android/app/google-services.json": googleServices });
    expect(toolNames(document)).not.toContain("Firebase");
    // The build is read: the Android SDK and Gradle come from it.
    expect(toolNames(document)).toEqual(expect.arrayContaining(["Flutter", "Android SDK", "Gradle"]));
  });

  it("a configuration file alone names no Firebase", async () => {
    expect(toolNames(await scanFiles({ "app/google-services.json": googleServices }))).not.toContain("Firebase");
    expect(toolNames(await scanFiles({ "Runner/GoogleService-Info.plist": googleServiceInfo }))).not.toContain("Firebase");
    // Beside a build that declares Firebase's messaging, the same folder names it.
    const messaging = "dependencies {\n    implementation 'com.google.firebase:firebase-messaging:23.4.0'\n}\n";
    expect(toolNames(await scanFiles({ "app/google-services.json": googleServices, "app/build.gradle": messaging }))).toContain("Firebase");
  });

  it("Firebase's other artifacts beside them still name it, from the build script", async () => {
    const nativeGradle = [
      "plugins {", "    id 'com.android.application'", "    id 'com.google.gms.google-services'", "}", "",
      "android {", "    namespace 'com.example.shop'", "    compileSdk 34", "}", "",
      "dependencies {", "    implementation 'androidx.appcompat:appcompat:1.5.1'",
      "    implementation platform('com.google.firebase:firebase-bom:32.4.0')",
      "    implementation 'com.google.firebase:firebase-messaging'", "    implementation 'com.google.firebase:firebase-analytics'",
      "    testImplementation 'junit:junit:4.13.2'", "}",
    ].join("\n");
    const document = await scanFiles({ "app/build.gradle": nativeGradle, "app/google-services.json": googleServices });
    expect(document.tools.find((t) => t.name === "Firebase" && !t.package_url)?.detection_source).toBe("app/build.gradle");
  });
});
