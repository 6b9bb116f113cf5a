import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

// A multi-module Maven build keeps its versions in the parent: a property, a dependencyManagement
// entry, or the parent it inherits from. `detection_source` is the module's pom that declared the
// dependency, `detection_source_url` the pom the version was written in.

const pom = (body: string) => `<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>${body}</project>`;
const files = {
  "pom.xml": pom(`
    <parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId><version>3.3.4</version><relativePath/></parent>
    <groupId>com.acme</groupId><artifactId>acme-parent</artifactId><version>1.0.0</version><packaging>pom</packaging>
    <modules><module>core</module><module>web</module></modules>
    <properties><guava.version>33.3.1-jre</guava.version></properties>
    <dependencyManagement><dependencies>
      <dependency><groupId>com.google.guava</groupId><artifactId>guava</artifactId><version>\${guava.version}</version></dependency>
    </dependencies></dependencyManagement>`),
  "core/pom.xml": pom(`
    <parent><groupId>com.acme</groupId><artifactId>acme-parent</artifactId><version>1.0.0</version></parent>
    <artifactId>acme-core</artifactId>
    <properties><mapstruct.version>1.6.2</mapstruct.version></properties>
    <dependencies>
      <dependency><groupId>com.google.guava</groupId><artifactId>guava</artifactId></dependency>
      <dependency><groupId>org.mapstruct</groupId><artifactId>mapstruct</artifactId><version>\${mapstruct.version}</version></dependency>
    </dependencies>`),
  "web/pom.xml": pom(`
    <parent><groupId>com.acme</groupId><artifactId>acme-parent</artifactId><version>1.0.0</version></parent>
    <artifactId>acme-web</artifactId>
    <dependencies>
      <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-web</artifactId></dependency>
      <dependency><groupId>org.mapstruct</groupId><artifactId>mapstruct-processor</artifactId><version>1.6.2</version></dependency>
    </dependencies>`),
};

describe("the pom a Maven version comes from", () => {
  it("cites the parent that manages it, sets its property, or inherits the family's release; a module's own version cites the module", async () => {
    const tools = (await scan(new MemorySource(files), { git: false })).document.tools;
    const by = (name: string) => tools.find((t) => t.name === name);
    expect(by("com.google.guava:guava")).toMatchObject({ version: "33.3.1", detection_source: "core/pom.xml", detection_source_url: "pom.xml" });
    expect(by("org.springframework.boot:spring-boot-starter-web")).toMatchObject({ version: "3.3.4", detection_source: "web/pom.xml", detection_source_url: "pom.xml" });
    expect(by("MapStruct")).toMatchObject({ version: "1.6.2", detection_source: "core/pom.xml", detection_source_url: "core/pom.xml" });
  });
});

// Sibling Maven projects side by side in one repository (a sandbox of samples, each its own build,
// as hantsy/spring6-sandbox's 45 poms): `async` declares reactor-netty with no version (there a
// BOM the scan does not read gives it); `r2dbc` pins it through a property. The site names the first declaring
// pom by path and takes the release, and the URL, from the pom that writes it.
const sandbox = {
  "async/pom.xml": pom(`
    <groupId>com.example</groupId><artifactId>async</artifactId><version>1.0.0-SNAPSHOT</version>
    <dependencies>
      <dependency><groupId>io.projectreactor.netty</groupId><artifactId>reactor-netty</artifactId><scope>test</scope></dependency>
      <dependency><groupId>org.projectlombok</groupId><artifactId>lombok</artifactId><version>1.18.30</version><optional>true</optional></dependency>
    </dependencies>`),
  "r2dbc/pom.xml": pom(`
    <groupId>com.example</groupId><artifactId>r2dbc</artifactId><version>1.0.0-SNAPSHOT</version>
    <properties><reactor-netty.version>1.1.15</reactor-netty.version></properties>
    <dependencies>
      <dependency><groupId>io.projectreactor.netty</groupId><artifactId>reactor-netty</artifactId><version>\${reactor-netty.version}</version></dependency>
      <dependency><groupId>org.projectlombok</groupId><artifactId>lombok</artifactId><version>1.18.28</version></dependency>
    </dependencies>`),
  "jms/pom.xml": pom(`
    <groupId>com.example</groupId><artifactId>jms</artifactId><version>1.0.0-SNAPSHOT</version>
    <dependencies>
      <dependency><groupId>com.fasterxml.jackson.core</groupId><artifactId>jackson-databind</artifactId></dependency>
    </dependencies>`),
  "jakartaee/pom.xml": pom(`
    <groupId>com.example</groupId><artifactId>jakartaee</artifactId><version>1.0.0-SNAPSHOT</version>
    <dependencies>
      <dependency><groupId>com.fasterxml.jackson.core</groupId><artifactId>jackson-databind</artifactId></dependency>
    </dependencies>`),
};

describe("the pom a Maven package is named from, among several that declare it", () => {
  it("is the first declaring pom by path; the release and its URL stay with the pom that writes it", async () => {
    const tools = (await scan(new MemorySource(sandbox), { git: false })).document.tools;
    const by = (name: string) => tools.find((t) => t.name === name);
    expect(by("io.projectreactor.netty:reactor-netty")).toMatchObject({ version: "1.1.15", detection_source: "async/pom.xml", detection_source_url: "r2dbc/pom.xml" });
    expect(by("org.projectlombok:lombok")).toMatchObject({ detection_source: "async/pom.xml", detection_source_url: "async/pom.xml" });
    // No pom gives a release: the first by path is both the source and the URL.
    expect(by("com.fasterxml.jackson.core:jackson-databind")).toMatchObject({ detection_source: "jakartaee/pom.xml", detection_source_url: "jakartaee/pom.xml" });
    expect(by("com.fasterxml.jackson.core:jackson-databind")?.version).toBeUndefined();
  });
});
