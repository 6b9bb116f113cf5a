import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

// FlutterFire's plugins in a pubspec are package entries: the site lists them and names no Firebase.
// The other packages of the same pubspec still name what they name, and Firebase still comes from
// files outside pub (the Android app's Firebase artifacts).
const scanFiles = async (files: Record<string, string>) => (await scan(new MemorySource(files), { git: false, disable: ["languages"] })).document;

// A chat app's pubspec, in the shape `flutter create` writes it, with the Firebase plugins of 2021.
const pubspec = [
  "name: chat_channel", "description: A new Flutter project.", "publish_to: 'none'", "version: 1.0.0+1", "",
  "environment:", "  sdk: \">=2.12.0 <3.0.0\"", "",
  "dependencies:", "  flutter:", "    sdk: flutter", "  cupertino_icons: ^1.0.2", "  get: ^4.3.0",
  "  firebase_auth: ^3.0.1", "  firebase_core: ^1.4.0", "  firebase_analytics: ^8.2.0", "  firebase_storage: ^10.0.1",
  "  firebase_crashlytics: ^2.2.0", "  cloud_firestore: ^2.4.0", "  sqflite: ^2.0.0+3", "",
  "dev_dependencies:", "  flutter_test:", "    sdk: flutter", "",
  "flutter:", "  uses-material-design: true", "",
].join("\n");

describe("FlutterFire's pub plugins", () => {
  it("name no Firebase; each stays a package entry with its own release", async () => {
    const document = await scanFiles({ "pubspec.yaml": pubspec });
    const tools = document.tools.filter((t) => !t.package_url).map((t) => t.name);
    expect(tools).not.toContain("Firebase");
    // Dart is left to the languages (disabled here): pubspec.yaml names none (pub-sdk in mobile.yml).
    // cloud_firestore and sqflite, plugins named apart from their services, name none either
    // (pub-plugins-named-apart.test.ts), nor does firebase_crashlytics name Crashlytics (pub-plugins-apart-rule.test.ts).
    expect(tools).toContain("Flutter");
    for (const name of ["Cloud Firestore", "SQLite", "Crashlytics"]) expect(tools, name).not.toContain(name);
    const packages = new Map(document.tools.filter((t) => t.package_url).map((t) => [t.name, t.version]));
    expect(packages.get("firebase_core")).toBe("1.4.0");
    expect(packages.get("firebase_auth")).toBe("3.0.1");
    expect(packages.get("cloud_firestore")).toBe("2.4.0");
  });

  // The Android module's analytics artifact alone names none (firebase-config-files-and-analytics.test.ts);
  // its messaging artifact does.
  it("Firebase still comes from the Android app's Firebase artifacts beside them", async () => {
    const gradle = [
      "apply plugin: 'com.android.application'", "", "android {", "    compileSdkVersion 30", "}", "",
      "dependencies {", "    implementation platform('com.google.firebase:firebase-bom:28.3.0')",
      "    implementation 'com.google.firebase:firebase-analytics-ktx'", "    implementation 'com.google.firebase:firebase-messaging-ktx'", "}", "",
      "apply plugin: 'com.google.gms.google-services'", "",
    ].join("\n");
    const document = await scanFiles({ "pubspec.yaml": pubspec, "android/app/build.gradle": gradle });
    expect(document.tools.find((t) => t.name === "Firebase" && !t.package_url)?.detection_source).toBe("android/app/build.gradle");
  });
});
