import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import type { ToolEntry } from "../src/types.js";

const entry = (tools: ToolEntry[], name: string) => tools.find((t) => t.name === name);
const dep = (g: string, a: string, v?: string, scope?: string) =>
  `<dependency><groupId>${g}</groupId><artifactId>${a}</artifactId>${v ? `<version>${v}</version>` : ""}${scope ? `<scope>${scope}</scope>` : ""}</dependency>`;
// A Spring Boot terminology server: web starter, an embedded Lucene index, Logback writing the
// log lines and Log4j 2's API calls of its libraries routed to SLF4J.
const pom = (...deps: string[]) =>
  [
    "<project><modelVersion>4.0.0</modelVersion>",
    "<parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId><version>2.7.18</version></parent>",
    "<artifactId>terminology-server</artifactId><version>1.0.0-SNAPSHOT</version>",
    "<properties><lucene.version>9.7.0</lucene.version></properties>",
    "<dependencies>",
    dep("org.springframework.boot", "spring-boot-starter-web"),
    ...deps,
    dep("org.springframework.boot", "spring-boot-starter-test", undefined, "test"),
    "</dependencies></project>",
  ].join("\n");

describe("Log4j 2's adapter to SLF4J", () => {
  it("log4j-to-slf4j is a package entry only: Log4j writes nothing there", async () => {
    const xml = pom(dep("ch.qos.logback", "logback-classic", "1.2.13"), dep("org.apache.logging.log4j", "log4j-to-slf4j"));
    const { document } = await scan(new MemorySource({ "pom.xml": xml }), { git: false });
    expect(entry(document.tools, "Log4j")).toBeUndefined();
    expect(entry(document.tools, "org.apache.logging.log4j:log4j-to-slf4j")).toBeDefined();
    expect(entry(document.tools, "Logback")).toBeDefined();
  });

  it("log4j-core or log4j-api beside it still names Log4j", async () => {
    for (const artifact of ["log4j-core", "log4j-api"]) {
      const xml = pom(dep("org.apache.logging.log4j", "log4j-to-slf4j"), dep("org.apache.logging.log4j", artifact, "2.20.0"));
      const { document } = await scan(new MemorySource({ "pom.xml": xml }), { git: false });
      expect(entry(document.tools, "Log4j"), artifact).toBeDefined();
    }
  });
});

describe("Apache Lucene's Maven coordinates", () => {
  it("are package entries only, in a pom and in a Gradle build", async () => {
    const xml = pom(
      dep("org.apache.lucene", "lucene-core", "${lucene.version}"),
      dep("org.apache.lucene", "lucene-queryparser", "${lucene.version}"),
      dep("org.apache.lucene", "lucene-join", "${lucene.version}"),
    );
    const a = await scan(new MemorySource({ "pom.xml": xml }), { git: false });
    expect(entry(a.document.tools, "Lucene")).toBeUndefined();
    expect(entry(a.document.tools, "org.apache.lucene:lucene-core")?.version).toBe("9.7.0");
    const gradle = "dependencies {\n    implementation 'org.apache.lucene:lucene-core:8.11.2'\n    implementation 'org.apache.lucene:lucene-memory:8.11.2'\n}\n";
    const b = await scan(new MemorySource({ "build.gradle": gradle }), { git: false });
    expect(entry(b.document.tools, "Lucene")).toBeUndefined();
    expect(entry(b.document.tools, "org.apache.lucene:lucene-core")?.version).toBe("8.11.2");
  });
});

describe("Log4j's 1.x bridge", () => {
  // Modelled on a terminology server's pom: Logback writes the lines, Log4j 2's API calls go to
  // SLF4J, and the Log4j 1.2 API of older libraries is bridged into that API. No log4j-core.
  it("log4j-1.2-api beside log4j-to-slf4j, without log4j-core, names no Log4j: a package entry", async () => {
    const xml = pom(
      dep("ch.qos.logback", "logback-classic", "1.2.13"),
      dep("org.apache.logging.log4j", "log4j-to-slf4j"),
      dep("org.apache.logging.log4j", "log4j-1.2-api"),
    );
    const { document } = await scan(new MemorySource({ "pom.xml": xml }), { git: false });
    expect(entry(document.tools, "Log4j")).toBeUndefined();
    expect(entry(document.tools, "org.apache.logging.log4j:log4j-1.2-api")).toBeDefined();
    expect(entry(document.tools, "Logback")).toBeDefined();
  });

  it("log4j-core beside the bridge still names Log4j", async () => {
    const xml = pom(dep("org.apache.logging.log4j", "log4j-core", "2.17.1"), dep("org.apache.logging.log4j", "log4j-1.2-api", "2.17.1"));
    const { document } = await scan(new MemorySource({ "pom.xml": xml }), { git: false });
    expect(entry(document.tools, "Log4j")).toBeDefined();
  });
});

describe("Log4j 2's bindings for the SLF4J API", () => {
  // Modelled on a Kotlin sample's build.gradle (pieterclaerhout/kotlin-dynamodb): the AWS SDK's
  // DynamoDB client, whose SLF4J logging Log4j 2 writes through the SLF4J 1.8 binding.
  const gradle = (binding: string) =>
    [
      "plugins {",
      "    id 'org.jetbrains.kotlin.jvm' version '1.5.10'",
      "    id 'application'",
      "}",
      "",
      "dependencies {",
      "    implementation platform('software.amazon.awssdk:bom:2.16.29')",
      "    implementation 'software.amazon.awssdk:dynamodb-enhanced'",
      "    implementation 'org.apache.logging.log4j:log4j-api:2.13.0'",
      "    implementation 'org.apache.logging.log4j:log4j-core:2.13.0'",
      `    implementation 'org.apache.logging.log4j:${binding}:2.13.0'`,
      "}",
      "",
    ].join("\n");

  it("each names SLF4J beside Log4j, the SLF4J 1.8 one as those of SLF4J 1.7 and 2", async () => {
    for (const binding of ["log4j-slf4j18-impl", "log4j-slf4j-impl", "log4j-slf4j2-impl"]) {
      const { document } = await scan(new MemorySource({ "build.gradle": gradle(binding) }), { git: false });
      expect(entry(document.tools, "SLF4J")?.detection_source, binding).toBe("build.gradle");
      expect(entry(document.tools, "Log4j")?.version, binding).toBe("2.13.0");
    }
  });
});
