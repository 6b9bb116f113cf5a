import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { compact, detectorFindings } from "./detector-findings.js";
import { gradleDetector, readGradleLockfile } from "../detectors/gradle/index.js";

// Gradle's dependency locking writes each project's resolved releases beside its build script.
const lockfile = [
  "# This is a Gradle generated file for dependency locking.",
  "# Manual edits can break the build and are not advised.",
  "# This file is expected to be part of source control.",
  "com.google.guava:guava:32.1.3-jre=compileClasspath,runtimeClasspath",
  "org.postgresql:postgresql:42.7.1=compileClasspath,runtimeClasspath",
  "org.springframework.boot:spring-boot-starter-web:3.2.2=compileClasspath,runtimeClasspath",
  "empty=annotationProcessor",
  "",
].join("\n");

describe("gradle.lockfile", () => {
  it("reads group:name:version lines, comments and the empty line skipped", () => {
    expect([...readGradleLockfile(lockfile)]).toEqual([
      ["com.google.guava:guava", "32.1.3-jre"],
      ["org.postgresql:postgresql", "42.7.1"],
      ["org.springframework.boot:spring-boot-starter-web", "3.2.2"],
    ]);
  });

  it("versions a dynamic (42.+) or BOM-managed dependency of the project beside it, and names itself the version's file", async () => {
    const script = [
      "plugins { id 'java' }",
      "dependencyLocking { lockAllConfigurations() }",
      "dependencies {",
      "    implementation platform('org.springframework.boot:spring-boot-dependencies:3.2.+')",
      "    implementation 'org.springframework.boot:spring-boot-starter-web'",
      "    runtimeOnly 'org.postgresql:postgresql:42.+'",
      "}",
    ].join("\n");
    const { document } = await scan(new MemorySource({ "api/build.gradle": script, "api/gradle.lockfile": lockfile }), { git: false });
    const tool = (name: string) => document.tools.find((t) => t.name === name);
    expect(tool("org.postgresql:postgresql")).toMatchObject({ version: "42.7.1", detection_source: "api/build.gradle", detection_source_url: "api/gradle.lockfile" });
    expect(tool("org.springframework.boot:spring-boot-starter-web")).toMatchObject({ version: "3.2.2", detection_source_url: "api/gradle.lockfile" });
    // Another project's lockfile does not apply.
    const other = await scan(new MemorySource({ "api/build.gradle": script, "web/gradle.lockfile": lockfile }), { git: false });
    expect(other.document.tools.find((t) => t.name === "org.postgresql:postgresql")?.version).toBeUndefined();
  });
});

// A test library (Truth) pulls a newer Guava into the test classpaths only: gradle.lockfile then
// locks Guava twice, the test line possibly first. The main dependency's release is the main
// classpaths' one.
describe("gradle.lockfile locking one artifact at two releases", () => {
  const build = ["plugins {", "    id 'java'", "}", "dependencies {", "    implementation 'com.google.guava:guava:31.+'", "    testImplementation 'com.google.truth:truth:1.+'", "}", ""].join("\n");
  const lockfile = [
    "# This is a Gradle generated file for dependency locking.",
    "# Manual edits can break the build and are not advised.",
    "# This file is expected to be part of source control.",
    "com.google.guava:guava:32.1.3-jre=testCompileClasspath,testRuntimeClasspath",
    "com.google.guava:guava:31.1-jre=compileClasspath,runtimeClasspath",
    "com.google.truth:truth:1.4.2=testCompileClasspath,testRuntimeClasspath",
    "empty=annotationProcessor,testAnnotationProcessor",
    "",
  ].join("\n");

  it("gives the main dependency the main classpaths' release", async () => {
    const { findings } = await detectorFindings(gradleDetector, { "build.gradle": build, "gradle.lockfile": lockfile });
    expect(compact(findings.filter((f) => f.ref.startsWith("maven:com.google")))).toEqual([
      "maven:com.google.guava:guava@5 31.+ ->31.1-jre (gradle.lockfile) direct",
      "maven:com.google.truth:truth@6 1.+ ->1.4.2 (gradle.lockfile) direct dev",
    ]);
    expect([...readGradleLockfile(lockfile)]).toEqual([
      ["com.google.guava:guava", "31.1-jre"],
      ["com.google.truth:truth", "1.4.2"],
    ]);
  });
});
