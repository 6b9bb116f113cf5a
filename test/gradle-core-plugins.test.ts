import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import type { ToolEntry } from "../src/types.js";
import { readBuildScript } from "../detectors/gradle/build-script.js";

// The Kotlin DSL names Gradle's core plugins by bare accessors inside `plugins {}` (`java`,
// `jacoco`, `checkstyle`, `` `java-library` ``), as `gradle init` and Spring Initializr write them.

const entry = (tools: ToolEntry[], name: string) => tools.find((t) => t.name === name);

describe("Kotlin DSL core plugin accessors", () => {
  it("a bare name or a backquoted one inside plugins {} is a plugin id; outside the block it is not", () => {
    const script = readBuildScript(
      [
        "plugins {",
        "    `java-library`",
        "    jacoco",
        '    id("org.springframework.boot") version "3.2.4"',
        '    kotlin("jvm") version "1.9.23"',
        "    checkstyle // style",
        "}",
        "checkstyle {",
        "    toolVersion = \"10.15.0\"",
        "}",
        "java",
        "plugins { pmd }",
      ].join("\n"),
    );
    expect(script.plugins.map((p) => [p.id, p.line])).toEqual([
      ["java-library", 2],
      ["jacoco", 3],
      ["org.springframework.boot", 4],
      ["org.jetbrains.kotlin.jvm", 5],
      ["checkstyle", 6],
      ["pmd", 12],
    ]);
  });

  it("names Checkstyle, and Java from the java plugin; JaCoCo only with all tools", async () => {
    const build = ["plugins {", "    java", "    jacoco", "    checkstyle", "    application", "}", "dependencies {", '    implementation("com.google.guava:guava:33.1.0-jre")', "}"].join("\n");
    const files = { "build.gradle.kts": build, "settings.gradle.kts": 'rootProject.name = "app"', "src/main/java/App.java": "class App {}" };
    const { document } = await scan(new MemorySource(files), { git: false });
    // The site names no JaCoCo from Gradle's jacoco plugin (catalog/matchers/jvm.yml).
    expect(entry(document.tools, "JaCoCo")).toBeUndefined();
    const all = await scan(new MemorySource(files), { git: false, allTools: true });
    expect(entry(all.document.tools, "JaCoCo")).toMatchObject({ detection_source: "build.gradle.kts" });
    expect(entry(document.tools, "Checkstyle")).toMatchObject({ detection_source: "build.gradle.kts" });
    // Java is cited as the language bar where its sources count (catalog/overrides.yml).
    expect(entry(document.tools, "Java")).toMatchObject({ detection_source: "Repo Metadata" });
  });

  it("a plugin's toolVersion is the release of the tool it runs (Kotlin DSL and Groovy); none without one", async () => {
    const kts = ["plugins {", "    java", "    jacoco", "    checkstyle", "}", "jacoco {", '    toolVersion = "0.8.11"', "}", "checkstyle {", "    maxWarnings = 0", '    toolVersion = "10.15.0"', "}"].join("\n");
    expect(readBuildScript(kts).toolVersions).toEqual([{ id: "jacoco", version: "0.8.11", line: 7 }, { id: "checkstyle", version: "10.15.0", line: 11 }]);
    const groovy = ["apply plugin: 'java'", "apply plugin: 'pmd'", "apply plugin: 'jacoco'", "pmd {", "    toolVersion '6.55.0'", "    ignoreFailures = true", "}", "// jacoco { toolVersion = '0.7.0' }"].join("\n");
    const { document } = await scan(new MemorySource({ "build.gradle": groovy, "src/main/java/App.java": "class App {}" }), { git: false, allTools: true });
    expect(entry(document.tools, "PMD")).toMatchObject({ version: "6.55.0", detection_source: "build.gradle" });
    // The commented-out block gives JaCoCo nothing: Gradle's plugin picks its own default.
    expect(entry(document.tools, "JaCoCo")).toBeDefined();
    expect(entry(document.tools, "JaCoCo")?.version).toBeUndefined();
  });
});
