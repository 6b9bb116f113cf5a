import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import type { ToolEntry } from "../src/types.js";
import { detectorFindings } from "./detector-findings.js";
import { gradleDetector } from "../detectors/gradle/index.js";

// Audit a35c (Kotlin and Android): builds laid out as the templates and real apps write them.
const entry = (tools: ToolEntry[], name: string) => tools.find((t) => t.name === name && !t.package_url);
const run = async (files: Record<string, string>) => (await scan(new MemorySource(files), { git: false })).document.tools;

describe("Kotlin and Android builds (audit a35c)", () => {
  it("a Groovy module converting catalog versions with toInteger() and `as int` gets its Android levels", async () => {
    const tools = await run({
      "settings.gradle": "rootProject.name = 'player'\ninclude ':app'\n",
      "gradle/libs.versions.toml": '[versions]\ncompileSdk = "34"\nminSdk = "26"\n',
      "app/build.gradle": [
        "plugins { id 'com.android.application' }",
        "android {",
        "    compileSdk libs.versions.compileSdk.get().toInteger()",
        "    defaultConfig {",
        "        minSdk libs.versions.minSdk.get() as int",
        "    }",
        "}",
      ].join("\n"),
    });
    expect(entry(tools, "Android SDK")?.version).toBe("34.0");
    expect(entry(tools, "Android OS")?.version).toBe("14.0");
  });

  it("a module whose minSdk alone is written as `as int` takes it where the compile level is Flutter's", async () => {
    const tools = await run({
      "gradle/libs.versions.toml": '[versions]\nminSdk = "24"\n',
      "app/build.gradle": ["apply plugin: 'com.android.application'", "android {", "    compileSdkVersion flutter.compileSdkVersion", "    defaultConfig { minSdkVersion libs.versions.minSdk.get() as Integer }", "}"].join("\n"),
    });
    expect(entry(tools, "Android OS")?.version).toBe("7.0");
  });

  it("the Compose Multiplatform template's settings read the Kotlin plugin's version from a property (extra[...] as String)", async () => {
    const tools = await run({
      "settings.gradle.kts": [
        "pluginManagement {",
        "    plugins {",
        '        kotlin("multiplatform").version(extra["kotlin.version"] as String)',
        '        id("org.jetbrains.compose").version(extra["compose.version"] as String)',
        "    }",
        "}",
        'rootProject.name = "desktop-notes"',
      ].join("\n"),
      "gradle.properties": "kotlin.code.style=official\nkotlin.version=1.9.21\ncompose.version=1.5.11\n",
      "build.gradle.kts": ["plugins {", '    kotlin("multiplatform")', '    id("org.jetbrains.compose")', "}"].join("\n"),
    });
    const kotlin = entry(tools, "Kotlin");
    expect(kotlin?.version).toBe("1.9.21");
    expect(kotlin?.detection_source_url).toBe("settings.gradle.kts");
  });

  it("property(...) and providers.gradleProperty(...).get() as a plugin's version are read too", async () => {
    const tools = await run({
      "settings.gradle.kts": ["pluginManagement {", "    plugins {", '        kotlin("jvm") version providers.gradleProperty("kotlinVersion").get()', "    }", "}"].join("\n"),
      "gradle.properties": "kotlinVersion=2.0.21\n",
      "build.gradle.kts": 'plugins {\n    kotlin("jvm")\n}\n',
    });
    expect(entry(tools, "Kotlin")?.version).toBe("2.0.21");
    const groovy = await run({
      "settings.gradle": "pluginManagement {\n  plugins {\n    id 'org.jetbrains.kotlin.jvm' version property('kotlinVersion')\n  }\n}\n",
      "gradle.properties": "kotlinVersion=1.9.25\n",
      "build.gradle": "plugins {\n  id 'org.jetbrains.kotlin.jvm'\n}\n",
    });
    expect(entry(groovy, "Kotlin")?.version).toBe("1.9.25");
  });

  it("a root script's ext { compileSdkVersion = 31 } is a variable the app module reads, not an Android module of its own", async () => {
    const tools = await run({
      "settings.gradle": "include ':app'\n",
      "build.gradle": [
        "buildscript {",
        "    ext.kotlin_version = '1.6.21'",
        "    ext {",
        "        compileSdkVersion = 31",
        "        minSdkVersion = 21",
        "    }",
        "    dependencies { classpath \"org.jetbrains.kotlin:kotlin-gradle-plugin:$kotlin_version\" }",
        "}",
      ].join("\n"),
      "app/build.gradle": ["apply plugin: 'com.android.application'", "android {", "    compileSdkVersion rootProject.ext.compileSdkVersion", "}"].join("\n"),
    });
    for (const name of ["Android SDK", "Android OS"]) {
      expect(entry(tools, name)?.detection_source, name).toBe("app/build.gradle");
    }
    expect(entry(tools, "Android SDK")?.version).toBe("31.0");
  });

  it("a buildSrc API level written as a number (const val compileSdk = 33) is the level the module compiles against", async () => {
    const tools = await run({
      "buildSrc/src/main/kotlin/Versions.kt": ["object Versions {", '    const val kotlin = "1.8.22"', "    const val compileSdk = 33", "    const val minSdk: Int = 24", "}"].join("\n"),
      "app/build.gradle.kts": ['plugins { id("com.android.application") }', "android {", "    compileSdk = Versions.compileSdk", "    defaultConfig { minSdk = Versions.minSdk }", "}"].join("\n"),
    });
    expect(entry(tools, "Android SDK")?.version).toBe("33.0");
    expect(entry(tools, "Android OS")?.version).toBe("13.0");
  });

  it("Ktor's Gradle plugin names Ktor at its release and versions the io.ktor modules the generator declares without one", async () => {
    const tools = await run({
      "settings.gradle.kts": 'rootProject.name = "ktor-sample"\n',
      "build.gradle.kts": [
        "plugins {",
        '    kotlin("jvm") version "1.9.24"',
        '    id("io.ktor.plugin") version "2.3.12"',
        "}",
        "dependencies {",
        '    implementation("io.ktor:ktor-server-core-jvm")',
        '    implementation("io.ktor:ktor-server-netty-jvm")',
        "}",
      ].join("\n"),
    });
    const ktor = entry(tools, "Ktor");
    expect(ktor?.version).toBe("2.3.12");
  });

  it("the OkHttp, Ktor and Kotlin BOMs imported with platform() version the modules declared without one", async () => {
    const tools = await run({
      "gradle/libs.versions.toml": [
        "[versions]",
        'okhttp = "4.12.0"',
        "[libraries]",
        'okhttp-bom = { module = "com.squareup.okhttp3:okhttp-bom", version.ref = "okhttp" }',
        'okhttp = { module = "com.squareup.okhttp3:okhttp" }',
        'okhttp-logging = { module = "com.squareup.okhttp3:logging-interceptor" }',
      ].join("\n"),
      "app/build.gradle.kts": [
        "dependencies {",
        "    implementation(platform(libs.okhttp.bom))",
        "    implementation(libs.okhttp)",
        "    implementation(libs.okhttp.logging)",
        '    implementation(platform("io.ktor:ktor-bom:3.0.1"))',
        '    implementation("io.ktor:ktor-client-core")',
        '    implementation(platform("org.jetbrains.kotlin:kotlin-bom:2.0.21"))',
        '    implementation("org.jetbrains.kotlin:kotlin-reflect")',
        "}",
      ].join("\n"),
    });
    const pkg = (name: string) => tools.find((t) => t.name === name && t.sub_category === "Maven Packages");
    expect(pkg("com.squareup.okhttp3:okhttp")?.version).toBe("4.12.0");
    expect(pkg("com.squareup.okhttp3:logging-interceptor")?.version).toBe("4.12.0");
    expect(entry(tools, "Ktor")?.version).toBe("3.0.1");
    expect(entry(tools, "Kotlin")?.version).toBe("2.0.21");
  });

  it("Compose Multiplatform's plugin names Compose Multiplatform at its release, Jetpack Compose beside it without one", async () => {
    const tools = await run({
      "gradle/libs.versions.toml": ["[versions]", 'compose-plugin = "1.6.11"', "[plugins]", 'jetbrainsCompose = { id = "org.jetbrains.compose", version.ref = "compose-plugin" }'].join("\n"),
      "composeApp/build.gradle.kts": ["plugins {", "    alias(libs.plugins.jetbrainsCompose)", "}"].join("\n"),
    });
    const cmp = entry(tools, "Compose Multiplatform");
    expect(cmp?.version).toBe("1.6.11");
    expect(cmp?.category).toBe("Languages & Frameworks");
    expect(cmp?.sub_category).toBe("Front-End Frameworks");
    expect(entry(tools, "Jetpack Compose")).toBeDefined();
    expect(entry(tools, "Jetpack Compose")?.version).toBeUndefined();
  });

  it("the ktlint release a build sets (ktlint-gradle's version.set, Groovy's version =, Spotless's ktlint(...)) versions ktlint", async () => {
    const kts = await run({
      "build.gradle.kts": ["plugins {", '    id("org.jlleitschuh.gradle.ktlint") version "12.1.1"', "}", "ktlint {", "    android.set(true)", '    version.set("1.2.1")', "}"].join("\n"),
    });
    expect(entry(kts, "ktlint")?.version).toBe("1.2.1");
    const groovy = await run({
      "build.gradle": ["plugins {", "    id 'org.jlleitschuh.gradle.ktlint' version '11.6.1'", "}", "ktlint {", "    version = '0.50.0'", "}"].join("\n"),
    });
    expect(entry(groovy, "ktlint")?.version).toBe("0.50.0");
    const spotless = await run({
      "build.gradle.kts": ["plugins {", '    id("com.diffplug.spotless") version "6.25.0"', "}", "spotless {", "    kotlin {", '        target("**/*.kt")', '        ktlint("1.3.0")', "    }", "}"].join("\n"),
    });
    expect(entry(spotless, "ktlint")?.version).toBe("1.3.0");
  });

  it("Room's Gradle plugin (androidx.room) names Android Room at its release", async () => {
    const tools = await run({
      "gradle/libs.versions.toml": ["[versions]", 'room = "2.6.1"', "[plugins]", 'room = { id = "androidx.room", version.ref = "room" }'].join("\n"),
      "app/build.gradle.kts": ["plugins {", "    alias(libs.plugins.room)", "}", "room {", '    schemaDirectory("$projectDir/schemas")', "}"].join("\n"),
    });
    expect(entry(tools, "Android Room")?.version).toBe("2.6.1");
  });

  it("Now in Android's convention plugins: their API levels, Compose and catalog libraries (findLibrary) are the modules'; kotlin-dsl's Java version is no Java", async () => {
    const tools = await run({
      "settings.gradle.kts": 'pluginManagement {\n    includeBuild("build-logic")\n}\ninclude(":app")\n',
      "gradle/libs.versions.toml": [
        "[versions]",
        'room = "2.6.1"',
        'hilt = "2.51.1"',
        "[libraries]",
        'room-runtime = { group = "androidx.room", name = "room-runtime", version.ref = "room" }',
        'hilt-android = { group = "com.google.dagger", name = "hilt-android", version.ref = "hilt" }',
        "[bundles]",
        'di = ["hilt-android"]',
      ].join("\n"),
      "build-logic/settings.gradle.kts": 'dependencyResolutionManagement {\n    versionCatalogs {\n        create("libs") {\n            from(files("../gradle/libs.versions.toml"))\n        }\n    }\n}\ninclude(":convention")\n',
      "build-logic/convention/build.gradle.kts": ["plugins {", "    `kotlin-dsl`", "}", "java {", "    sourceCompatibility = JavaVersion.VERSION_17", "}"].join("\n"),
      "build-logic/convention/src/main/kotlin/KotlinAndroid.kt": [
        "internal fun Project.configureKotlinAndroid(commonExtension: CommonExtension<*, *, *, *, *, *>) {",
        "    commonExtension.apply {",
        "        compileSdk = 34",
        "        defaultConfig { minSdk = 21 }",
        "        buildFeatures.compose = true",
        "    }",
        "    dependencies {",
        '        add("implementation", libs.findLibrary("room.runtime").get())',
        '        add("implementation", libs.findBundle("di").get())',
        "    }",
        "}",
      ].join("\n"),
      "app/build.gradle.kts": 'plugins {\n    id("nowinandroid.android.application")\n}\n',
    });
    expect(entry(tools, "Android SDK")?.version).toBe("34.0");
    expect(entry(tools, "Android OS")?.version).toBe("14.0");
    expect(entry(tools, "Jetpack Compose")).toBeDefined();
    expect(entry(tools, "Android Room")?.version).toBe("2.6.1");
    expect(entry(tools, "Dagger")?.version).toBe("2.51.1");
    expect(entry(tools, "Java")).toBeUndefined();
  });

  it("the Kotlin Gradle plugin versions the org.jetbrains.kotlin artifacts declared without a version, by plugin id or classpath artifact", async () => {
    const tools = await run({
      "build.gradle.kts": ["plugins {", '    kotlin("jvm") version "1.9.25"', "}", "dependencies {", '    implementation("org.jetbrains.kotlin:kotlin-reflect")', '    testImplementation(kotlin("test"))', "}"].join("\n"),
    });
    const pkg = (list: ToolEntry[], name: string) => list.find((t) => t.name === name && t.sub_category === "Maven Packages");
    expect(pkg(tools, "org.jetbrains.kotlin:kotlin-reflect")?.version).toBe("1.9.25");
    const legacy = await run({
      "build.gradle": ["buildscript {", "    ext.kotlin_version = '1.6.21'", '    dependencies { classpath "org.jetbrains.kotlin:kotlin-gradle-plugin:$kotlin_version" }', "}"].join("\n"),
      "app/build.gradle": ["apply plugin: 'com.android.application'", "apply plugin: 'kotlin-android'", "dependencies {", "    implementation 'org.jetbrains.kotlin:kotlin-stdlib'", "}"].join("\n"),
    });
    expect(pkg(legacy, "org.jetbrains.kotlin:kotlin-stdlib")?.version).toBe("1.6.21");
  });

  it("a wrapper on a Gradle milestone gives that release, as a release candidate's does", async () => {
    const { findings } = await detectorFindings(gradleDetector, { "gradle/wrapper/gradle-wrapper.properties": "distributionUrl=https\\://services.gradle.org/distributions/gradle-8.0-milestone-1-bin.zip\n" }, "as found");
    expect(findings.map((f) => f.version ?? null)).toStrictEqual(["8.0-milestone-1"]);
  });

  it("Compose's Material 3 and compiler, numbered apart, lend Jetpack Compose no release; the UI modules do", async () => {
    const tools = await run({
      "app/build.gradle": [
        "plugins { id 'com.android.application' }",
        "dependencies {",
        "    implementation 'androidx.compose.material3:material3:1.1.2'",
        "    implementation 'androidx.compose.material3.adaptive:adaptive:1.0.0'",
        "    implementation 'androidx.compose.compiler:compiler:1.5.3'",
        "}",
      ].join("\n"),
    });
    expect(entry(tools, "Jetpack Compose")).toBeDefined();
    expect(entry(tools, "Jetpack Compose")?.version).toBeUndefined();
    const ui = await run({ "app/build.gradle": "dependencies {\n    implementation 'androidx.compose.material3:material3:1.1.2'\n    implementation 'androidx.compose.ui:ui:1.5.4'\n}\n" });
    expect(entry(ui, "Jetpack Compose")?.version).toBe("1.5.4");
  });
});
