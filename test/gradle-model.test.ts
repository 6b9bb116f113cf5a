import { describe, expect, it } from "vitest";
import { detectorFindings } from "./detector-findings.js";
import type { Finding } from "../src/types.js";
import { gradleDetector } from "../detectors/gradle/index.js";

// The Gradle reader finding by finding, on a multi-module build laid out as real ones are: the
// settings' plugin versions, gradle.properties, a version catalog with bundles, a BOM through
// platform(), a lockfile, the wrapper, an Android module and buildSrc constants.

/** What the Gradle detector alone reports for a tree (ordered by file, then ref), and the warnings. */
const gradle = (files: Record<string, string>) => detectorFindings(gradleDetector, files, "as found");

const build: Record<string, string> = {
  "settings.gradle.kts": [
    "pluginManagement {",
    "    plugins {",
    '        id("org.springframework.boot") version "3.2.2"',
    '        id("io.spring.dependency-management") version "${dependencyManagementVersion}"',
    "    }",
    "}",
    'rootProject.name = "shop"',
    'include("api", "android-app", "tools")',
  ].join("\n"),
  "gradle.properties": "# shared\ndependencyManagementVersion=1.1.4\norg.gradle.jvmargs=-Xmx2g\nokhttpVersion = 4.12.0\nmicronautVersion=4.2.0-SNAPSHOT\n",
  "api/gradle.properties": "okhttpVersion=3.14.9\n",
  "gradle/libs.versions.toml": [
    "[versions]",
    'ktor = "2.3.7"',
    'agp = "8.2.1"',
    'compileSdk = "34"',
    "[libraries]",
    'ktor-server-core = { module = "io.ktor:ktor-server-core", version.ref = "ktor" }',
    'ktor-server-netty = { group = "io.ktor", name = "ktor-server-netty", version.ref = "ktor" }',
    'spring-boot-bom = { module = "org.springframework.boot:spring-boot-dependencies", version = "3.2.2" }',
    'postgresql = "org.postgresql:postgresql:42.7.1"',
    "[bundles]",
    'ktor = ["ktor-server-core", "ktor-server-netty"]',
    "[plugins]",
    'android-application = { id = "com.android.application", version.ref = "agp" }',
    'kotlin-jvm = "org.jetbrains.kotlin.jvm:1.9.22"',
  ].join("\n"),
  "gradle/wrapper/gradle-wrapper.properties": "distributionUrl=https\\://services.gradle.org/distributions/gradle-8.5-bin.zip\n",
  "build.gradle.kts": ["plugins {", "    alias(libs.plugins.kotlin.jvm) apply false", "    alias(libs.plugins.android.application) apply false", "}"].join("\n"),
  "api/build.gradle.kts": [
    "plugins {",
    "    java",
    '    id("org.springframework.boot")',
    '    id("io.spring.dependency-management")',
    "}",
    "java { toolchain { languageVersion = JavaLanguageVersion.of(21) } }",
    "dependencies {",
    "    implementation(platform(libs.spring.boot.bom))",
    '    implementation("org.springframework.boot:spring-boot-starter-web")',
    "    implementation(libs.bundles.ktor)",
    '    implementation("com.squareup.okhttp3:okhttp:$okhttpVersion")',
    "    runtimeOnly(libs.postgresql)",
    '    testImplementation("org.springframework.boot:spring-boot-starter-test")',
    '    testFixturesImplementation("org.assertj:assertj-core:3.25.1")',
    '    implementation("org.webjars.npm:htmx.org:1.9.10")',
    "}",
  ].join("\n"),
  "api/gradle.lockfile": "# This is a Gradle generated file for dependency locking.\norg.postgresql:postgresql:42.7.2=runtimeClasspath\norg.postgresql:postgresql:42.6.0=testRuntimeClasspath\nempty=\n",
  "android-app/build.gradle": [
    "buildscript {",
    "    dependencies { classpath 'com.google.gms:google-services:4.4.0' }",
    "}",
    "apply plugin: 'com.android.application'",
    "android {",
    "    compileSdk libs.versions.compileSdk.get().toInt()",
    "    defaultConfig { minSdk 24 }",
    "    compileOptions { sourceCompatibility JavaVersion.VERSION_17 }",
    "    buildFeatures { compose true }",
    "}",
    "dependencies {",
    "    implementation \"com.squareup.okhttp3:okhttp:${Versions.okhttp}\"",
    "    androidTestImplementation 'androidx.test.ext:junit:1.1.5'",
    "    debugImplementation 'androidx.compose.ui:ui-tooling'",
    "}",
  ].join("\n"),
  "tools/build.gradle": "// nothing declared\n",
  "cli/build.gradle.kts": [
    "plugins {",
    '    kotlin("jvm")',
    "    application",
    "}",
    'val cliktVersion: String = "4.2.2"',
    "kotlin { jvmToolchain(17) }",
    "dependencies {",
    '    implementation("com.github.ajalt.clikt:clikt:$cliktVersion")',
    '    implementation("io.micronaut.data:micronaut-data-jdbc")',
    '    implementation("io.micronaut:micronaut-http-client:${rootProject.ext.missing}")',
    "}",
  ].join("\n"),
  "cli/src/main/kotlin/Main.kt": "fun main() {}",
  "buildSrc/src/main/kotlin/Versions.kt": ["object Versions {", '    const val okhttp = "4.11.0"', "}", "object Deps {", '    const val timber = "com.jakewharton.timber:timber:5.0.1"', '    const val room = "androidx.room:room-runtime:${Versions.room}"', "}"].join("\n"),
  "buildSrc/src/main/kotlin/AndroidConvention.kt": 'class AndroidConvention { fun apply() { pluginManager.apply("com.android.library") } }',
};

describe("Gradle model", () => {
  it("a multi-module build: plugin versions from the settings and the catalog, properties shallowest first, bundles, a BOM's family, the lockfile, the wrapper, Android levels, buildSrc", async () => {
    const { findings, warnings } = await gradle(build);
    expect(warnings).toEqual([]);
    expect(findings).toEqual([
      { ref: "gradle-plugin:com.android.application", file: "android-app/build.gradle", line: 4, version: "8.2.1", versionFile: "gradle/libs.versions.toml" },
      { ref: "maven:androidx.compose.ui:ui-tooling", file: "android-app/build.gradle", line: 14, direct: true, dev: false, matchFirst: "gradle" },
      { ref: "maven:androidx.test.ext:junit", file: "android-app/build.gradle", line: 13, declared: "1.1.5", version: "1.1.5", direct: true, dev: true, matchFirst: "gradle" },
      { ref: "maven:com.google.gms:google-services", file: "android-app/build.gradle", line: 2, declared: "4.4.0", version: "4.4.0", direct: false, dev: false, matchFirst: "gradle" },
      { ref: "maven:com.squareup.okhttp3:okhttp", file: "android-app/build.gradle", line: 12, declared: "${Versions.okhttp}", version: "4.11.0", direct: true, dev: false, matchFirst: "gradle" },
      { ref: "runtime:android-os", file: "android-app/build.gradle", version: "14.0" },
      { ref: "runtime:android-sdk", file: "android-app/build.gradle", version: "34.0" },
      { ref: "runtime:gradle", file: "android-app/build.gradle" },
      { ref: "runtime:jetpack-compose", file: "android-app/build.gradle" },
      { ref: "gradle-plugin:io.spring.dependency-management", file: "api/build.gradle.kts", line: 4, version: "1.1.4", versionFile: "settings.gradle.kts" },
      // The Kotlin DSL's core plugin accessors: `java` here, `application` in cli.
      { ref: "gradle-plugin:java", file: "api/build.gradle.kts", line: 2 },
      { ref: "gradle-plugin:org.springframework.boot", file: "api/build.gradle.kts", line: 3, version: "3.2.2", versionFile: "settings.gradle.kts" },
      { ref: "maven:com.squareup.okhttp3:okhttp", file: "api/build.gradle.kts", line: 11, declared: "$okhttpVersion", version: "4.12.0", direct: true, dev: false, matchFirst: "gradle" },
      { ref: "maven:io.ktor:ktor-server-core", file: "api/build.gradle.kts", line: 10, alsoDeclaredAt: [{ file: "gradle/libs.versions.toml", line: 6 }, { file: "gradle/libs.versions.toml", line: 2 }], declared: "2.3.7", version: "2.3.7", versionFile: "gradle/libs.versions.toml", direct: true, dev: false, matchFirst: "gradle" },
      { ref: "maven:io.ktor:ktor-server-netty", file: "api/build.gradle.kts", line: 10, alsoDeclaredAt: [{ file: "gradle/libs.versions.toml", line: 7 }, { file: "gradle/libs.versions.toml", line: 2 }], declared: "2.3.7", version: "2.3.7", versionFile: "gradle/libs.versions.toml", direct: true, dev: false, matchFirst: "gradle" },
      { ref: "maven:org.assertj:assertj-core", file: "api/build.gradle.kts", line: 14, declared: "3.25.1", version: "3.25.1", direct: true, dev: true, matchFirst: "gradle" },
      { ref: "maven:org.postgresql:postgresql", file: "api/build.gradle.kts", line: 12, alsoDeclaredAt: [{ file: "gradle/libs.versions.toml", line: 9 }], declared: "42.7.1", version: "42.7.2", versionFile: "api/gradle.lockfile", direct: true, dev: false, matchFirst: "gradle" },
      { ref: "maven:org.springframework.boot:spring-boot-dependencies", file: "api/build.gradle.kts", line: 8, alsoDeclaredAt: [{ file: "gradle/libs.versions.toml", line: 8 }], declared: "3.2.2", version: "3.2.2", versionFile: "gradle/libs.versions.toml", direct: true, dev: false, matchFirst: "gradle" },
      // At the family release the BOM takes from the catalog: the catalog is where it came from (the URL's file).
      { ref: "maven:org.springframework.boot:spring-boot-starter-test", file: "api/build.gradle.kts", line: 13, version: "3.2.2", lent: true, versionFile: "gradle/libs.versions.toml", direct: true, dev: true, matchFirst: "gradle" },
      { ref: "maven:org.springframework.boot:spring-boot-starter-web", file: "api/build.gradle.kts", line: 9, version: "3.2.2", lent: true, versionFile: "gradle/libs.versions.toml", direct: true, dev: false, matchFirst: "gradle" },
      { ref: "maven:org.webjars.npm:htmx.org", file: "api/build.gradle.kts", line: 15, declared: "1.9.10", version: "1.9.10", direct: true, dev: false, matchFirst: "gradle" },
      { ref: "npm:htmx.org", file: "api/build.gradle.kts", line: 15, declared: "1.9.10", version: "1.9.10" },
      { ref: "runtime:gradle", file: "api/build.gradle.kts" },
      { ref: "runtime:java", file: "api/build.gradle.kts", version: "21" },
      // The root declares its plugins `apply false`: their versions serve the modules that apply them.
      { ref: "runtime:gradle", file: "build.gradle.kts" },
      { ref: "gradle-plugin:com.android.library", file: "buildSrc/src/main/kotlin/AndroidConvention.kt", line: 1 },
      { ref: "maven:androidx.room:room-runtime", file: "buildSrc/src/main/kotlin/Versions.kt", line: 6, declared: "${Versions.room}", direct: true, matchFirst: "gradle" },
      { ref: "maven:com.jakewharton.timber:timber", file: "buildSrc/src/main/kotlin/Versions.kt", line: 5, declared: "5.0.1", version: "5.0.1", direct: true, matchFirst: "gradle" },
      { ref: "gradle-plugin:application", file: "cli/build.gradle.kts", line: 3 },
      { ref: "gradle-plugin:org.jetbrains.kotlin.jvm", file: "cli/build.gradle.kts", line: 2, version: "1.9.22", versionFile: "gradle/libs.versions.toml" },
      { ref: "maven:com.github.ajalt.clikt:clikt", file: "cli/build.gradle.kts", line: 8, declared: "$cliktVersion", version: "4.2.2", direct: true, dev: false, matchFirst: "gradle" },
      { ref: "maven:io.micronaut.data:micronaut-data-jdbc", file: "cli/build.gradle.kts", line: 9, version: "4.2.0-SNAPSHOT", lent: true, direct: true, dev: false, matchFirst: "gradle" },
      { ref: "maven:io.micronaut:micronaut-http-client", file: "cli/build.gradle.kts", line: 10, declared: "${rootProject.ext.missing}", version: "4.2.0-SNAPSHOT", lent: true, direct: true, dev: false, matchFirst: "gradle" },
      { ref: "runtime:gradle", file: "cli/build.gradle.kts" },
      { ref: "runtime:gradle", file: "gradle/wrapper/gradle-wrapper.properties", version: "8.5" },
    ]);
  });
});

describe("Gradle model: edges", () => {
  const refs = (findings: Finding[], file: string) => findings.filter((f) => f.file === file).map((f) => [f.ref, f.version ?? null]);

  it("a root script without plugins still means Gradle; a Java plugin without a level is Java; a Groovy module's level alone is Java too", async () => {
    const { findings } = await gradle({
      "build.gradle": "allprojects {\n    repositories { mavenCentral() }\n}\n",
      "lib/build.gradle": "plugins {\n    id 'java-library'\n}\n",
      "scripts/build.gradle": "apply plugin: 'groovy'\nsourceCompatibility = '17'\n",
    });
    expect(refs(findings, "build.gradle")).toStrictEqual([["runtime:gradle", null]]);
    expect(refs(findings, "lib/build.gradle")).toStrictEqual([["gradle-plugin:java-library", null], ["runtime:gradle", null], ["runtime:java", null]]);
    expect(refs(findings, "scripts/build.gradle")).toStrictEqual([["gradle-plugin:groovy", null], ["runtime:gradle", null], ["runtime:java", "17"]]);
  });

  it("kaptTest and integrationTestImplementation are test configurations", async () => {
    const { findings } = await gradle({
      "app/build.gradle.kts": 'dependencies {\n    kaptTest("com.google.dagger:hilt-compiler:2.50")\n    integrationTestImplementation("org.testcontainers:postgresql:1.19.3")\n    kapt("com.google.dagger:hilt-compiler:2.50")\n}\n',
    });
    expect(findings.filter((f) => f.ref.startsWith("maven:")).map((f) => [f.line, f.dev])).toStrictEqual([[2, true], [4, false], [3, true]]);
  });

  it("the root script's variables and the settings' plugin versions win over a module's", async () => {
    const { findings } = await gradle({
      "a/build.gradle": "ext.springVersion = '5.0.0'\nplugins {\n    id 'org.springframework.boot' version '2.7.18'\n}\n",
      "build.gradle": "ext.springVersion = '6.1.3'\nplugins {\n    id 'org.springframework.boot'\n}\n",
      "settings.gradle": "pluginManagement {\n    plugins {\n        id 'org.springframework.boot' version '3.2.2'\n    }\n}\n",
      "web/build.gradle": "plugins {\n    id 'org.springframework.boot'\n}\ndependencies {\n    implementation \"org.springframework:spring-web:$springVersion\"\n}\n",
    });
    expect(refs(findings, "build.gradle")).toContainEqual(["gradle-plugin:org.springframework.boot", "3.2.2"]);
    expect(refs(findings, "web/build.gradle")).toContainEqual(["gradle-plugin:org.springframework.boot", "3.2.2"]);
    expect(refs(findings, "web/build.gradle")).toContainEqual(["maven:org.springframework:spring-web", "6.1.3"]);
  });

  it("a BOM imported without a version leaves the family to the plugin; one with a version wins over it; a non-numeric property is no release", async () => {
    const boot = (bom: string) => `plugins {\n    id("org.springframework.boot") version "3.2.2"\n}\ndependencies {\n    implementation(platform("${bom}"))\n    implementation("org.springframework.boot:spring-boot-starter-web")\n}\n`;
    const version = async (files: Record<string, string>, ref: string) => (await gradle(files)).findings.find((f) => f.ref === ref)?.version;
    expect(await version({ "build.gradle.kts": boot("org.springframework.boot:spring-boot-dependencies") }, "maven:org.springframework.boot:spring-boot-starter-web")).toBe("3.2.2");
    expect(await version({ "build.gradle.kts": boot("org.springframework.boot:spring-boot-dependencies:3.1.5") }, "maven:org.springframework.boot:spring-boot-starter-web")).toBe("3.1.5");
    const micronaut = 'dependencies {\n    implementation("io.micronaut:micronaut-http-client")\n}\n';
    expect(await version({ "gradle.properties": "micronautVersion=latest.release\n", "build.gradle.kts": micronaut }, "maven:io.micronaut:micronaut-http-client")).toBeUndefined();
  });

  it("catalog entries that do not exist read as nothing; the catalog under gradle/ comes first, another one serves alone", async () => {
    const { findings, warnings } = await gradle({
      "a/libs.versions.toml": '[libraries]\nokio = "com.squareup.okio:okio:2.0.0"\n',
      "gradle/libs.versions.toml": '[libraries]\nokio = "com.squareup.okio:okio:3.7.0"\n',
      "build.gradle.kts": "plugins {\n    alias(libs.plugins.missing)\n}\ndependencies {\n    implementation(platform(libs.missing.bom))\n    implementation(libs.missing.lib)\n    implementation(libs.okio)\n}\n",
    });
    expect(warnings).toEqual([]);
    expect(findings.map((f) => [f.ref, f.version ?? null])).toStrictEqual([["maven:com.squareup.okio:okio", "3.7.0"], ["runtime:gradle", null]]);
    const alone = await gradle({ "a/libs.versions.toml": '[libraries]\nokio = "com.squareup.okio:okio:2.0.0"\n', "build.gradle.kts": "dependencies {\n    implementation(libs.okio)\n}\n" });
    expect(alone.findings[0]?.version).toBe("2.0.0");
  });

  it("the wrapper's Gradle release, a two-digit minor and a release candidate; none without a distribution URL", async () => {
    const wrapper = async (text: string) => (await gradle({ "gradle/wrapper/gradle-wrapper.properties": text })).findings.map((f) => f.version ?? null);
    expect(await wrapper("distributionUrl=https\\://services.gradle.org/distributions/gradle-8.10.2-all.zip\n")).toStrictEqual(["8.10.2"]);
    expect(await wrapper("distributionUrl=https\\://services.gradle.org/distributions/gradle-8.6-rc-12-bin.zip\n")).toStrictEqual(["8.6-rc-12"]);
    expect(await wrapper("distributionBase=GRADLE_USER_HOME\n")).toStrictEqual([null]);
  });
});
