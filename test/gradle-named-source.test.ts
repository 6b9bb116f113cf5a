import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

// Gradle's detection_source as the site writes it: the first by path of `gradlew` and the Groovy
// build scripts, never gradle-wrapper.properties nor a Kotlin-DSL script where one of those exists.
// Seen in 2 corpus repositories (gywns0417: build.gradle beside a wrapper; Wladoo: gradlew beside
// build.gradle.kts and a wrapper) and 5 held-out ones of 5 more owners (Jodel app/build.gradle over
// build.gradle; Flutter apps' android/app/build.gradle over android/build.gradle; iSpaceAndroid),
// the path compared as bytes (the expo forks' android/ReactAndroid/build.gradle over android/app/build.gradle).
// The rule is catalog data, Gradle's `cited_files: [gradlew, gradlew.bat, "*.gradle"]` (overrides.yml): these
// tests fail without it (the engine's side, any tool's globs: cited-files.test.ts).

const gradle = async (files: Record<string, string>) => {
  const { document } = await scan(new MemorySource(files), { git: false });
  const entry = document.tools.find((t) => t.name === "Gradle");
  return { source: entry?.detection_source, version: entry?.version, url: entry?.detection_source_url };
};

const appScript = `apply plugin: 'com.android.application'

android {
    compileSdkVersion 25
    defaultConfig {
        minSdkVersion 18
        targetSdkVersion 25
    }
}

dependencies {
    compile 'io.reactivex.rxjava2:rxjava:2.0.2'
    testCompile 'junit:junit:4.12'
}
`;
const rootScript = `buildscript {
    repositories {
        jcenter()
    }
    dependencies {
        classpath 'com.android.tools.build:gradle:2.3.1'
    }
}
`;
const wrapper = "distributionUrl=https\\://services.gradle.org/distributions/gradle-8.5-bin.zip\n";

describe("Gradle's named source", () => {
  it("an Android app's module script, first by path, over the root's (Jodel-Android-Challenge)", async () => {
    expect((await gradle({ "build.gradle": rootScript, "app/build.gradle": appScript })).source).toBe("app/build.gradle");
  });

  it("a Flutter app's android/app/build.gradle over android/build.gradle and the wrapper, which still gives the release", async () => {
    const found = await gradle({ "pubspec.yaml": "name: app\n", "android/build.gradle": rootScript, "android/app/build.gradle": appScript, "android/gradle/wrapper/gradle-wrapper.properties": wrapper, "android/gradlew": "#!/bin/sh\n" });
    expect(found.source).toBe("android/app/build.gradle");
    expect(found.version).toBe("8.5");
  });

  it("by path as bytes, capitals first: a React Native checkout's android/ReactAndroid/build.gradle over android/app/build.gradle (held-out expo forks, react-native-macos)", async () => {
    expect((await gradle({ "android/app/build.gradle": appScript, "android/ReactAndroid/build.gradle": rootScript, "android/build.gradle": rootScript })).source).toBe("android/ReactAndroid/build.gradle");
  });

  it("a single build.gradle over the wrapper beside it (gywns0417)", async () => {
    expect((await gradle({ "build.gradle": rootScript, "settings.gradle": "rootProject.name = 'api'\n", "gradle/wrapper/gradle-wrapper.properties": wrapper, gradlew: "#!/bin/sh\n" })).source).toBe("build.gradle");
  });

  it("gradlew over a Kotlin-DSL script and the wrapper (Wladoo's worker-kotlin template); the script alone still names it", async () => {
    const kts = 'plugins {\n    kotlin("js") version "1.9.22"\n}\n';
    expect((await gradle({ "w/build.gradle.kts": kts, "w/gradle/wrapper/gradle-wrapper.properties": wrapper, "w/gradlew": "#!/bin/sh\n" })).source).toBe("w/gradlew");
    expect((await gradle({ "w/build.gradle.kts": kts })).source).toBe("w/build.gradle.kts");
  });

  it("the wrapper's Windows launcher over a Kotlin-DSL script, as gradlew is (held-out pieterclaerhout/kotlin-yellowduck-sports: a Spring Boot app in Kotlin)", async () => {
    const kts = `plugins {
	id("org.springframework.boot") version "2.4.5"
	id("io.spring.dependency-management") version "1.0.11.RELEASE"
	kotlin("jvm") version "1.5.0"
	kotlin("plugin.spring") version "1.5.0"
}

dependencies {
	implementation("org.springframework.boot:spring-boot-starter-web")
	runtimeOnly("org.postgresql:postgresql")
}
`;
    const files = { "build.gradle.kts": kts, "settings.gradle.kts": 'rootProject.name = "yellowduck-sports"\n', "gradlew.bat": "@rem Gradle startup script for Windows\r\n" };
    expect((await gradle(files)).source).toBe("gradlew.bat");
    // gradlew, where both launchers are committed, sorts first (kotlin-yellowduck-gpx, Wladoo's template)
    expect((await gradle({ ...files, gradlew: "#!/bin/sh\n" })).source).toBe("gradlew");
  });

  it("the wrapper's Windows script alone names Gradle, as the site does from a React Native generator's template folder (samdanae/nx)", async () => {
    // packages/react-native/.../app/android holds gradlew.bat beside build.gradle.template files (not Gradle scripts)
    const dir = "packages/react-native/src/generators/application/files/app/android";
    expect((await gradle({ [`${dir}/gradlew.bat`]: "@rem Gradle startup script for Windows\r\n", [`${dir}/build.gradle.template`]: rootScript })).source).toBe(`${dir}/gradlew.bat`);
  });
});
