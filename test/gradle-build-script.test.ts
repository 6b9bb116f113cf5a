import { describe, expect, it } from "vitest";
import { readBuildScript } from "../detectors/gradle/build-script.js";
import { readVersionCatalog } from "../detectors/gradle/version-catalog.js";
import { readBuildSrc, resolveBuildSrcVersion } from "../detectors/gradle/build-src.js";
import { androidReleases } from "../detectors/gradle/android.js";
import { readGradleLockfile } from "../detectors/gradle/index.js";
import { expectFinishesWithin } from "./work-budget.js";

// Gradle build scripts as people format them: plugin ids aligned in columns, Kotlin DSL without
// spaces, Groovy lists continued over lines with comments, one-line blocks, block comments.

const deps = (text: string) => readBuildScript(text).dependencies.map((d) => [d.configuration, d.catalogAccessor ?? `${d.group}:${d.name}`, d.version ?? null, d.line]);

describe("readBuildScript: formatting", () => {
  it("plugin ids aligned in columns, in Groovy and Kotlin DSL, and apply plugin in both", () => {
    const script = readBuildScript(
      [
        "plugins {",
        "    id 'org.springframework.boot'        version '3.2.2'",
        "    id 'io.spring.dependency-management' version  '1.1.4'",
        '    id("com.google.devtools.ksp")          version("1.9.22-1.0.17")',
        '    kotlin("jvm")                          version "1.9.22"',
        '    kotlin("plugin.spring")    version  kotlinVersion',
        "    alias(libs.plugins.detekt)",
        "}",
        "apply plugin:'kotlin-android'",
        'apply(plugin = "kotlin-kapt")',
        "apply plugin: 'com.google.gms.google-services'",
      ].join("\n"),
    );
    expect(script.plugins).toStrictEqual([
      { id: "org.springframework.boot", version: "3.2.2", line: 2 },
      { id: "io.spring.dependency-management", version: "1.1.4", line: 3 },
      { id: "com.google.devtools.ksp", version: "1.9.22-1.0.17", line: 4 },
      { id: "org.jetbrains.kotlin.jvm", version: "1.9.22", line: 5 },
      { id: "org.jetbrains.kotlin.plugin.spring", version: "$kotlinVersion", line: 6 },
      { catalogAccessor: "libs.plugins.detekt", line: 7 },
      { id: "kotlin-android", line: 9 },
      { id: "kotlin-kapt", line: 10 },
      { id: "com.google.gms.google-services", line: 11 },
    ]);
  });

  it("a plugin line ending in a long blank run is one pass; the chained and spaced forms still read", () => {
    const blanks = " ".repeat(100_000);
    const script = `plugins {\n  kotlin("jvm") version kv${blanks}Z\n  id("a.b") version v${blanks}Z\n  id("c.d")${blanks}Z\n}\n`;
    const plugins = expectFinishesWithin(() => readBuildScript(script), 5).plugins;
    expect(plugins.map((p) => p.id)).toEqual(["org.jetbrains.kotlin.jvm", "a.b", "c.d"]);
    const chained = readBuildScript('plugins {\n  id("x.y").version("1.0").apply(false)\n  id("z.w") . version(zv) . apply(false)\n  kotlin("jvm") version kv )  apply false\n}\n').plugins;
    expect(chained.map((p) => [p.id, p.version, p.declaredOnly ?? false])).toEqual([["x.y", "1.0", true], ["z.w", "$zv", true], ["org.jetbrains.kotlin.jvm", "$kv", true]]);
  });

  it("the configurations of builds before Gradle 7 and the Android Gradle Plugin 3: war's provided*, testRuntime, provided, apt", () => {
    expect(
      deps(
        [
          "apply plugin: 'war'",
          "dependencies {",
          "    compile 'org.springframework.boot:spring-boot-starter-web'",
          "    providedRuntime 'org.springframework.boot:spring-boot-starter-tomcat'",
          "    providedCompile 'javax.servlet:javax.servlet-api:3.1.0'",
          "    testRuntime 'org.junit.vintage:junit-vintage-engine:5.10.2'",
          "    testAnnotationProcessor 'org.projectlombok:lombok:1.18.32'",
          "    provided 'org.glassfish:javax.annotation:10.0-b28'",
          "    apt 'com.google.dagger:dagger-compiler:2.11'",
          "    androidTestCompile('com.android.support.test.espresso:espresso-core:2.2.2', {",
          "        exclude group: 'com.android.support', module: 'support-annotations'",
          "    })",
          "    debugCompile 'com.squareup.leakcanary:leakcanary-android:1.5.4'",
          "}",
        ].join("\n"),
      ),
    ).toStrictEqual([
      ["compile", "org.springframework.boot:spring-boot-starter-web", null, 3],
      ["providedRuntime", "org.springframework.boot:spring-boot-starter-tomcat", null, 4],
      ["providedCompile", "javax.servlet:javax.servlet-api", "3.1.0", 5],
      ["testRuntime", "org.junit.vintage:junit-vintage-engine", "5.10.2", 6],
      ["testAnnotationProcessor", "org.projectlombok:lombok", "1.18.32", 7],
      ["provided", "org.glassfish:javax.annotation", "10.0-b28", 8],
      ["apt", "com.google.dagger:dagger-compiler", "2.11", 9],
      ["androidTestCompile", "com.android.support.test.espresso:espresso-core", "2.2.2", 10],
      ["debugCompile", "com.squareup.leakcanary:leakcanary-android", "1.5.4", 13],
    ]);
  });

  it("map notation with and without spaces, a variable as the version", () => {
    expect(
      deps(
        [
          "dependencies {",
          "    implementation group:'io.jsonwebtoken', name:'jjwt-api', version:'0.12.3'",
          "    runtimeOnly group: 'io.jsonwebtoken', name: 'jjwt-impl', version: jjwtVersion",
          '    implementation(group = "org.apache.commons", name = "commons-lang3", version = "3.14.0")',
          "    compileOnly group : 'org.projectlombok', name : 'lombok'",
          "}",
        ].join("\n"),
      ),
    ).toStrictEqual([
      ["implementation", "io.jsonwebtoken:jjwt-api", "0.12.3", 2],
      ["runtimeOnly", "io.jsonwebtoken:jjwt-impl", "$jjwtVersion", 3],
      ["implementation", "org.apache.commons:commons-lang3", "3.14.0", 4],
      ["compileOnly", "org.projectlombok:lombok", null, 5],
    ]);
  });

  it("a Groovy list continued after a comment, with spaces around commas and trailing blanks; a list cut at the end", () => {
    expect(
      deps(
        [
          "dependencies {",
          "    implementation 'com.squareup.retrofit2:retrofit:2.9.0', // the client",
          "        'com.squareup.retrofit2:converter-gson:2.9.0' ,   ",
          "        'com.squareup.okhttp3:logging-interceptor:4.12.0'",
          "    implementation \"com.google.guava:guava:${guavaVersion}-jre\"",
          "    implementation(kotlin(\"reflect\", \"1.9.22\"))",
          "    implementation(libs.gson.get())",
          "    testImplementation 'junit:junit:4.13.2',",
        ].join("\n"),
      ),
    ).toStrictEqual([
      ["implementation", "com.squareup.retrofit2:retrofit", "2.9.0", 2],
      ["implementation", "com.squareup.retrofit2:converter-gson", "2.9.0", 3],
      ["implementation", "com.squareup.okhttp3:logging-interceptor", "4.12.0", 4],
      ["implementation", "com.google.guava:guava", "${guavaVersion}-jre", 5],
      ["implementation", "org.jetbrains.kotlin:kotlin-reflect", "1.9.22", 6],
      ["implementation", "libs.gson", null, 7],
      ["testImplementation", "junit:junit", "4.13.2", 8],
    ]);
  });

  it("a declaration whose argument is on the next line, after a comment, is read without its comment; `//` in a string is kept", () => {
    const text = [
      'val springMilestones = "https://repo.spring.io/milestone" // Spring\'s own repository',
      "repositories {",
      "    maven { url = uri(springMilestones) }",
      "}",
      "dependencies {",
      "    implementation(",
      "        libs.retrofit // the HTTP client",
      "    )",
      "    implementation(",
      '        "com.squareup.okhttp3:okhttp:4.12.0" // https://square.github.io/okhttp/',
      "    )",
      "    testImplementation(",
      "        libs.junit.jupiter, // JUnit 5",
      "    )",
      "}",
    ].join("\n");
    expect(deps(text)).toStrictEqual([
      ["implementation", "libs.retrofit", null, 6],
      ["implementation", "com.squareup.okhttp3:okhttp", "4.12.0", 9],
      ["testImplementation", "libs.junit.jupiter", null, 12],
    ]);
    expect(readBuildScript(text).variables.get("springMilestones")).toBe("https://repo.spring.io/milestone");
  });

  it("a declaration opened at the very end of a script reads nothing", () => {
    expect(deps("dependencies {\n    implementation(")).toStrictEqual([]);
    // Closed, the same declaration reads.
    expect(deps('dependencies {\n    implementation("a:b:1")\n}\n')).toStrictEqual([["implementation", "a:b", "1", 2]]);
  });

  it("block comments keep the lines where they were; one-line blocks without spaces", () => {
    expect(
      deps(
        [
          "/* Dependencies of the app,",
          "   pinned on 2024-01-10 */ dependencies{ implementation 'org.slf4j:slf4j-api:2.0.9' }",
          "  android{defaultConfig{minSdk 21}}",
          "dependencies {",
          "    /* old */implementation 'ch.qos.logback:logback-classic:1.4.14'",
          "}",
        ].join("\n"),
      ),
    ).toStrictEqual([
      ["implementation", "org.slf4j:slf4j-api", "2.0.9", 2],
      ["implementation", "ch.qos.logback:logback-classic", "1.4.14", 5],
    ]);
    expect(readBuildScript("  android{defaultConfig{minSdk 21}}").minSdk).toBe("21");
  });
});

describe("readBuildScript: settings", () => {
  it("the first definition of a variable wins", () => {
    const script = readBuildScript("ext.okhttp = '4.12.0'\ndef okhttp = '3.14.9'\nval retrofit = \"2.9.0\"\nretrofit = '2.11.0'\n");
    expect([...script.variables]).toStrictEqual([["okhttp", "4.12.0"], ["retrofit", "2.9.0"]]);
  });

  it("a Kotlin DSL template reading a property by name is a variable, whatever the quotes inside", () => {
    const script = readBuildScript(
      [
        "dependencies {",
        '    implementation("com.squareup.okhttp3:okhttp:${property("okhttpVersion")}")',
        '    implementation("io.ktor:ktor-server-core:${project.findProperty("ktor.version") as String}")',
        '    testImplementation("io.kotest:kotest-runner-junit5:${rootProject.extra["kotestVersion"]}")',
        '    implementation("org.jetbrains.exposed:exposed-core:${extra.get("exposed_version")}")',
        '    implementation("ch.qos.logback:logback-classic:${properties["logback"]}")',
        "}",
      ].join("\n"),
    );
    expect(script.dependencies.map((d) => `${d.name} ${d.version}`)).toEqual([
      "okhttp ${okhttpVersion}",
      "ktor-server-core ${ktor.version}",
      "kotest-runner-junit5 ${kotestVersion}",
      "exposed-core ${exposed_version}",
      // Not a form this reads: the version stays unread rather than wrong.
      "logback-classic ${properties[",
    ]);
  });

  it("Java levels: 1.x names before Java 10 stay, a mistaken 1.11 is 11", () => {
    expect(readBuildScript("sourceCompatibility = '1.8'").javaVersion).toBe("1.8");
    expect(readBuildScript("sourceCompatibility = '1.11'").javaVersion).toBe("11");
    expect(readBuildScript("java { sourceCompatibility = JavaVersion.VERSION_17 }").javaVersion).toBe("17");
    expect(readBuildScript("targetCompatibility = JavaVersion.VERSION_1_10").javaVersion).toBe("10");
  });

  it("Compose switched on in Groovy and in Kotlin without spaces", () => {
    expect(readBuildScript("android {\n  buildFeatures {\n    compose true\n  }\n}").compose).toBe(true);
    expect(readBuildScript("android {\n  buildFeatures {\n    compose=true\n  }\n}").compose).toBe(true);
    expect(readBuildScript("android {\n  buildFeatures {\n    compose = false\n  }\n}").compose).toBeUndefined();
    expect(readBuildScript("composeOptions {\n  kotlinCompilerExtensionVersion = '1.5.8'\n}").compose).toBeUndefined();
  });

  it("the first minSdk wins (a flavour's comes later); a variable is kept for the caller", () => {
    const script = readBuildScript("android {\n  defaultConfig {\n    minSdk 24\n  }\n  productFlavors {\n    legacy {\n      minSdk 21\n    }\n  }\n}");
    expect(script.minSdk).toBe("24");
    expect(readBuildScript("android {\n  defaultConfig {\n    minSdkVersion rootProject.ext.minSdkVersion\n  }\n}").minSdk).toBe("$minSdkVersion");
  });
});

describe("readVersionCatalog", () => {
  it("every notation, rich versions, plugins with and without versions, bundles", () => {
    const catalog = readVersionCatalog({
      versions: { kotlin: "1.9.22", "spring-boot": { strictly: "[3.1, 3.3[", prefer: "3.2.2" }, guava: { require: "33.0.0-jre" }, jackson: { strictly: "2.16.1" }, broken: { reject: "1.0" }, number: 5 },
      libraries: {
        "kotlin-stdlib": { module: "org.jetbrains.kotlin:kotlin-stdlib", "version.ref": "kotlin" },
        "spring-boot-starter": { group: "org.springframework.boot", name: "spring-boot-starter", version: { ref: "spring-boot" } },
        guava: { module: "com.google.guava:guava", version: { ref: "guava" } },
        jackson: { group: "com.fasterxml.jackson.core", name: "jackson-databind", version: { ref: "jackson" } },
        okio: "com.squareup.okio:okio:3.7.0",
        junit: "junit:junit",
        nameless: { group: "org.example" },
        groupless: { name: "thing" },
        neither: 7,
        half: "justagroup",
      },
      plugins: {
        "kotlin-jvm": { id: "org.jetbrains.kotlin.jvm", version: { ref: "kotlin" } },
        ktlint: "org.jlleitschuh.gradle.ktlint:12.1.0",
        versionless: { id: "org.example.plugin" },
        bare: "com.example.bare",
        noid: { version: "1.0" },
      },
      bundles: { kotlin: ["kotlin-stdlib", "okio"], broken: "kotlin-stdlib" },
    });
    expect(catalog).toStrictEqual({
      versions: new Map([["kotlin", "1.9.22"], ["spring.boot", "3.2.2"], ["guava", "33.0.0-jre"], ["jackson", "2.16.1"]]),
      libraries: new Map<string, unknown>([
        ["kotlin.stdlib", { group: "org.jetbrains.kotlin", name: "kotlin-stdlib" }],
        ["spring.boot.starter", { group: "org.springframework.boot", name: "spring-boot-starter", version: "3.2.2" }],
        ["guava", { group: "com.google.guava", name: "guava", version: "33.0.0-jre" }],
        ["jackson", { group: "com.fasterxml.jackson.core", name: "jackson-databind", version: "2.16.1" }],
        ["okio", { group: "com.squareup.okio", name: "okio", version: "3.7.0" }],
        ["junit", { group: "junit", name: "junit" }],
      ]),
      plugins: new Map<string, unknown>([
        ["kotlin.jvm", { id: "org.jetbrains.kotlin.jvm", version: "1.9.22" }],
        ["ktlint", { id: "org.jlleitschuh.gradle.ktlint", version: "12.1.0" }],
        ["versionless", { id: "org.example.plugin" }],
        ["bare", { id: "com.example.bare" }],
      ]),
      bundles: new Map([["kotlin", ["kotlin.stdlib", "okio"]]]),
    });
  });

  it("a [versions] entry written as a ref (no form Gradle reads there), to itself or round a cycle, gives no release and no endless recursion", () => {
    // Found by test/fuzz-structured.test.ts: `b = { ref = "b" }` ran the stack out (the gradle detector failed).
    const catalog = readVersionCatalog({
      versions: { a: { ref: "b" }, b: { ref: "a" }, self: { ref: "self" }, kotlin: "1.9.22", alias: { ref: "kotlin" }, proto: { ref: "__proto__" }, ctor: { ref: "constructor" } },
      libraries: {
        x: { module: "g:x", version: { ref: "a" } },
        y: { module: "g:y", version: { ref: "self" } },
        z: { module: "g:z", version: { ref: "kotlin" } },
        p: { module: "g:p", version: { ref: "__proto__" } },
        t: { module: "g:t", version: { ref: "toString" } },
      },
      plugins: { k: { id: "k", version: { ref: "b" } } },
    });
    expect(catalog.versions).toStrictEqual(new Map([["kotlin", "1.9.22"]]));
    expect([...catalog.libraries.values()]).toStrictEqual([{ group: "g", name: "x" }, { group: "g", name: "y" }, { group: "g", name: "z", version: "1.9.22" }, { group: "g", name: "p" }, { group: "g", name: "t" }]);
    expect(catalog.plugins.get("k")).toStrictEqual({ id: "k" });
  });
});

describe("buildSrc, Android levels, lockfiles", () => {
  it("readBuildSrc: constants that look like versions (first wins), coordinates, plugins, comments skipped", () => {
    const code = [
      "object Versions {",
      '    const val okhttp = "4.12.0"',
      '    const val okhttp = "3.14.9"',
      '    val appName = "shop"',
      "}",
      "// const val skipped = \"com.example:skipped:1.0\"",
      " * \"com.example:doc:1.0\"",
      "object Deps {",
      '    const val okhttp = "com.squareup.okhttp3:okhttp:${Versions.okhttp}"',
      '    const val composeUi = "androidx.compose.ui:ui"',
      '    const val junit = "junit:junit:4.13.2@jar"',
      '    const val local = "shared:core"',
      "}",
      'class Convention { fun apply() { pluginManager.apply("com.android.library"); apply(plugin = "kotlin-android") } }',
    ].join("\r\n");
    expect(readBuildSrc(code)).toStrictEqual({
      versions: new Map([["okhttp", "4.12.0"]]),
      coordinates: [
        { group: "com.squareup.okhttp3", name: "okhttp", version: "${Versions.okhttp}", line: 9 },
        { group: "androidx.compose.ui", name: "ui", version: undefined, line: 10 },
        { group: "junit", name: "junit", version: "4.13.2", line: 11 },
      ],
      plugins: [
        { id: "com.android.library", line: 14 },
        { id: "kotlin-android", line: 14 },
      ],
    });
    expect(resolveBuildSrcVersion("${Versions.okhttp}", new Map([["okhttp", "4.12.0"]]))).toBe("4.12.0");
    expect(resolveBuildSrcVersion("$okhttpVersion", new Map([["okhttpVersion", "4.12.0"]]))).toBe("4.12.0");
    expect(resolveBuildSrcVersion("${Versions.missing}", new Map())).toBeUndefined();
    expect(resolveBuildSrcVersion(undefined, new Map())).toBeUndefined();
  });

  it("androidReleases: a plain level, padded with spaces; nothing for a preview, a platform string or a variable", () => {
    expect(androidReleases(" 34 ")).toStrictEqual({ sdk: "34.0", os: "14.0" });
    expect(androidReleases("32")).toStrictEqual({ sdk: "32.0", os: undefined });
    for (const value of ["android-34", "34a", "UpsideDownCake", "$compileSdk", undefined]) expect(androidReleases(value), String(value)).toStrictEqual({});
  });

  it("readGradleLockfile: the first version of each module, comments and the empty line skipped", () => {
    const lock = ["# Gradle lockfile", "  org.postgresql:postgresql:42.7.2=runtimeClasspath  ", "org.postgresql:postgresql:42.6.0=testRuntimeClasspath", "com.h2database:h2:2.2.224=testRuntimeClasspath", "empty=annotationProcessor", "bad line"].join("\r\n");
    expect([...readGradleLockfile(lock)]).toStrictEqual([["org.postgresql:postgresql", "42.7.2"], ["com.h2database:h2", "2.2.224"]]);
  });
});
