import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

// A native Android app's Firebase product artifacts (firebase-auth, -database, -messaging and their
// -ktx forms) name Firebase, the platform, from the build script, and none of its products: the site
// names Firebase alone in 4 of 4 held-out apps of 3 owners declaring them (BeztTeamEver/prm392 with
// firebase-messaging, maxgfr/traxivity-app and olorunfemioyewole/ShuttleDrive-G4 with firebase-auth,
// olorunfemioyewole/Ace with firebase-auth-ktx, -database, -database-ktx and -messaging), never
// Firebase Authentication, the Realtime Database or Cloud Messaging. The catalog still knows the
// products: `--all-tools` names them. npm's, CocoaPods' and Swift's Firebase packages are unchanged.

// app/build.gradle of a Kotlin marketplace app (Android Studio's template with the Google services
// plugin, Firebase's BoM and its products, Glide and navigation).
const appGradle = [
  "plugins {", "    id 'com.android.application'", "    id 'org.jetbrains.kotlin.android'",
  "    id 'com.google.gms.google-services'", "    id 'kotlin-parcelize'", "}", "",
  "android {", "    namespace 'com.example.market'", "    compileSdk 33", "",
  "    defaultConfig {", '        applicationId "com.example.market"', "        minSdk 24", "        targetSdk 33", "    }", "}", "",
  "dependencies {", "    implementation 'androidx.core:core-ktx:1.10.1'", "    implementation 'androidx.appcompat:appcompat:1.6.1'",
  "    testImplementation 'junit:junit:4.13.2'", "    implementation 'com.github.bumptech.glide:glide:4.15.1'",
  "    implementation 'com.google.firebase:firebase-messaging:23.1.2'",
  "    implementation platform ('com.google.firebase:firebase-bom:32.1.1')",
  "    implementation 'com.google.firebase:firebase-analytics-ktx'",
  "    implementation 'com.google.firebase:firebase-auth-ktx:22.0.0'",
  "    implementation 'com.google.firebase:firebase-database:20.2.2'",
  "    implementation 'com.google.firebase:firebase-database-ktx:20.2.2'",
  "    implementation 'com.google.firebase:firebase-storage:20.2.1'", "}", "",
].join("\n");

const products = ["Firebase Authentication", "Firebase Realtime Database", "Firebase Cloud Messaging"];
const named = async (files: Record<string, string>, allTools = false) =>
  new Map((await scan(new MemorySource(files), { git: false, allTools })).document.tools.filter((t) => !t.package_url).map((t) => [t.name, t]));

describe("Firebase's product artifacts in a Gradle build", () => {
  it("name Firebase from app/build.gradle, at none of the artifacts' releases, and none of its products", async () => {
    const tools = await named({ "app/build.gradle": appGradle });
    expect(tools.get("Firebase")).toMatchObject({ detection_source: "app/build.gradle" });
    expect(tools.get("Firebase")?.version).toBeUndefined();
    for (const name of products) expect(tools.has(name), name).toBe(false);
  });

  it("each product artifact alone still names Firebase", async () => {
    for (const artifact of ["firebase-auth", "firebase-auth-ktx", "firebase-database", "firebase-database-ktx", "firebase-messaging", "firebase-messaging-ktx"]) {
      const gradle = `apply plugin: 'com.android.application'\n\ndependencies {\n    implementation 'com.google.firebase:${artifact}:22.0.0'\n}\n`;
      const tools = await named({ "app/build.gradle": gradle });
      expect(tools.get("Firebase")?.detection_source, artifact).toBe("app/build.gradle");
      for (const name of products) expect(tools.has(name), `${artifact}: ${name}`).toBe(false);
    }
  });

  it("--all-tools still names the products", async () => {
    const tools = await named({ "app/build.gradle": appGradle }, true);
    for (const name of ["Firebase", ...products]) expect(tools.has(name), name).toBe(true);
  });
});
