import { describe, expect, it } from "vitest";
import { compact, detectorFindings } from "./detector-findings.js";
import { gradleDetector } from "../detectors/gradle/index.js";

/** The Maven findings the Gradle detector alone reports for a tree, compacted, and its warnings. */
async function mavenFindings(files: Record<string, string>): Promise<{ maven: string[]; warnings: string[] }> {
  const { findings, warnings } = await detectorFindings(gradleDetector, files);
  return { maven: compact(findings).filter((f) => f.startsWith("maven:")), warnings };
}

// The ways a Kotlin DSL build sets an extra property (Gradle's "Extra properties" in the Kotlin
// DSL primer), each used as a dependency's version the way modules use it: `"group:name:$x"`.

describe("a Kotlin DSL build's extra properties as dependency versions", () => {
  it("reads each form in the script that sets it", async () => {
    const script = [
      'extra["retrofitVersion"] = "2.9.0"',
      'val okhttpVersion by extra("4.12.0")',
      'val moshiVersion: String by extra("1.15.0")',
      'val roomVersion: String = "2.6.1"',
      'extra.set("coilVersion", "2.5.0")',
      "ext {",
      '    set("koinVersion", "3.5.3")',
      "}",
      "",
      "dependencies {",
      '    implementation("com.squareup.retrofit2:retrofit:${extra["retrofitVersion"]}")',
      '    implementation("com.squareup.okhttp3:okhttp:$okhttpVersion")',
      '    implementation("com.squareup.moshi:moshi:$moshiVersion")',
      '    implementation("androidx.room:room-runtime:$roomVersion")',
      '    implementation("io.coil-kt:coil:${property("coilVersion")}")',
      '    implementation("io.insert-koin:koin-android:${property("koinVersion")}")',
      "}",
      "",
    ].join("\n");
    const { maven, warnings } = await mavenFindings({ "build.gradle.kts": script });
    expect(warnings).toEqual([]);
    expect(maven).toEqual([
      'maven:com.squareup.retrofit2:retrofit@11 ${retrofitVersion} ->2.9.0 direct',
      "maven:com.squareup.okhttp3:okhttp@12 $okhttpVersion ->4.12.0 direct",
      "maven:com.squareup.moshi:moshi@13 $moshiVersion ->1.15.0 direct",
      "maven:androidx.room:room-runtime@14 $roomVersion ->2.6.1 direct",
      "maven:io.coil-kt:coil@15 ${coilVersion} ->2.5.0 direct",
      "maven:io.insert-koin:koin-android@16 ${koinVersion} ->3.5.3 direct",
    ]);
  });

  it("reads each form set in the root build and delegated to in a module", async () => {
    const root = [
      "buildscript {",
      '    extra["retrofitVersion"] = "2.9.0"',
      '    val okhttpVersion by extra("4.12.0")',
      '    val moshiVersion: String by extra("1.15.0")',
      '    extra.set("coilVersion", "2.5.0")',
      "}",
      "ext {",
      '    set("koinVersion", "3.5.3")',
      "}",
      "",
    ].join("\n");
    const app = [
      "plugins {",
      '    id("com.android.application")',
      "}",
      "",
      "val retrofitVersion: String by rootProject.extra",
      "val okhttpVersion: String by rootProject.extra",
      "val moshiVersion: String by rootProject.extra",
      "val coilVersion: String by rootProject.extra",
      "val koinVersion: String by rootProject.extra",
      "",
      "dependencies {",
      '    implementation("com.squareup.retrofit2:retrofit:$retrofitVersion")',
      '    implementation("com.squareup.okhttp3:okhttp:$okhttpVersion")',
      '    implementation("com.squareup.moshi:moshi:$moshiVersion")',
      '    implementation("io.coil-kt:coil:$coilVersion")',
      '    implementation("io.insert-koin:koin-android:$koinVersion")',
      "}",
      "",
    ].join("\n");
    const files = { "settings.gradle.kts": 'rootProject.name = "notes"\ninclude(":app")\n', "build.gradle.kts": root, "app/build.gradle.kts": app };
    expect((await mavenFindings(files)).maven).toEqual([
      "maven:com.squareup.retrofit2:retrofit@12 $retrofitVersion ->2.9.0 direct",
      "maven:com.squareup.okhttp3:okhttp@13 $okhttpVersion ->4.12.0 direct",
      "maven:com.squareup.moshi:moshi@14 $moshiVersion ->1.15.0 direct",
      "maven:io.coil-kt:coil@15 $coilVersion ->2.5.0 direct",
      "maven:io.insert-koin:koin-android@16 $koinVersion ->3.5.3 direct",
    ]);
  });
});

describe("a Kotlin DSL build's coordinates held in typed vals and extra properties", () => {
  it("reads a dependency named by a typed val, by an extra property a module delegates to, and by extra[] read back", async () => {
    const root = [
      'extra["retrofit"] = "com.squareup.retrofit2:retrofit:2.9.0"',
      'val moshiVersion: String = "1.15.0"',
      'rootProject.extra["okio"] = "com.squareup.okio:okio:3.6.0"',
      'extra["converter"] = "com.squareup.retrofit2:converter-moshi:2.9.0"',
      "",
    ].join("\n");
    const app = [
      "val retrofit: String by rootProject.extra",
      'val moshi: String = "com.squareup.moshi:moshi:1.15.0"',
      "",
      "dependencies {",
      "    implementation(retrofit)",
      "    implementation(moshi)",
      '    implementation(rootProject.extra["okio"])',
      '    implementation(extra["converter"])',
      "}",
      "",
    ].join("\n");
    const files = { "settings.gradle.kts": 'include(":app")\n', "build.gradle.kts": root, "app/build.gradle.kts": app };
    expect((await mavenFindings(files)).maven).toEqual([
      "maven:com.squareup.retrofit2:retrofit@5 2.9.0 ->2.9.0 (build.gradle.kts) direct",
      "maven:com.squareup.moshi:moshi@6 1.15.0 ->1.15.0 direct",
      "maven:com.squareup.okio:okio@7 3.6.0 ->3.6.0 (build.gradle.kts) direct",
      "maven:com.squareup.retrofit2:converter-moshi@8 2.9.0 ->2.9.0 (build.gradle.kts) direct",
    ]);
  });

  it("reads a coordinate a delegated extra property holds whole, in the root build and in a module delegating to it", async () => {
    const root = [
      "buildscript {",
      '    val kotlinVersion by extra("1.9.22")',
      "}",
      'val okhttp by extra("com.squareup.okhttp3:okhttp:4.12.0")',
      'val timber: String by extra("com.jakewharton.timber:timber:5.0.1")',
      "",
      "dependencies {",
      "    implementation(okhttp)",
      "}",
      "",
    ].join("\n");
    const app = ["val timber: String by rootProject.extra", "", "dependencies {", "    implementation(timber)", "}", ""].join("\n");
    const files = { "settings.gradle.kts": 'include(":app")\n', "build.gradle.kts": root, "app/build.gradle.kts": app };
    expect((await mavenFindings(files)).maven).toEqual([
      "maven:com.jakewharton.timber:timber@4 5.0.1 ->5.0.1 (build.gradle.kts) direct",
      "maven:com.squareup.okhttp3:okhttp@8 4.12.0 ->4.12.0 direct",
    ]);
  });

  it("reads an extra property cast to a String where the dependency names it", async () => {
    const root = 'extra["okhttp"] = "com.squareup.okhttp3:okhttp:4.12.0"\nextra["gson"] = "com.google.code.gson:gson:2.10.1"\n';
    const app = [
      "dependencies {",
      '    implementation(rootProject.extra["okhttp"] as String)',
      '    testImplementation(rootProject.extra["gson"] as String?)',
      '    implementation(rootProject.extra["okhttp"] as String + "x")',
      "}",
      "",
    ].join("\n");
    const files = { "settings.gradle.kts": 'include(":app")\n', "build.gradle.kts": root, "app/build.gradle.kts": app };
    expect((await mavenFindings(files)).maven).toEqual([
      "maven:com.squareup.okhttp3:okhttp@2 4.12.0 ->4.12.0 (build.gradle.kts) direct",
      "maven:com.google.code.gson:gson@3 2.10.1 ->2.10.1 (build.gradle.kts) direct dev",
    ]);
  });
});
