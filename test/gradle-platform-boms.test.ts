import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { readVersionCatalog } from "../detectors/gradle/version-catalog.js";
import { parseToml } from "../src/parse/toml.js";

const entry = (tools: Array<{ name: string; version?: string }>, name: string) => tools.find((t) => t.name === name);

describe("Gradle BOMs imported with platform()", () => {
  it("Spring Boot's BOM, by string or by catalog entry, versions the Spring Boot artifacts declared without one", async () => {
    const catalog = ['[libraries]', 'spring-boot-bom = { module = "org.springframework.boot:spring-boot-dependencies", version = "3.2.2" }', 'spring-web = { module = "org.springframework.boot:spring-boot-starter-web" }'].join("\n");
    const byCatalog = ["dependencies {", "    implementation(platform(libs.spring.boot.bom))", "    implementation(libs.spring.web)", "}"].join("\n");
    const byString = ["dependencies {", '    implementation enforcedPlatform("org.springframework.boot:spring-boot-dependencies:3.1.5")', "    implementation 'org.springframework.boot:spring-boot-starter-data-jpa'", "}"].join("\n");
    const a = await scan(new MemorySource({ "gradle/libs.versions.toml": catalog, "app/build.gradle.kts": byCatalog }), { git: false });
    expect(entry(a.document.tools, "org.springframework.boot:spring-boot-starter-web")?.version).toBe("3.2.2");
    const b = await scan(new MemorySource({ "build.gradle": byString }), { git: false });
    expect(entry(b.document.tools, "org.springframework.boot:spring-boot-starter-data-jpa")?.version).toBe("3.1.5");
  });

  it("Quarkus's generated build: the BOM's group, artifact and version all properties of gradle.properties", async () => {
    const settings = ["pluginManagement {", "    plugins {", '        id "${quarkusPluginId}" version "${quarkusPluginVersion}"', "    }", "}", "rootProject.name='orders'"].join("\n");
    const properties = ["quarkusPluginId=io.quarkus", "quarkusPluginVersion=3.9.4", "quarkusPlatformGroupId=io.quarkus.platform", "quarkusPlatformArtifactId=quarkus-bom", "quarkusPlatformVersion=3.9.4"].join("\n");
    const groovy = ["plugins {", "    id 'java'", "    id 'io.quarkus'", "}", "dependencies {", '    implementation enforcedPlatform("${quarkusPlatformGroupId}:${quarkusPlatformArtifactId}:${quarkusPlatformVersion}")', "    implementation 'io.quarkus:quarkus-hibernate-orm-panache'", "}"].join("\n");
    const a = await scan(new MemorySource({ "settings.gradle": settings, "gradle.properties": properties, "build.gradle": groovy }), { git: false });
    expect(entry(a.document.tools, "Quarkus")?.version).toBe("3.9.4");
    const kotlin = ["val quarkusPlatformGroupId: String by project", "val quarkusPlatformArtifactId: String by project", "val quarkusPlatformVersion: String by project", "dependencies {", '    implementation(enforcedPlatform("${quarkusPlatformGroupId}:${quarkusPlatformArtifactId}:${quarkusPlatformVersion}"))', '    implementation("io.quarkus:quarkus-rest")', "}"].join("\n");
    const b = await scan(new MemorySource({ "gradle.properties": properties, "build.gradle.kts": kotlin }), { git: false });
    expect(entry(b.document.tools, "Quarkus")?.version).toBe("3.9.4");
  });

  it("a BOM outside the catalog's families versions nothing else", async () => {
    const script = ["dependencies {", '    implementation(platform("com.fasterxml.jackson:jackson-bom:2.16.1"))', '    implementation("com.fasterxml.jackson.core:jackson-databind")', "}"].join("\n");
    const { document } = await scan(new MemorySource({ "build.gradle.kts": script }), { git: false });
    expect(entry(document.tools, "com.fasterxml.jackson.core:jackson-databind")).toBeDefined();
    expect(entry(document.tools, "com.fasterxml.jackson.core:jackson-databind")?.version).toBeUndefined();
  });
});

describe("Gradle BOMs imported with the dependency-management plugin's mavenBom", () => {
  it("Spring Initializr's Groovy template: ext { set('springCloudVersion', ...) } read into the imported BOM", async () => {
    const groovy = [
      "plugins {",
      "\tid 'java'",
      "\tid 'org.springframework.boot' version '3.2.4'",
      "\tid 'io.spring.dependency-management' version '1.1.4'",
      "}",
      "ext {",
      "\tset('springCloudVersion', \"2023.0.1\")",
      "}",
      "dependencies {",
      "\timplementation 'org.springframework.cloud:spring-cloud-starter-gateway'",
      "}",
      "dependencyManagement {",
      "\timports {",
      '\t\tmavenBom "org.springframework.cloud:spring-cloud-dependencies:${springCloudVersion}"',
      "\t}",
      "}",
    ].join("\n");
    const { document } = await scan(new MemorySource({ "build.gradle": groovy }), { git: false });
    expect(entry(document.tools, "Spring Cloud")?.version).toBe("2023.0.1");
  });

  it("the Kotlin DSL template (extra[...] and property(...)), a literal and a catalog version", async () => {
    const kotlin = [
      'extra["springCloudVersion"] = "2023.0.2"',
      "dependencies {",
      '\timplementation("org.springframework.cloud:spring-cloud-starter-openfeign")',
      "}",
      "dependencyManagement {",
      "\timports {",
      '\t\tmavenBom("org.springframework.cloud:spring-cloud-dependencies:${property("springCloudVersion")}")',
      "\t}",
      "}",
    ].join("\n");
    const a = await scan(new MemorySource({ "build.gradle.kts": kotlin }), { git: false });
    expect(entry(a.document.tools, "Spring Cloud")?.version).toBe("2023.0.2");
    const literal = ["dependencies { implementation 'org.springframework.cloud:spring-cloud-starter-config' }", "dependencyManagement { imports { mavenBom 'org.springframework.cloud:spring-cloud-dependencies:2022.0.5' } }"].join("\n");
    const b = await scan(new MemorySource({ "build.gradle": literal }), { git: false });
    expect(entry(b.document.tools, "Spring Cloud")?.version).toBe("2022.0.5");
    const catalog = ["[versions]", 'spring-cloud = "2023.0.3"'].join("\n");
    const byCatalog = ["dependencies {", '\timplementation("org.springframework.cloud:spring-cloud-starter-config")', "}", "dependencyManagement {", "\timports {", '\t\tmavenBom("org.springframework.cloud:spring-cloud-dependencies:${libs.versions.spring.cloud.get()}")', "\t}", "}"].join("\n");
    const c = await scan(new MemorySource({ "gradle/libs.versions.toml": catalog, "build.gradle.kts": byCatalog }), { git: false });
    expect(entry(c.document.tools, "Spring Cloud")?.version).toBe("2023.0.3");
  });

  it("a Boot BOM imported so versions the starters", async () => {
    const groovy = ["dependencyManagement {", "  imports {", "    mavenBom('org.springframework.boot:spring-boot-dependencies:3.1.8')", "  }", "}", "dependencies {", "  implementation 'org.springframework.boot:spring-boot-starter-web'", "}"].join("\n");
    const { document } = await scan(new MemorySource({ "build.gradle": groovy }), { git: false });
    expect(entry(document.tools, "org.springframework.boot:spring-boot-starter-web")?.version).toBe("3.1.8");
    // The BOM itself is no dependency of the project, as a pom's import scope is none: no package entry.
    expect(entry(document.tools, "org.springframework.boot:spring-boot-dependencies")).toBeUndefined();
  });
});

describe("version catalog rich versions", () => {
  it("the preferred release within a strict range or above a required one", () => {
    const catalog = readVersionCatalog(
      parseToml(
        [
          "[versions]",
          'okhttp = { strictly = "[4.0, 5.0[", prefer = "4.12.0" }',
          'slf4j = { require = "2.0", prefer = "2.0.9" }',
          'guava = { strictly = "32.1.3-jre" }',
          "",
          "[libraries]",
          'okhttp = { module = "com.squareup.okhttp3:okhttp", version.ref = "okhttp" }',
          'slf4j = { module = "org.slf4j:slf4j-api", version.ref = "slf4j" }',
          'guava = { module = "com.google.guava:guava", version.ref = "guava" }',
        ].join("\n"),
      ),
    );
    expect(catalog.libraries.get("okhttp")?.version).toBe("4.12.0");
    expect(catalog.libraries.get("slf4j")?.version).toBe("2.0.9");
    expect(catalog.libraries.get("guava")?.version).toBe("32.1.3-jre");
  });
});

describe("the Liquibase Gradle plugin's liquibaseRuntime configuration", () => {
  it("names the Liquibase release its tasks run and the database its driver reaches", async () => {
    const groovy = [
      "plugins {",
      "    id 'java'",
      "    id 'org.liquibase.gradle' version '2.2.2'",
      "}",
      "dependencies {",
      "    liquibaseRuntime 'org.liquibase:liquibase-core:4.27.0'",
      "    liquibaseRuntime 'info.picocli:picocli:4.7.5'",
      "    liquibaseRuntime 'org.postgresql:postgresql:42.7.3'",
      "}",
    ].join("\n");
    const { document } = await scan(new MemorySource({ "build.gradle": groovy }), { git: false });
    expect(entry(document.tools, "Liquibase")?.version).toBe("4.27.0");
    expect(entry(document.tools, "PostgreSQL")).toBeDefined();
  });
});
