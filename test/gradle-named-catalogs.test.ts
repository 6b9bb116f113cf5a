import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { catalogFiles, declaredCatalogs } from "../detectors/gradle/catalogs.js";

// Modelled on a Kotlin Multiplatform build whose settings create a `kotlinx` catalog beside the
// default `libs` one (master-lzh/PiPixiv-KMP: `implementation(kotlinx.ktor.client.core)`), and on
// builds that create `testDeps` from gradle/test-deps.versions.toml.
const SETTINGS = `rootProject.name = "Pixels"

dependencyResolutionManagement {
    repositories {
        google()
        mavenCentral()
    }
    versionCatalogs {
        create("kotlinx") {
            from(files("gradle/kotlinx.versions.toml"))
        }
        create("testDeps") {
            from(files("gradle/test-deps.versions.toml"))
        }
    }
}

include(":app")
include(":network")
`;

const KOTLINX = `[versions]
kotlin = "2.0.0"
coroutines = "1.8.1"
ktor = "2.3.9"

[libraries]
coroutines-core = { module = "org.jetbrains.kotlinx:kotlinx-coroutines-core", version.ref = "coroutines" }
coroutines-android = { module = "org.jetbrains.kotlinx:kotlinx-coroutines-android", version.ref = "coroutines" }
ktor-client-core = { module = "io.ktor:ktor-client-core", version.ref = "ktor" }
ktor-client-okhttp = { module = "io.ktor:ktor-client-okhttp", version.ref = "ktor" }

[bundles]
coroutines = ["coroutines-core", "coroutines-android"]

[plugins]
serialization = { id = "org.jetbrains.kotlin.plugin.serialization", version.ref = "kotlin" }
`;

const TEST_DEPS = `[versions]
junit = "5.10.2"
mockk = "1.13.11"

[libraries]
junit-jupiter = { module = "org.junit.jupiter:junit-jupiter", version.ref = "junit" }
mockk = { module = "io.mockk:mockk", version.ref = "mockk" }
`;

const NETWORK = `plugins {
    alias(kotlinx.plugins.serialization)
}

kotlin {
    sourceSets {
        androidMain.dependencies {
            implementation(kotlinx.ktor.client.okhttp)
        }
        commonMain.dependencies {
            implementation(project(":domain"))
            implementation(kotlinx.ktor.client.core)
            implementation(kotlinx.bundles.coroutines)
        }
    }
}

dependencies {
    testImplementation(testDeps.junit.jupiter)
    testImplementation(testDeps.mockk)
}
`;

const options = { git: false, timestamp: "2024-01-01T00:00:00+00:00" } as const;

describe("Gradle version catalogs other than libs", () => {
  it("reads each catalog the settings create, by the name the scripts use", async () => {
    const { document } = await scan(
      new MemorySource({
        "settings.gradle.kts": SETTINGS,
        "gradle/libs.versions.toml": '[versions]\nretrofit = "2.11.0"\n\n[libraries]\nretrofit = { module = "com.squareup.retrofit2:retrofit", version.ref = "retrofit" }\n',
        "gradle/kotlinx.versions.toml": KOTLINX,
        "gradle/test-deps.versions.toml": TEST_DEPS,
        "network/build.gradle.kts": NETWORK,
        "app/build.gradle.kts": "dependencies {\n    implementation(libs.retrofit)\n}\n",
      }),
      options,
    );
    const entry = (name: string) => document.tools.find((t) => t.name === name);
    expect(entry("Ktor")).toMatchObject({ version: "2.3.9", detection_source: "network/build.gradle.kts", detection_source_url: "gradle/kotlinx.versions.toml" });
    // The catalog plugin gives Kotlin its release.
    expect(entry("Kotlin")?.version).toBe("2.0.0");
    // A bundle of a named catalog, and a catalog whose name is not its file's.
    expect(entry("org.jetbrains.kotlinx:kotlinx-coroutines-core")?.version).toBe("1.8.1");
    expect(entry("io.mockk:mockk") ?? entry("mockk")).toMatchObject({ version: "1.13.11", detection_source_url: "gradle/test-deps.versions.toml" });
    // The default catalog still reads as before.
    expect(entry("Retrofit")).toMatchObject({ version: "2.11.0", detection_source_url: "gradle/libs.versions.toml" });
  });

  it("a gradle/NAME.versions.toml the settings do not name is catalog NAME; a buildSrc object of the same name in capitals is not", async () => {
    const { document } = await scan(
      new MemorySource({
        "settings.gradle": "include ':app'\n",
        "gradle/deps.versions.toml": '[libraries]\nktor-client-core = "io.ktor:ktor-client-core:2.3.12"\n',
        "app/build.gradle": "dependencies {\n    implementation deps.ktor.client.core\n    implementation Deps.ktor\n}\n",
      }),
      options,
    );
    expect(document.tools.find((t) => t.name === "Ktor")?.version).toBe("2.3.12");
  });

  it("finds the catalogs of Kotlin and Groovy settings, with paths from the settings' folder", () => {
    expect(declaredCatalogs(SETTINGS)).toEqual([
      { name: "kotlinx", path: "gradle/kotlinx.versions.toml" },
      { name: "testDeps", path: "gradle/test-deps.versions.toml" },
    ]);
    expect(declaredCatalogs('dependencyResolutionManagement {\n    versionCatalogs.create("deps") {\n        from(files("gradle/deps.versions.toml"))\n    }\n}\n')).toEqual([{ name: "deps", path: "gradle/deps.versions.toml" }]);
    expect(declaredCatalogs("dependencyResolutionManagement {\n    versionCatalogs {\n        deps {\n            from files('../gradle/deps.versions.toml')\n        }\n    }\n}\n")).toEqual([{ name: "deps", path: "../gradle/deps.versions.toml" }]);
    const files = ["buildSrc/settings.gradle.kts", "gradle/libs.versions.toml", "gradle/kotlinx.versions.toml", "libs.versions.toml"];
    const settings = new Map([["buildSrc/settings.gradle.kts", 'versionCatalogs {\n  create("libs") { from(files("../gradle/libs.versions.toml")) }\n  create("kx") { from(files("../gradle/kotlinx.versions.toml")) }\n}\n']]);
    expect(Object.fromEntries(catalogFiles(files, settings))).toEqual({ libs: "gradle/libs.versions.toml", kx: "gradle/kotlinx.versions.toml" });
    // Without settings: libs from gradle/libs.versions.toml, each other gradle/NAME.versions.toml as NAME.
    expect(Object.fromEntries(catalogFiles(files, new Map()))).toEqual({ libs: "gradle/libs.versions.toml", kotlinx: "gradle/kotlinx.versions.toml" });
  });

  it("reads a catalog whose file the settings name through a plain string variable (Kotlin and Groovy), whatever the file is called", async () => {
    const settings = [
      'rootProject.name = "ledger"',
      'val depsCatalog = "gradle/deps.toml"',
      "dependencyResolutionManagement {",
      "    versionCatalogs {",
      '        create("deps") {',
      "            from(files(depsCatalog))",
      "        }",
      "    }",
      "}",
      'include(":server")',
    ].join("\n");
    expect(declaredCatalogs(settings)).toEqual([{ name: "deps", path: "gradle/deps.toml" }]);
    expect(declaredCatalogs("def testCatalog = 'gradle/test.versions.toml'\ndependencyResolutionManagement {\n  versionCatalogs {\n    testDeps {\n      from files(testCatalog)\n    }\n  }\n}\n")).toEqual([{ name: "testDeps", path: "gradle/test.versions.toml" }]);
    // A variable built from others is not a plain string: not guessed.
    expect(declaredCatalogs('val dir = "gradle"\nval depsCatalog = "$dir/deps.toml"\nversionCatalogs { create("deps") { from(files(depsCatalog)) } }\n')).toEqual([]);
    const { document } = await scan(
      new MemorySource({
        "settings.gradle.kts": settings,
        "gradle/deps.toml": '[versions]\nktor = "2.3.12"\n[libraries]\nktor-server-core = { module = "io.ktor:ktor-server-core", version.ref = "ktor" }\n',
        "server/build.gradle.kts": "dependencies {\n    implementation(deps.ktor.server.core)\n}\n",
      }),
      options,
    );
    expect(document.tools.find((t) => t.name === "Ktor")).toMatchObject({ version: "2.3.12", detection_source_url: "gradle/deps.toml" });
  });

  it("a catalog published as an artifact cannot be read offline: the scan says so instead of staying silent", async () => {
    const settings = 'dependencyResolutionManagement {\n    versionCatalogs {\n        create("libs") {\n            from("com.acme.platform:catalog:1.4.0")\n        }\n    }\n}\n';
    const result = await scan(new MemorySource({ "settings.gradle.kts": settings, "app/build.gradle.kts": "dependencies {\n    implementation(libs.ktor.server.core)\n}\n" }), options);
    const messages = result.warnings.map((w) => `${w.file}: ${w.message}`);
    expect(messages).toContainEqual(expect.stringMatching(/^settings\.gradle\.kts: version catalog "libs" comes from the published artifact com\.acme\.platform:catalog:1\.4\.0, which a scan does not download/));
  });
});
