import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import type { ToolEntry } from "../src/types.js";
import { readBuildScript } from "../detectors/gradle/build-script.js";

// A multi-project build's root declares plugin versions once with `apply false`; the projects
// that apply a plugin are the ones that use it. A plugin only declared is not part of the build.

const named = (tools: ToolEntry[], name: string) => tools.find((t) => t.name === name && !t.package_url);
const detect = async (files: Record<string, string>) => (await scan(new MemorySource(files), { git: false })).document.tools;

describe("Gradle plugins declared `apply false`", () => {
  it("reads `apply false` and `apply(false)` on id, kotlin() and alias() lines as declarations only", () => {
    const script = readBuildScript(
      [
        "plugins {",
        '    id("org.flywaydb.flyway") version "10.8.1" apply false',
        "    id 'com.diffplug.spotless' version '6.25.0' apply(false)",
        '    kotlin("jvm") version "1.9.22" apply false',
        "    alias(libs.plugins.android.application) apply false",
        '    id("org.jetbrains.kotlin.plugin.spring") version "1.9.22"',
        "}",
      ].join("\n"),
    );
    expect(script.plugins.map((p) => [p.id ?? p.catalogAccessor, p.version, p.declaredOnly ?? false])).toStrictEqual([
      ["org.flywaydb.flyway", "10.8.1", true],
      ["com.diffplug.spotless", "6.25.0", true],
      ["org.jetbrains.kotlin.jvm", "1.9.22", true],
      ["libs.plugins.android.application", undefined, true],
      ["org.jetbrains.kotlin.plugin.spring", "1.9.22", false],
    ]);
  });

  it("Kotlin DSL Android build: the root's `apply false` versions the plugins `:app` applies; a declared plugin no project applies is not named", async () => {
    const tools = await detect({
      "settings.gradle.kts": 'rootProject.name = "notes"\ninclude(":app")\n',
      "gradle/libs.versions.toml": [
        "[versions]",
        'agp = "8.2.2"',
        'kotlin = "1.9.22"',
        "[plugins]",
        'android-application = { id = "com.android.application", version.ref = "agp" }',
        'kotlin-android = { id = "org.jetbrains.kotlin.android", version.ref = "kotlin" }',
        'flyway = { id = "org.flywaydb.flyway", version = "10.8.1" }',
      ].join("\n"),
      "build.gradle.kts": [
        "plugins {",
        "    alias(libs.plugins.android.application) apply false",
        "    alias(libs.plugins.kotlin.android) apply false",
        "    alias(libs.plugins.flyway) apply false",
        "}",
      ].join("\n"),
      "app/build.gradle.kts": [
        "plugins {",
        "    alias(libs.plugins.android.application)",
        "    alias(libs.plugins.kotlin.android)",
        "}",
        "android {",
        "    compileSdk = 34",
        "}",
      ].join("\n"),
    });
    // the language bar counts the .kts builds: Kotlin is cited as Repo Metadata; the URL is the catalog giving its release
    expect(named(tools, "Kotlin")).toMatchObject({ version: "1.9.22", detection_source: "Repo Metadata", detection_source_url: "gradle/libs.versions.toml" });
    expect(named(tools, "Android OS")).toMatchObject({ detection_source: "app/build.gradle.kts" });
    expect(named(tools, "Flyway")).toBeUndefined();
  });

  it("Groovy multi-project build: `apply plugin:` in a subproject (or the root's subprojects block) takes the root's version", async () => {
    const tools = await detect({
      "settings.gradle": "rootProject.name = 'shop'\ninclude 'db', 'api'\n",
      "build.gradle": [
        "plugins {",
        "    id 'org.flywaydb.flyway' version '10.8.1' apply false",
        "    id 'com.google.cloud.tools.jib' version '3.4.0' apply false",
        "    id 'io.gatling.gradle' version '3.10.3' apply false",
        "}",
        "subprojects {",
        "    apply plugin: 'java'",
        "}",
      ].join("\n"),
      "db/build.gradle": "apply plugin: 'org.flywaydb.flyway'\n",
      "api/build.gradle": "plugins {\n    id 'com.google.cloud.tools.jib'\n}\n",
    });
    expect(named(tools, "Flyway")).toMatchObject({ version: "10.8.1", detection_source: "db/build.gradle" });
    expect(named(tools, "Jib")).toMatchObject({ detection_source: "api/build.gradle" });
    expect(named(tools, "Gatling")).toBeUndefined();
  });

  it("a root that applies the plugin itself (no `apply false`) names it", async () => {
    const tools = await detect({
      "build.gradle.kts": 'plugins {\n    id("org.flywaydb.flyway") version "10.8.1"\n    id("io.gatling.gradle") version "3.10.3" apply false\n}\n',
    });
    expect(named(tools, "Flyway")).toMatchObject({ version: "10.8.1", detection_source: "build.gradle.kts" });
    expect(named(tools, "Gatling")).toBeUndefined();
  });
});
