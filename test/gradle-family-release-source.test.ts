import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

// Spring Initializr's Kotlin build on a version catalog: the Spring Boot plugin's release is the
// catalog's `springBoot`, and the starters take it (as the plugin's BOM gives it). h69-r found
// spring-boot-starter-web at 3.2.2 linked to app/build.gradle.kts, which writes no release, where
// jackson-databind's catalog release linked the catalog: the URL names the file the release came from.
const CATALOG = `[versions]
kotlin = "1.9.22"
springBoot = "3.2.2"
jackson = "2.16.1"

[libraries]
jackson-databind = { module = "com.fasterxml.jackson.core:jackson-databind", version.ref = "jackson" }
spring-boot-starter-web = { module = "org.springframework.boot:spring-boot-starter-web" }

[plugins]
kotlin-jvm = { id = "org.jetbrains.kotlin.jvm", version.ref = "kotlin" }
spring-boot = { id = "org.springframework.boot", version.ref = "springBoot" }
`;
const APP = `plugins {
    alias(libs.plugins.kotlin.jvm)
    alias(libs.plugins.spring.boot)
}
dependencies {
    implementation(libs.spring.boot.starter.web)
    implementation(libs.jackson.databind)
    implementation("org.springframework.boot:spring-boot-starter-actuator")
}
`;

describe("an artifact at its family's release", () => {
  it("links the file that writes the release: the catalog behind a plugin alias, the script for a plugin version written there", async () => {
    const url = async (files: Record<string, string>) => {
      const { document } = await scan(new MemorySource({ "settings.gradle.kts": 'include(":app")\n', ...files }), { git: false });
      const pick = (name: string) => document.tools.find((t) => t.name === name);
      return ["org.springframework.boot:spring-boot-starter-web", "org.springframework.boot:spring-boot-starter-actuator", "com.fasterxml.jackson.core:jackson-databind"].map((name) => [pick(name)?.version, pick(name)?.detection_source_url]);
    };
    expect(await url({ "gradle/libs.versions.toml": CATALOG, "app/build.gradle.kts": APP })).toEqual([
      ["3.2.2", "gradle/libs.versions.toml"],
      ["3.2.2", "gradle/libs.versions.toml"],
      ["2.16.1", "gradle/libs.versions.toml"],
    ]);
    // The plugin's version written in the script: the script is the source.
    const written = APP.replace("alias(libs.plugins.spring.boot)", 'id("org.springframework.boot") version "3.2.2"');
    expect((await url({ "gradle/libs.versions.toml": CATALOG, "app/build.gradle.kts": written })).slice(0, 2)).toEqual([
      ["3.2.2", "app/build.gradle.kts"],
      ["3.2.2", "app/build.gradle.kts"],
    ]);
  });

  it("a release written out in another module still outranks the family's: only the link of a lent release moved", async () => {
    const lib = 'plugins { `java-library` }\ndependencies {\n    implementation("org.springframework.boot:spring-boot-starter-web:3.1.0")\n}\n';
    const files = { "settings.gradle.kts": 'include(":app", ":lib")\n', "gradle/libs.versions.toml": CATALOG, "app/build.gradle.kts": APP, "lib/build.gradle.kts": lib };
    const { document } = await scan(new MemorySource(files), { git: false });
    const web = document.tools.find((t) => t.name === "org.springframework.boot:spring-boot-starter-web");
    expect([web?.version, web?.detection_source_url]).toEqual(["3.1.0", "lib/build.gradle.kts"]);
  });
});

// A convention plugin's catalog entry with no release and no family to lend one pins nothing: the
// package stays cited from the build script that declares it first by path (review rev69-k).
describe("a buildSrc catalog reference without a release", () => {
  it("takes no citation from the script that declares the package", async () => {
    const { document } = await scan(
      new MemorySource({
        "settings.gradle": "rootProject.name = 'demo'\ninclude 'app'\n",
        "app/build.gradle": "plugins { id 'java' }\ndependencies {\n    implementation 'com.squareup.okhttp3:okhttp'\n}\n",
        "buildSrc/build.gradle.kts": "plugins { `kotlin-dsl` }\nrepositories { mavenCentral() }\n",
        "buildSrc/settings.gradle.kts": 'dependencyResolutionManagement {\n    versionCatalogs {\n        create("libs") {\n            from(files("../gradle/libs.versions.toml"))\n        }\n    }\n}\n',
        "gradle/libs.versions.toml": '[libraries]\nokhttp = { module = "com.squareup.okhttp3:okhttp" }\n',
        "buildSrc/src/main/kotlin/Conv.kt":
          'class Conv : Plugin<Project> {\n    override fun apply(project: Project) {\n        val libs = project.extensions.getByType<VersionCatalogsExtension>().named("libs")\n        project.dependencies.add("implementation", libs.findLibrary("okhttp").get())\n    }\n}\n',
      }),
      { git: false },
    );
    const okhttp = document.tools.find((t) => t.name === "com.squareup.okhttp3:okhttp");
    expect([okhttp?.detection_source, okhttp?.version]).toEqual(["app/build.gradle", undefined]);
  });
});
