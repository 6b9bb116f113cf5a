import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { gradleDetector } from "../detectors/gradle/index.js";
import { compact, detectorFindings } from "./detector-findings.js";

// A Gradle 5 project that locks its dynamic versions in the older layout, one lockfile per
// configuration under gradle/dependency-locks/, as Gradle 4.8 to 5.x wrote them.
const header = "# This is a Gradle generated file for dependency locking.\n# Manual edits can break the build and are not advised.\n# This file is expected to be part of source control.\n";
const files = {
  "settings.gradle": "rootProject.name = 'ledger'\n",
  "build.gradle": [
    "plugins {",
    "    id 'java'",
    "}",
    "",
    "dependencyLocking {",
    "    lockAllConfigurations()",
    "}",
    "",
    "dependencies {",
    "    implementation 'com.google.guava:guava:28.+'",
    "    implementation 'org.postgresql:postgresql:42.2.+'",
    "    testImplementation 'junit:junit:4.+'",
    "}",
    "",
  ].join("\n"),
  "src/main/java/Ledger.java": "class Ledger {}\n",
  "gradle/dependency-locks/compileClasspath.lockfile": `${header}com.google.guava:failureaccess:1.0.1\ncom.google.guava:guava:28.2-jre\norg.postgresql:postgresql:42.2.18\n`,
  "gradle/dependency-locks/testCompileClasspath.lockfile": `${header}com.google.guava:guava:28.2-jre\njunit:junit:4.13.1\norg.hamcrest:hamcrest-core:1.3\norg.postgresql:postgresql:42.2.18\n`,
  "gradle/dependency-locks/buildscript-classpath.lockfile": `${header}com.diffplug.spotless:spotless-plugin-gradle:5.8.2\n`,
};

describe("Gradle's per-configuration lockfiles (gradle/dependency-locks/)", () => {
  it("give the dynamic versions their locked releases, each citing the lockfile that holds it", async () => {
    const { findings } = await detectorFindings(gradleDetector, files);
    expect(compact(findings.filter((f) => f.ref.startsWith("maven:")))).toEqual([
      "maven:com.google.guava:guava@10 28.+ ->28.2-jre (gradle/dependency-locks/compileClasspath.lockfile) direct",
      "maven:org.postgresql:postgresql@11 42.2.+ ->42.2.18 (gradle/dependency-locks/compileClasspath.lockfile) direct",
      "maven:junit:junit@12 4.+ ->4.13.1 (gradle/dependency-locks/testCompileClasspath.lockfile) direct dev",
    ]);
    const { document } = await scan(new MemorySource(files), { git: false });
    expect(document.tools.find((t) => t.name === "com.google.guava:guava")).toMatchObject({ version: "28.2", detection_source_url: "gradle/dependency-locks/compileClasspath.lockfile" });
  });
});
