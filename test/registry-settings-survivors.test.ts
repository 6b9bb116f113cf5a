import { describe, expect, it } from "vitest";
import { registriesDetector } from "../detectors/registries/index.js";
import { compact, detectorFindings } from "./detector-findings.js";

// The registries' settings files in the shapes stop 57's mutation run (h57-b) left untested: Gradle's
// `maven { }` blocks, Jib's Gradle target image, composer.json's repositories and Cargo's config. Each
// expectation was checked by weakening its pattern by hand (h57-i, 6 December 2026).
const refs = async (files: Record<string, string>): Promise<string[]> => {
  const { findings, warnings } = await detectorFindings(registriesDetector, files);
  expect(warnings).toEqual([]);
  return compact(findings);
};

describe("Gradle's maven { } blocks", () => {
  it("an Android project's top-level build.gradle: a compact block, a double-quoted url, url uri('...') after a name, each at its line", async () => {
    const build = [
      "// Top-level build file where you can add configuration options common to all sub-projects/modules.",
      "buildscript {",
      "    repositories {",
      "        google()",
      "        mavenCentral()",
      "    }",
      "    dependencies {",
      "        classpath 'com.android.tools.build:gradle:8.2.2'",
      "    }",
      "}",
      "",
      "allprojects {",
      "    repositories {",
      "        google()",
      "        mavenCentral()",
      "        maven{url 'https://maven.fury.io/acme/'}",
      '        maven { url "https://acme.jfrog.io/artifactory/android-release" }',
      "        maven {",
      '            name "nexus"',
      "            url uri('https://nexus.acme.example/repository/maven-public/')",
      "        }",
      "    }",
      "}",
      "",
    ].join("\n");
    expect(await refs({ "build.gradle": build })).toEqual(["registry-host:*.fury.io@16", "registry-host:*.jfrog.io@17", "registry-host:nexus.acme.example/repository@20"]);
  });

  it("a Kotlin DSL settings file: setUrl(\"...\"), and a url after a credentials block at its own line", async () => {
    const settings = [
      "pluginManagement {",
      "    repositories {",
      "        gradlePluginPortal()",
      "        maven {",
      '            setUrl("https://acme.jfrog.io/artifactory/gradle-plugins")',
      "        }",
      "    }",
      "}",
      "dependencyResolutionManagement {",
      "    repositories {",
      "        mavenCentral()",
      "        maven {",
      '            name = "cloudsmith"',
      "            credentials {",
      '                username = providers.gradleProperty("cloudsmithUser").get()',
      '                password = providers.gradleProperty("cloudsmithToken").get()',
      "            }",
      '            url = uri("https://dl.cloudsmith.io/basic/acme/libs/maven/")',
      "        }",
      "    }",
      "}",
      'rootProject.name = "orders"',
      "",
    ].join("\n");
    expect(await refs({ "settings.gradle.kts": settings })).toEqual(["registry-host:*.jfrog.io@5", "registry-host:*.cloudsmith.io@18"]);
  });

  it("a block whose url is no string (a build folder) names nothing and does not stop the next block", async () => {
    const build = [
      "publishing {",
      "    repositories {",
      "        maven {",
      '            name = "buildRepo"',
      '            url = uri(layout.buildDirectory.dir("repo"))',
      "        }",
      "        maven {",
      '            name = "artifactory"',
      '            url = uri("https://acme.jfrog.io/artifactory/libs-release-local")',
      "        }",
      "    }",
      "}",
      "",
    ].join("\n");
    expect(await refs({ "build.gradle.kts": build })).toEqual(["registry-host:*.jfrog.io@9"]);
  });

  it("blocks left in comments (a line comment, indented or not, and a block comment) are none", async () => {
    const build = [
      "repositories {",
      "    mavenCentral()",
      "// maven { url 'https://maven.fury.io/old/' }",
      "    // maven { url 'https://old.jfrog.io/artifactory/libs-release' }",
      "    /* maven {",
      '        url "https://nexus.acme.example/repository/maven-public/"',
      "    } */",
      "    maven { url 'https://acme.jfrog.io/artifactory/libs-release' } // moved from Nexus in 2025",
      "}",
      "",
    ].join("\n");
    expect(await refs({ "build.gradle": build })).toEqual(["registry-host:*.jfrog.io@8"]);
  });
});

describe("Jib's target image in a Gradle build", () => {
  it("Groovy: to { image = '...' } on its own lines names where the build pushes; from { image } is pulled, so none", async () => {
    const build = [
      "plugins {",
      "    id 'java'",
      "    id 'com.google.cloud.tools.jib' version '3.4.1'",
      "}",
      "",
      "jib {",
      "    from {",
      "        image = 'gcr.io/distroless/java21-debian12'",
      "    }",
      "    to {",
      "        image = 'quay.io/acme/orders'",
      "        tags = ['latest', version]",
      "    }",
      "}",
      "",
    ].join("\n");
    expect(await refs({ "build.gradle": build })).toEqual(["registry-host:quay.io@11"]);
  });

  it("Kotlin DSL: to.image inside jib { } (as most Kotlin builds write it), from.image alone is none", async () => {
    const build = [
      "jib {",
      '    from.image = "gcr.io/distroless/java21-debian12"',
      '    to.image = "eu.gcr.io/acme-shop/orders"',
      "    container {",
      '        ports = listOf("8080")',
      "    }",
      "}",
      "",
    ].join("\n");
    expect(await refs({ "build.gradle.kts": build })).toEqual(["registry-host:eu.gcr.io@3"]);
    expect(await refs({ "build.gradle.kts": 'jib {\n    from.image = "gcr.io/distroless/java21-debian12"\n}\n' })).toEqual([]);
  });

  it("the one-line forms: jib.to.image = '...' and to { image = \"...\" }", async () => {
    expect(await refs({ "build.gradle": "apply plugin: 'com.google.cloud.tools.jib'\njib.to.image = 'quay.io/acme/billing'\n" })).toEqual(["registry-host:quay.io@2"]);
    expect(await refs({ "build.gradle.kts": 'jib {\n    to { image = "acme.jfrog.io/docker-local/billing" }\n}\n' })).toEqual(["registry-host:*.jfrog.io@2"]);
  });
});

describe("composer.json's repositories", () => {
  it("a list: the composer repository at its line; vcs, git and path entries, a package archive on a host no registry key knows and `packagist.org: false` name nothing", async () => {
    const composer = JSON.stringify(
      {
        name: "acme/shop",
        type: "project",
        repositories: [
          { type: "vcs", url: "https://git.acme.example/artifactory/composer-installer.git" },
          { type: "git", url: "https://git.acme.example/artifactory/legacy-sdk.git" },
          { type: "path", url: "../packages/*" },
          { type: "package", package: { name: "acme/fonts", version: "1.0.0", dist: { url: "https://cdn.acme.example/fonts-1.0.0.zip", type: "zip" } } },
          { type: "composer", url: "https://acme.jfrog.io/artifactory/api/composer/php-virtual" },
          { "packagist.org": false },
        ],
        require: { php: "^8.2", "acme/sdk": "^3.1" },
      },
      null,
      4,
    );
    expect(await refs({ "composer.json": composer })).toEqual(["registry-host:*.jfrog.io@30"]);
  });

  it("an object keyed by name, as Composer's documentation writes it, with packagist.org turned off", async () => {
    const composer = [
      "{",
      '    "name": "acme/billing",',
      '    "repositories": {',
      '        "packagist.org": false,',
      '        "acme": {',
      '            "type": "composer",',
      '            "url": "https://php.fury.io/acme/"',
      "        }",
      "    },",
      '    "require": { "acme/ledger": "^2.0" }',
      "}",
      "",
    ].join("\n");
    expect(await refs({ "composer.json": composer })).toEqual(["registry-host:*.fury.io@7"]);
  });

  it("a composer.json with no repositories, and one that is a list, name nothing and do not throw", async () => {
    expect(await refs({ "composer.json": '{\n    "name": "acme/cli",\n    "require": { "symfony/console": "^7.0" }\n}\n' })).toEqual([]);
    expect(await refs({ "composer.json": "[]\n" })).toEqual([]);
  });

  it("a composer.json committed with merge-conflict markers: its parse warning, and no failure of the detector", async () => {
    const composer = ["{", '    "name": "acme/cli",', "<<<<<<< HEAD", '    "require": { "php": "^8.2" }', "=======", '    "require": { "php": "^8.3" }', ">>>>>>> main", "}", ""].join("\n");
    const { findings, warnings } = await detectorFindings(registriesDetector, { "composer.json": composer });
    expect(findings).toEqual([]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^composer\.json: malformed JSON/);
  });
});

describe("Cargo's config", () => {
  it("[registries] as inline tables (as Cargo's book writes them), a [registries.<name>] table and a [source] mirror, each at its line", async () => {
    const config = [
      "[registries]",
      'acme = { credential-provider = "cargo:token", index = "sparse+https://cargo.cloudsmith.io/acme/crates/" }',
      "",
      "[registries.internal]",
      'index = "sparse+https://acme.jfrog.io/artifactory/api/cargo/cargo-local/index/"',
      'credential-provider = "cargo:token"',
      "",
      "[registry]",
      'default = "internal"',
      "",
      "[source.crates-io]",
      'replace-with = "nexus-mirror"',
      "",
      "[source.nexus-mirror]",
      "registry = 'sparse+https://nexus.acme.example/repository/crates-proxy/'",
      "",
      "[net]",
      "git-fetch-with-cli = true",
      "",
    ].join("\n");
    expect(await refs({ ".cargo/config.toml": config })).toEqual([
      "registry-host:*.cloudsmith.io@2",
      "registry-host:*.jfrog.io@5",
      "registry-host:nexus.acme.example/repository@15",
    ]);
  });

  it(".cargo/config (the name before Cargo 1.39): a mirror as an inline [source] table written without blanks; an index left in a comment, inline or not, is none", async () => {
    const config = [
      "[source]",
      'crates-io = { replace-with = "mirror" }',
      'mirror = {registry="sparse+https://acme.jfrog.io/artifactory/api/cargo/crates-remote/index/"}',
      "",
      "[registries]",
      '# old = { index = "https://nexus.acme.example/repository/cargo-hosted/" }',
      "[registries.older]",
      '# index = "sparse+https://cargo.cloudsmith.io/acme/old/"',
      "",
    ].join("\n");
    expect(await refs({ ".cargo/config": config })).toEqual(["registry-host:*.jfrog.io@3"]);
  });
});

describe("Cargo's config below the root", () => {
  // Cargo reads the configuration of the folder it is run in and of every folder above it, so a
  // subproject's .cargo/config.toml (a Rust service in a monorepo) names the registry its builds use.
  it("a subproject's .cargo/config.toml, as the root's, names its registry", async () => {
    const config = ["[registries.acme]", 'index = "sparse+https://acme.jfrog.io/artifactory/api/cargo/cargo-local/index/"', ""].join("\n");
    expect(await refs({ "services/ingest/.cargo/config.toml": config, "services/ingest/Cargo.toml": '[package]\nname = "ingest"\nversion = "0.1.0"\n' })).toEqual(["registry-host:*.jfrog.io@2"]);
    expect(await refs({ "tools/.cargo/config": config })).toEqual(["registry-host:*.jfrog.io@2"]);
  });
});
