import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import type { ToolEntry } from "../src/types.js";

const entry = (tools: ToolEntry[], name: string) => tools.find((t) => t.name === name);
const dep = (g: string, a: string, v?: string, scope?: string) =>
  `<dependency><groupId>${g}</groupId><artifactId>${a}</artifactId>${v ? `<version>${v}</version>` : ""}${scope ? `<scope>${scope}</scope>` : ""}</dependency>`;
const pom = (...body: string[]) =>
  ["<project><modelVersion>4.0.0</modelVersion><groupId>org.example</groupId><artifactId>app</artifactId><version>1.0</version><packaging>war</packaging>", ...body, "</project>"].join("\n");

describe("JUnit 5 in a pom", () => {
  it("the junit-jupiter aggregate and the imported junit-bom are package data only", async () => {
    const xml = pom(
      "<dependencyManagement><dependencies>",
      '<dependency><groupId>org.junit</groupId><artifactId>junit-bom</artifactId><version>5.10.1</version><type>pom</type><scope>import</scope></dependency>',
      "</dependencies></dependencyManagement>",
      "<dependencies>",
      dep("jakarta.platform", "jakarta.jakartaee-api", "10.0.0", "provided"),
      dep("org.junit.jupiter", "junit-jupiter", undefined, "test"),
      "</dependencies>",
    );
    const { document } = await scan(new MemorySource({ "pom.xml": xml }), { git: false });
    expect(entry(document.tools, "JUnit")).toBeUndefined();
    expect(entry(document.tools, "org.junit.jupiter:junit-jupiter")).toBeDefined();
  });

  it("junit-jupiter-api and -engine still name JUnit", async () => {
    for (const artifact of ["junit-jupiter-api", "junit-jupiter-engine"]) {
      const xml = pom("<dependencies>", dep("org.junit.jupiter", artifact, "5.8.2", "test"), "</dependencies>");
      const { document } = await scan(new MemorySource({ "pom.xml": xml }), { git: false });
      expect(entry(document.tools, "JUnit")?.version, artifact).toBe("5.8.2");
    }
  });
});

describe("application server plugins and Arquillian containers in a pom", () => {
  it("name WildFly and GlassFish without the plugin's or container's own release", async () => {
    const xml = pom(
      "<dependencies>",
      dep("org.wildfly.arquillian", "wildfly-arquillian-container-managed", "5.0.1.Final", "test"),
      dep("org.omnifaces.arquillian", "arquillian-glassfish-server-managed", "1.7", "test"),
      "</dependencies>",
      "<build><plugins>",
      "<plugin><groupId>org.wildfly.plugins</groupId><artifactId>wildfly-maven-plugin</artifactId><version>4.2.1.Final</version></plugin>",
      "</plugins></build>",
    );
    const { document } = await scan(new MemorySource({ "pom.xml": xml }), { git: false });
    const wildfly = document.tools.find((t) => t.name.toLowerCase() === "wildfly");
    expect(wildfly).toBeDefined();
    expect(wildfly?.version).toBeUndefined();
    expect(entry(document.tools, "GlassFish")).toBeDefined();
    expect(entry(document.tools, "GlassFish")?.version).toBeUndefined();
  });
});

describe("WildFly's BOM imported in a pom", () => {
  it("names WildFly with the server's release the BOM is numbered with (a quickstart's property)", async () => {
    const xml = pom(
      "<properties><version.wildfly.bom>31.0.1.Final</version.wildfly.bom></properties>",
      "<dependencyManagement><dependencies>",
      "<dependency><groupId>org.wildfly.bom</groupId><artifactId>wildfly-ee-with-tools</artifactId><version>${version.wildfly.bom}</version><type>pom</type><scope>import</scope></dependency>",
      "</dependencies></dependencyManagement>",
      "<dependencies>",
      dep("jakarta.ws.rs", "jakarta.ws.rs-api", undefined, "provided"),
      "</dependencies>",
    );
    const { document } = await scan(new MemorySource({ "pom.xml": xml }), { git: false });
    expect(document.tools.find((t) => t.name.toLowerCase() === "wildfly")?.version).toBe("31.0.1");
  });
});

describe("ktlint's Gradle plugins", () => {
  it("ktlint-gradle and kotlinter name ktlint without their own release", async () => {
    const script = 'plugins {\n    kotlin("jvm") version "1.9.22"\n    id("org.jmailen.kotlinter") version "4.2.0"\n}\n';
    const { document } = await scan(new MemorySource({ "build.gradle.kts": script }), { git: false });
    expect(entry(document.tools, "ktlint")).toBeDefined();
    expect(entry(document.tools, "ktlint")?.version).toBeUndefined();
  });
});

describe("Mockito in a pom", () => {
  it("mockito-junit-jupiter and the imported mockito-bom alone are package data; mockito-core names Mockito", async () => {
    const only = pom(
      "<dependencyManagement><dependencies>",
      '<dependency><groupId>org.mockito</groupId><artifactId>mockito-bom</artifactId><version>5.9.0</version><type>pom</type><scope>import</scope></dependency>',
      "</dependencies></dependencyManagement>",
      "<dependencies>",
      dep("org.mockito", "mockito-junit-jupiter", "5.9.0", "test"),
      "</dependencies>",
    );
    const a = await scan(new MemorySource({ "pom.xml": only }), { git: false });
    expect(entry(a.document.tools, "Mockito")).toBeUndefined();
    expect(entry(a.document.tools, "org.mockito:mockito-junit-jupiter")?.version).toBe("5.9.0");
    const both = pom("<dependencies>", dep("org.mockito", "mockito-core", "5.9.0", "test"), dep("org.mockito", "mockito-junit-jupiter", "5.9.0", "test"), "</dependencies>");
    const b = await scan(new MemorySource({ "pom.xml": both }), { git: false });
    expect(entry(b.document.tools, "Mockito")?.version).toBe("5.9.0");
  });
});

describe("Maven plugins that run protoc and ktlint", () => {
  it("name Protobuf and ktlint without the plugin's own release", async () => {
    const xml = pom(
      "<build><plugins>",
      "<plugin><groupId>org.xolstice.maven.plugins</groupId><artifactId>protobuf-maven-plugin</artifactId><version>0.6.1</version></plugin>",
      "<plugin><groupId>com.github.gantsign.maven</groupId><artifactId>ktlint-maven-plugin</artifactId><version>3.2.0</version></plugin>",
      "</plugins></build>",
    );
    const { document } = await scan(new MemorySource({ "pom.xml": xml }), { git: false });
    expect(entry(document.tools, "Protobuf")).toBeDefined();
    expect(entry(document.tools, "Protobuf")?.version).toBeUndefined();
    expect(entry(document.tools, "ktlint")).toBeDefined();
    expect(entry(document.tools, "ktlint")?.version).toBeUndefined();
  });
});

describe("Jib's and the SonarQube scanner's Gradle plugins on a buildscript classpath", () => {
  it("Jib takes the plugin's release (the plugin is Jib); the scanner's release is not SonarQube's", async () => {
    const script = [
      "buildscript {",
      "    dependencies {",
      '        classpath "gradle.plugin.com.google.cloud.tools:jib-gradle-plugin:3.4.0"',
      '        classpath "org.sonarsource.scanner.gradle:sonarqube-gradle-plugin:4.4.1.3373"',
      "    }",
      "}",
      "apply plugin: 'java'",
    ].join("\n");
    const { document } = await scan(new MemorySource({ "build.gradle": script }), { git: false });
    expect(entry(document.tools, "Jib")?.version).toBe("3.4.0");
    expect(entry(document.tools, "SonarQube")).toBeDefined();
    expect(entry(document.tools, "SonarQube")?.version).toBeUndefined();
  });
});

describe("BOMs that number a whole family of modules", () => {
  it("testcontainers-bom and Vert.x's stack BOM version the modules declared without one", async () => {
    const xml = pom(
      "<dependencyManagement><dependencies>",
      "<dependency><groupId>org.testcontainers</groupId><artifactId>testcontainers-bom</artifactId><version>1.19.3</version><type>pom</type><scope>import</scope></dependency>",
      "<dependency><groupId>io.vertx</groupId><artifactId>vertx-stack-depchain</artifactId><version>4.5.7</version><type>pom</type><scope>import</scope></dependency>",
      "</dependencies></dependencyManagement>",
      "<dependencies>",
      dep("org.testcontainers", "postgresql", undefined, "test"),
      dep("io.vertx", "vertx-web"),
      "</dependencies>",
    );
    const { document } = await scan(new MemorySource({ "pom.xml": xml }), { git: false });
    expect(entry(document.tools, "org.testcontainers:postgresql")?.version).toBe("1.19.3");
    expect(entry(document.tools, "io.vertx:vertx-web")?.version).toBe("4.5.7");
  });
});
