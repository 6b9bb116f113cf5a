import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import type { ToolEntry } from "../src/types.js";

// A root build script of the legacy layout loads plugins onto the buildscript classpath; the
// projects that apply one use it. Kotlin's Gradle plugin loaded there but applied nowhere, in a tree
// of Java sources, compiles no Kotlin (as a plugin declared `apply false` is no part of the build).

const named = (tools: ToolEntry[], name: string) => tools.find((t) => t.name === name && !t.package_url);
const detect = async (files: Record<string, string>) => (await scan(new MemorySource(files), { git: false })).document.tools;

const rootScript = [
  "buildscript {",
  "    ext.kotlin_version = '1.3.72'",
  "    repositories {",
  "        google()",
  "        jcenter()",
  "    }",
  "    dependencies {",
  '        classpath "org.jetbrains.kotlin:kotlin-gradle-plugin:$kotlin_version"',
  "        classpath 'com.android.tools.build:gradle:4.0.0'",
  "    }",
  "}",
  "",
  "allprojects {",
  "    repositories {",
  "        google()",
  "        jcenter()",
  "    }",
  "}",
  "",
].join("\n");

const appScript = (plugins: string[]) =>
  [
    ...plugins.map((p) => `apply plugin: '${p}'`),
    "",
    "android {",
    "    compileSdkVersion 30",
    "    defaultConfig {",
    '        applicationId "com.example.shop"',
    "        minSdkVersion 16",
    "        targetSdkVersion 30",
    "    }",
    "}",
    "",
    "dependencies {",
    "    implementation 'androidx.appcompat:appcompat:1.2.0'",
    "    implementation 'com.google.android.material:material:1.2.0'",
    "}",
    "",
  ].join("\n");

describe("Kotlin's Gradle plugin on the buildscript classpath", () => {
  it("a Java Android app whose root script loads kotlin-gradle-plugin but applies no Kotlin plugin names no Kotlin", async () => {
    const tools = await detect({
      "settings.gradle": "include ':app'\n",
      "build.gradle": rootScript,
      "app/build.gradle": appScript(["com.android.application"]),
      "app/src/main/java/com/example/shop/MainActivity.java": "",
      "app/src/main/java/com/example/shop/CartActivity.java": "",
    });
    expect(named(tools, "Android SDK")?.version).toBe("30.0");
    expect(named(tools, "Gradle")).toBeDefined();
    expect(named(tools, "Kotlin")).toBeUndefined();
  });

  it("the same app applying kotlin-android names Kotlin at the classpath's release", async () => {
    const tools = await detect({
      "settings.gradle": "include ':app'\n",
      "build.gradle": rootScript,
      "app/build.gradle": appScript(["com.android.application", "kotlin-android"]),
      "app/src/main/java/com/example/shop/MainActivity.kt": "",
    });
    expect(named(tools, "Kotlin")?.version).toBe("1.3.72");
  });

  it("Kotlin sources beside a classpath-only plugin still name Kotlin", async () => {
    const tools = await detect({
      "settings.gradle": "include ':app'\n",
      "build.gradle": rootScript,
      "app/build.gradle": appScript(["com.android.application"]),
      "app/src/main/java/com/example/shop/MainActivity.kt": "",
    });
    // At the classpath's release: the .kt file alone (the language bar's reading) would name none.
    expect(named(tools, "Kotlin")?.version).toBe("1.3.72");
  });
});
