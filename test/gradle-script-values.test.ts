import { describe, expect, it } from "vitest";
import { readScriptValues, referenceName } from "../detectors/gradle/script-values.js";

// readScriptValues called alone on the places pre-catalog Gradle builds keep their coordinates: a
// root build.gradle's `ext` blocks and maps, a dependencies.gradle applied from it, a Kotlin DSL
// script's vals. Each case checks the three tables it fills, entry by entry.

const read = (lines: string[]) => {
  const values = readScriptValues(lines.join("\n"));
  return { strings: Object.fromEntries(values.strings), lists: Object.fromEntries(values.lists), aliases: Object.fromEntries(values.aliases) };
};

describe("referenceName", () => {
  it("drops the qualifiers a module reaches the root project's extra properties through", () => {
    expect(referenceName("rootProject.ext.libs['room'].runtime")).toBe("libs.room.runtime");
    expect(referenceName('project.ext.deps[ "okhttp" ]')).toBe("deps.okhttp");
    expect(referenceName("rootProject.versions.kotlin")).toBe("versions.kotlin");
    expect(referenceName("project.deps.junit")).toBe("deps.junit");
    expect(referenceName("ext.versions.kotlin")).toBe("versions.kotlin");
  });

  it("keeps names that only open like a qualifier, and a qualifier that is not at the start", () => {
    expect(referenceName("projectVersions.kotlin")).toBe("projectVersions.kotlin");
    expect(referenceName("rootProjectDeps.junit")).toBe("rootProjectDeps.junit");
    expect(referenceName("extras.okhttp")).toBe("extras.okhttp");
    expect(referenceName("libs.project.ext")).toBe("libs.project.ext");
  });
});

describe("readScriptValues: the assignments it reads", () => {
  it("reads each way a root script assigns an extra property", () => {
    const values = read([
      "buildscript {",
      "    ext.kotlin_version = '1.9.22'",
      "    project.ext.okhttpVersion = \"4.12.0\"",
      "    rootProject.ext.glideVersion = '4.16.0'",
      "    ext['supportVersion'] = '28.0.0'",
      '    ext[ "lifecycle_version" ] = "2.6.2"',
      "    repositories { google() }",
      "}",
      "ext {",
      "    retrofitVersion = '2.9.0'",
      "}",
      "ext { daggerVersion = '2.50' }",
      "def coroutines = 'org.jetbrains.kotlinx:kotlinx-coroutines-core:1.7.3'",
      "project.timberCoordinates = 'com.jakewharton.timber:timber:5.0.1'",
    ]);
    expect(values.strings).toEqual({
      kotlin_version: "1.9.22",
      okhttpVersion: "4.12.0",
      glideVersion: "4.16.0",
      supportVersion: "28.0.0",
      lifecycle_version: "2.6.2",
      retrofitVersion: "2.9.0",
      daggerVersion: "2.50",
      coroutines: "org.jetbrains.kotlinx:kotlinx-coroutines-core:1.7.3",
      timberCoordinates: "com.jakewharton.timber:timber:5.0.1",
    });
  });

  it("reads a Kotlin DSL script's vals and vars", () => {
    const values = read([
      "plugins {",
      '    kotlin("jvm") version "1.9.22"',
      "}",
      'val ktorVersion = "2.3.7"',
      'var logbackVersion = "1.4.14"',
      'val exposed = "org.jetbrains.exposed:exposed-core:${ktorVersion}"',
      "dependencies {",
      '    implementation("io.ktor:ktor-server-core:$ktorVersion")',
      "}",
    ]);
    expect(values.strings).toEqual({ ktorVersion: "2.3.7", logbackVersion: "1.4.14", exposed: "org.jetbrains.exposed:exposed-core:${ktorVersion}" });
  });

  it("reads a Kotlin DSL val declared with its type, and an extra property set by index", () => {
    const values = read([
      'val moshiVersion: String = "1.15.0"',
      'val moshi: String = "com.squareup.moshi:moshi:$moshiVersion"',
      'var timber: String? = "com.jakewharton.timber:timber:5.0.1"',
      'extra["retrofit"] = "com.squareup.retrofit2:retrofit:2.9.0"',
      'rootProject.extra[ "gson" ] = "com.google.code.gson:gson:2.10.1"',
      "val isCi: Boolean = System.getenv(\"CI\") != null",
    ]);
    expect(values.strings).toEqual({
      moshiVersion: "1.15.0",
      moshi: "com.squareup.moshi:moshi:$moshiVersion",
      timber: "com.jakewharton.timber:timber:5.0.1",
      retrofit: "com.squareup.retrofit2:retrofit:2.9.0",
      gson: "com.google.code.gson:gson:2.10.1",
    });
  });

  it("leaves out comparisons, regex matches, numbers, calls, keywords and values an expression goes on after", () => {
    const values = read([
      "ext.isRelease = gradle.startParameter.taskNames.contains('release')",
      "ext.useFirebase = true",
      "ext.signing = null",
      "ext.keystore = new File(rootDir, 'release.jks')",
      "ext.minSdk = 21",
      "ext.flavor = project.hasProperty('flavor') ? project.flavor : 'dev'",
      "ext.buildNumber = System.getenv('BUILD_NUMBER') ?: '0'",
      "ext.gitSha = 'git rev-parse HEAD'.execute().text",
      "ext.tasks = tasks { }",
      "def isCi = it",
      "def self = this",
      "if (flavor == 'dev') { println 'dev' }",
      "ext.matches = name =~ /x/",
      "ext.okhttp = 'com.squareup.okhttp3:okhttp:4.12.0'",
    ]);
    expect(values.strings).toEqual({ okhttp: "com.squareup.okhttp3:okhttp:4.12.0" });
    expect(values.aliases).toEqual({});
  });

  it("reads a value ended by a semicolon or by the brace of a one-line block, not one followed by more", () => {
    const values = read([
      "ext { junitVersion = '4.13.2' }",
      "ext.espressoVersion = '3.5.1';",
      "ext.truthVersion = '1.1.5'; ext.robolectricVersion = '4.11.1'",
      "ext.mockkVersion = '1.13.8' + suffix.trim()",
      "ext.crlf = '1.0.0'\r",
    ]);
    expect(values.strings).toEqual({ junitVersion: "4.13.2", espressoVersion: "3.5.1", truthVersion: "1.1.5", crlf: "1.0.0" });
  });

  it("keeps the first value a name is given", () => {
    const values = read(["ext.okhttpVersion = '4.12.0'", "ext.okhttpVersion = '3.14.9'", "ext.support = ['a:b:1']", "ext.support = ['a:b:2']", "ext.deps = libs", "ext.deps = other"]);
    expect(values.strings).toEqual({ okhttpVersion: "4.12.0" });
    expect(values.lists).toEqual({ support: ["a:b:1"] });
    expect(values.aliases).toEqual({ deps: "libs" });
  });
});

describe("readScriptValues: strings", () => {
  it("reads single, double and triple quotes, escapes, and keeps interpolations as written", () => {
    const values = read([
      "ext.a = 'com.google.guava:guava:32.1.3-android'",
      'ext.b = "com.squareup.moshi:moshi:$versions.moshi"',
      'ext.c = "androidx.room:room-runtime:${versions.room}"',
      "ext.d = 'io.reactivex:rxjava:${rx}'",
      'ext.e = """org.slf4j:slf4j-api:2.0.9"""',
      "ext.f = '''ch.qos.logback:logback-classic:1.4.14'''",
      'ext.g = "say \\"hi\\""',
      "ext.h = 'it\\'s'",
      'ext.i = ""',
      'ext.j = "com.squareup.okhttp3:okhttp:${versions["okhttp"]}"',
    ]);
    expect(values.strings).toEqual({
      a: "com.google.guava:guava:32.1.3-android",
      b: "com.squareup.moshi:moshi:$versions.moshi",
      c: "androidx.room:room-runtime:${versions.room}",
      d: "io.reactivex:rxjava:${rx}",
      e: "org.slf4j:slf4j-api:2.0.9",
      f: "ch.qos.logback:logback-classic:1.4.14",
      g: 'say "hi"',
      h: "it's",
      i: "",
      j: 'com.squareup.okhttp3:okhttp:${versions["okhttp"]}',
    });
  });

  it("reads a triple-quoted string over lines, and no single-quoted one left open at the line's end", () => {
    const values = read(["ext.banner = '''line one", "line two'''", "ext.broken = 'com.squareup:kotlinpoet:1.15.3", "ext.next = 'x:y:1'"]);
    expect(values.strings).toEqual({ banner: "line one\nline two", next: "x:y:1" });
  });

  it("reads no double-quoted string whose interpolation is left open or runs over a line", () => {
    const values = read(['ext.open = "a:b:${versions.x"', 'ext.split = "a:b:${versions', '.x}"', 'ext.fine = "c:d:${v}"']);
    expect(values.strings).toEqual({ fine: "c:d:${v}" });
    expect(read(['ext.last = "a:b:${versions.x"']).strings).toEqual({});
  });

  it("takes a brace inside a single-quoted string as text", () => {
    const values = read(["ext.template = 'a:b:${'", "ext.other = 'c:d:1'"]);
    expect(values.strings).toEqual({ template: "a:b:${", other: "c:d:1" });
  });

  it("joins strings and names with + into one string whose names are interpolations", () => {
    const values = read([
      "ext.okhttpLogging = 'com.squareup.okhttp3:logging-interceptor:' + versions.okhttp",
      "ext.glide = 'com.github.bumptech.glide:glide:' + rootProject.ext.versions['glide'] + ''",
      "ext.nested = 'a:b:' + ['c']",
      "ext.snapshot = 'com.example:sdk:' + (isRelease ? '1.0' : '1.0-SNAPSHOT')",
    ]);
    expect(values.strings).toEqual({
      okhttpLogging: "com.squareup.okhttp3:logging-interceptor:${versions.okhttp}",
      glide: "com.github.bumptech.glide:glide:${versions.glide}",
    });
  });
});

describe("readScriptValues: maps, lists and names", () => {
  it("reads a dependencies.gradle map as Android projects write it, nested and across lines", () => {
    const values = read([
      "ext.versions = [",
      "        minSdk      : 21,",
      "        kotlin      : '1.9.22',",
      "        'appcompat' : '1.6.1',",
      '        "material"  : "1.11.0",',
      "]",
      "ext.deps = [",
      "        support : [",
      "                appcompat: \"androidx.appcompat:appcompat:${versions.appcompat}\",",
      "                material : \"com.google.android.material:material:${versions.material}\"",
      "        ],",
      "        kotlin  : [stdlib: \"org.jetbrains.kotlin:kotlin-stdlib:$versions.kotlin\"],",
      "        'test-runner': 'androidx.test:runner:1.5.2',",
      "        none    : [:],",
      "        blank   : [ : ],",
      "]",
    ]);
    expect(values.strings).toEqual({
      "versions.minSdk": "21",
      "versions.kotlin": "1.9.22",
      "versions.appcompat": "1.6.1",
      "versions.material": "1.11.0",
      "deps.support.appcompat": "androidx.appcompat:appcompat:${versions.appcompat}",
      "deps.support.material": "com.google.android.material:material:${versions.material}",
      "deps.kotlin.stdlib": "org.jetbrains.kotlin:kotlin-stdlib:$versions.kotlin",
      "deps.test-runner": "androidx.test:runner:1.5.2",
    });
  });

  it("reads a map indented with tabs, with CRLF line ends, and an entry continued after a +", () => {
    const values = readScriptValues(
      [
        "ext.android = [",
        "\tcompileSdk\t: 34,",
        "\tversionCode\t: 1024,",
        "\tjavaVersion\t: 1.8,",
        "\tokhttpLogging: 'com.squareup.okhttp3:logging-interceptor:' +",
        "\t\tversions.okhttp",
        "]",
      ].join("\r\n"),
    );
    expect(Object.fromEntries(values.strings)).toEqual({
      "android.compileSdk": "34",
      "android.versionCode": "1024",
      "android.javaVersion": "1.8",
      "android.okhttpLogging": "com.squareup.okhttp3:logging-interceptor:${versions.okhttp}",
    });
  });

  it("reads a last entry written without a comma before the closing bracket's line, and comma-first entries", () => {
    const values = read(["ext.libs = [", "    retrofit: 'com.squareup.retrofit2:retrofit:2.9.0'", "    , gson: 'com.google.code.gson:gson:2.10.1'", "]"]);
    expect(values.strings).toEqual({ "libs.retrofit": "com.squareup.retrofit2:retrofit:2.9.0", "libs.gson": "com.google.code.gson:gson:2.10.1" });
  });

  it("reads a map of many groups, each a map of its own", () => {
    const groups = ["support", "room", "lifecycle", "navigation", "paging", "work", "hilt", "retrofit", "okhttp", "moshi", "glide", "coil", "rx", "coroutines", "junit", "espresso", "mockito", "truth"];
    const values = read(["ext.deps = [", ...groups.map((g) => `    ${g}: [core: 'com.example.${g}:${g}-core:1.0.0'],`), "]"]);
    expect(Object.keys(values.strings)).toHaveLength(18);
    expect(values.strings["deps.support.core"]).toBe("com.example.support:support-core:1.0.0");
    expect(values.strings["deps.truth.core"]).toBe("com.example.truth:truth-core:1.0.0");
  });

  it("reads maps nested 16 levels deep and no deeper", () => {
    const nested = (levels: number) => `${"[a: ".repeat(levels)}'g:a:1'${"]".repeat(levels)}`;
    expect(read([`ext.x = ${nested(16)}`]).strings).toEqual({ [`x${".a".repeat(16)}`]: "g:a:1" });
    expect(read([`ext.x = ${nested(17)}`, "ext.after = 'g:b:1'"]).strings).toEqual({ after: "g:b:1" });
  });

  it("reads lists of strings and names, and no list that holds a map or a list", () => {
    const values = read([
      "ext.supportLibs = ['com.android.support:appcompat-v7:28.0.0', \"com.android.support:design:${supportVersion}\"]",
      "ext.testLibs = [deps.junit, rootProject.ext.deps.truth, deps[ \"robolectric\" ]]",
      "ext.mixed = [[a: 'x:y:1'], 'g:a:1']",
      "ext.nestedList = [['x:y:1']]",
      "ext.empty = []",
    ]);
    expect(values.lists).toEqual({
      supportLibs: ["com.android.support:appcompat-v7:28.0.0", "com.android.support:design:${supportVersion}"],
      testLibs: ["${deps.junit}", "${deps.truth}", "${deps.robolectric}"],
      empty: [],
    });
  });

  it("reads a name standing for another, and no name standing for itself", () => {
    const values = read(["def deps = [:]", "deps.okhttp = okhttp", "ext.deps = deps", "ext.build_versions = build_versions", "ext.libraries = rootProject.ext.deps"]);
    expect(values.aliases).toEqual({ "deps.okhttp": "okhttp", libraries: "deps" });
  });

  it("reads a name written over lines inside brackets and one with spaces around its dots", () => {
    const values = read(["ext.testLibs = [", "    deps", "      .junit,", "    deps . truth", "]"]);
    expect(values.lists).toEqual({ testLibs: ["${deps.junit}", "${deps.truth}"] });
  });

  it("skips the entries of a map it cannot read (calls, closures, strings holding brackets) and reads the rest", () => {
    const values = read([
      "ext.libs = [",
      "        buildTime : new Date().format('yyyy-MM-dd]'),",
      "        label     : getLabel(\"v]\"),",
      "        onCi      : { String a, String b -> System.getenv('CI') != null },",
      "        fromFile  : file(\"versions/[kotlin].txt\").text,",
      "        sources   : files(['src/a', 'src/b']),",
      "        flavors   : android.productFlavors.collect { it.name },",
      "        retrofit  : 'com.squareup.retrofit2:retrofit:2.9.0',",
      "]",
      "ext.after = 'g:a:1'",
    ]);
    expect(values.strings).toEqual({ "libs.retrofit": "com.squareup.retrofit2:retrofit:2.9.0", after: "g:a:1" });
  });

  it("skips an unreadable last entry up to the closing bracket", () => {
    const values = read(["ext.libs = [retrofit: 'com.squareup.retrofit2:retrofit:2.9.0', buildTime: new Date().format('yyyy')]"]);
    expect(values.strings).toEqual({ "libs.retrofit": "com.squareup.retrofit2:retrofit:2.9.0" });
  });

  it("reads nothing of a map whose entry it cannot skip, and goes on to the next assignment", () => {
    const values = read(["ext.libs = [", "    broken: foo(1, 2)) ,", "    retrofit: 'g:retrofit:1'", "]", "ext.after = 'g:a:1'"]);
    expect(values.strings).toEqual({ after: "g:a:1" });
    const unclosed = read(["ext.libs = [", "    broken: foo('1, 2),", "    retrofit: 'g:retrofit:1'", "]"]);
    expect(unclosed.strings).toEqual({});
  });

  it("reads no map whose entries run together without a comma, nor a map key with a double colon", () => {
    const values = read(["ext.libs = [a: 'x:a:1' b: 'x:b:1']", "ext.ref = [key:: 'x:c:1']", "ext.after = 'g:a:1'"]);
    expect(values.strings).toEqual({ after: "g:a:1" });
  });
});
