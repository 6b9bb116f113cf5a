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

  it("names JaCoCo and Checkstyle, and Java from the java plugin", async () => {
    const build = ["plugins {", "    java", "    jacoco", "    checkstyle", "    application", "}", "dependencies {", '    implementation("com.google.guava:guava:33.1.0-jre")', "}"].join("\n");
    const { document } = await scan(new MemorySource({ "build.gradle.kts": build, "settings.gradle.kts": 'rootProject.name = "app"', "src/main/java/App.java": "class App {}" }), { git: false });
    expect(entry(document.tools, "JaCoCo")).toMatchObject({ detection_source: "build.gradle.kts" });
    expect(entry(document.tools, "Checkstyle")).toMatchObject({ detection_source: "build.gradle.kts" });
    expect(entry(document.tools, "Java")).toMatchObject({ detection_source: "build.gradle.kts" });
  });
});
