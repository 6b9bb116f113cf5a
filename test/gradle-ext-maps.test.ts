import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import type { ToolEntry } from "../src/types.js";
import type { CatalogSource } from "../src/catalog/types.js";
import { readScriptValues } from "../detectors/gradle/script-values.js";

// Pre-catalog Android and Java builds keep their dependencies in `ext` maps of the root script (or
// of a versions.gradle it applies) and declare them by name in the modules: `implementation libs.retrofit`,
// `kapt deps.room.compiler`, `implementation rootProject.ext.libs.dagger`. The maps are read as text.

const entry = (tools: ToolEntry[], name: string) => tools.find((t) => t.name === name);
const EVERY_PACKAGE: CatalogSource = { registries: { maven: { pages: false } } };

/** The root script of an app laid out as many pre-2021 Android apps are: buildscript `ext` maps. */
const root = [
  "// Top-level build file where you can add configuration options common to all sub-projects/modules.",
  "buildscript {",
  "    ext.kotlin_version = '1.8.22'",
  "    ext.versions = [",
  "            'minSdk'    : 21,",
  "            'compileSdk': 33,",
  "            'retrofit'  : '2.9.0',",
  "            'okhttp'    : '4.11.0',",
  '            \'room\'      : "2.5.2",',
  "    ]",
  "    ext.libs = [",
  '            retrofit     : "com.squareup.retrofit2:retrofit:${versions.retrofit}",',
  '            okhttp       : "com.squareup.okhttp3:okhttp:$versions.okhttp",',
  "            okhttpLogging: 'com.squareup.okhttp3:logging-interceptor:' + versions.okhttp,",
  "            room         : [",
  '                    runtime : "androidx.room:room-runtime:${versions.room}",',
  '                    compiler: "androidx.room:room-compiler:${versions.room}",',
  "            ],",
  "            dagger       : 'com.google.dagger:dagger:2.47', // DI",
  "    ]",
  "    ext {",
  "        testLibs = [junit: 'junit:junit:4.13.2', mockito: \"org.mockito:mockito-core:5.4.0\"]",
  "    }",
  "    dependencies {",
  "        classpath 'com.android.tools.build:gradle:7.4.2'",
  '        classpath "org.jetbrains.kotlin:kotlin-gradle-plugin:$kotlin_version"',
  "    }",
  "}",
].join("\n");

const app = [
  "apply plugin: 'com.android.application'",
  "apply plugin: 'kotlin-android'",
  "apply plugin: 'kotlin-kapt'",
  "android {",
  "    compileSdkVersion versions.compileSdk",
  "    defaultConfig {",
  "        minSdkVersion rootProject.ext.versions.minSdk",
  "    }",
  "}",
  "dependencies {",
  "    implementation project(':core')",
  "    implementation libs.retrofit",
  "    implementation(libs.okhttp)",
  "    debugImplementation libs.okhttpLogging",
  "    implementation libs.room.runtime",
  "    kapt libs.room.compiler",
  "    implementation rootProject.ext.libs.dagger",
  "    testImplementation testLibs.junit, testLibs.mockito",
  "}",
].join("\n");

describe("Gradle ext maps", () => {
  it("a module's dependencies named through the root script's ext maps take their coordinates and versions from them", async () => {
    const files = { "settings.gradle": "include ':app', ':core'", "build.gradle": root, "app/build.gradle": app };
    const { document } = await scan(new MemorySource(files), { git: false, catalog: EVERY_PACKAGE });
    expect(entry(document.tools, "com.squareup.retrofit2:retrofit")).toMatchObject({ version: "2.9.0", detection_source: "app/build.gradle", detection_source_url: "build.gradle" });
    expect(entry(document.tools, "Retrofit")?.version).toBe("2.9.0");
    expect(entry(document.tools, "com.squareup.okhttp3:okhttp")?.version).toBe("4.11.0");
    expect(entry(document.tools, "com.squareup.okhttp3:logging-interceptor")?.version).toBe("4.11.0");
    expect(entry(document.tools, "androidx.room:room-runtime")?.version).toBe("2.5.2");
    expect(entry(document.tools, "androidx.room:room-compiler")).toBeUndefined(); // kapt: an annotation processor, no package entry
    expect(entry(document.tools, "Android Room")?.version).toBe("2.5.2");
    expect(entry(document.tools, "com.google.dagger:dagger")?.version).toBe("2.47");
    expect(entry(document.tools, "junit:junit")?.version).toBe("4.13.2");
    expect(entry(document.tools, "Mockito")?.version).toBe("5.4.0");
    // The API level from the map: compileSdk 33 is Android 13.
    expect(entry(document.tools, "Android SDK")?.version).toBe("33.0");
    expect(entry(document.tools, "Android OS")?.version).toBe("13.0");
  });

  it("a versions.gradle assigning map entries key by key, grouped through aliases, serves the buildscript classpath and the modules", async () => {
    const versions = [
      "ext.deps = [:]",
      "def versions = [:]",
      "versions.android_gradle_plugin = '8.1.1'",
      'versions.kotlin = "1.9.10"',
      'versions.room = "2.5.2"',
      "versions.mockito = \"5.5.0\"",
      "ext.versions = versions",
      "def build_versions = [:]",
      "build_versions.compile_sdk = 34",
      "ext.build_versions = build_versions",
      "def deps = [:]",
      "def room = [:]",
      'room.runtime = "androidx.room:room-runtime:$versions.room"',
      'room.compiler = "androidx.room:room-compiler:$versions.room"',
      "deps.room = room",
      'deps.android_gradle_plugin = "com.android.tools.build:gradle:$versions.android_gradle_plugin"',
      "deps.kotlin = [",
      '        stdlib: "org.jetbrains.kotlin:kotlin-stdlib-jdk7:$versions.kotlin",',
      '        plugin: "org.jetbrains.kotlin:kotlin-gradle-plugin:$versions.kotlin",',
      "]",
      'deps.mockito_all = ["org.mockito:mockito-core:$versions.mockito", "org.mockito:mockito-android:$versions.mockito"]',
      "ext.deps = deps",
      "ext.addRepos = this.&addRepos",
    ].join("\n");
    const files = {
      "versions.gradle": versions,
      "build.gradle": "buildscript {\n    apply from: 'versions.gradle'\n    dependencies {\n        classpath deps.android_gradle_plugin\n        classpath deps.kotlin.plugin\n    }\n}\n",
      "settings.gradle": "include ':app'",
      "app/build.gradle": [
        "apply plugin: 'com.android.application'",
        "apply plugin: 'kotlin-android'",
        "android {",
        "    compileSdkVersion build_versions.compile_sdk",
        "}",
        "dependencies {",
        "    implementation deps.room.runtime",
        "    kapt deps.room.compiler",
        "    implementation deps.kotlin.stdlib",
        "    testImplementation deps.mockito_all",
        "}",
      ].join("\n"),
    };
    const { document } = await scan(new MemorySource(files), { git: false, catalog: EVERY_PACKAGE });
    expect(entry(document.tools, "androidx.room:room-runtime")).toMatchObject({ version: "2.5.2", detection_source: "app/build.gradle", detection_source_url: "versions.gradle" });
    expect(entry(document.tools, "androidx.room:room-compiler")).toBeUndefined(); // kapt: an annotation processor, no package entry
    expect(entry(document.tools, "org.jetbrains.kotlin:kotlin-stdlib-jdk7")?.version).toBe("1.9.10");
    expect(entry(document.tools, "org.mockito:mockito-core")?.version).toBe("5.5.0");
    expect(entry(document.tools, "org.mockito:mockito-android")?.version).toBe("5.5.0");
    // The classpath plugin named through the map gives Kotlin its release.
    expect(entry(document.tools, "Kotlin")?.version).toBe("1.9.10");
    expect(entry(document.tools, "Android SDK")?.version).toBe("34.0");
  });

  it("a real version catalog named libs still wins over the name", async () => {
    const files = {
      "gradle/libs.versions.toml": '[libraries]\nretrofit = "com.squareup.retrofit2:retrofit:2.11.0"\n',
      "build.gradle": "ext.libs = [retrofit: 'com.squareup.retrofit2:retrofit:2.9.0']",
      "app/build.gradle": "dependencies {\n    implementation libs.retrofit\n}\n",
    };
    const { document } = await scan(new MemorySource(files), { git: false, catalog: EVERY_PACKAGE });
    expect(entry(document.tools, "com.squareup.retrofit2:retrofit")).toMatchObject({ version: "2.11.0", detection_source_url: "gradle/libs.versions.toml" });
  });

  it("reads map, list and string literals, leaving calls and closures out", () => {
    const values = readScriptValues(
      [
        "ext {",
        "    libs = [",
        "        'kotlin-stdlib': \"org.jetbrains.kotlin:kotlin-stdlib:${kotlinVersion}\",",
        "        support: ['com.android.support:appcompat-v7:28.0.0', \"com.android.support:design:28.0.0\"],",
        "        computed: file('x').text,",
        "        empty: [:],",
        "    ]",
        "    isCi = System.getenv('CI') != null",
        "    gitSha = 'git rev-parse --short HEAD'.execute().text.trim()",
        "}",
        "def okhttp = [:]",
        "okhttp.core = \"com.squareup.okhttp3:okhttp:$versions.okhttp\"",
        "deps.okhttp = okhttp",
        "ext['coords'] = '''g:a:1'''",
      ].join("\n"),
    );
    expect(Object.fromEntries(values.strings)).toEqual({
      "libs.kotlin-stdlib": "org.jetbrains.kotlin:kotlin-stdlib:${kotlinVersion}",
      "okhttp.core": "com.squareup.okhttp3:okhttp:$versions.okhttp",
      coords: "g:a:1",
    });
    expect(Object.fromEntries(values.lists)).toEqual({ "libs.support": ["com.android.support:appcompat-v7:28.0.0", "com.android.support:design:28.0.0"] });
    expect(Object.fromEntries(values.aliases)).toEqual({ "deps.okhttp": "okhttp" });
  });
});
