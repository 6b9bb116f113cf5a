import { describe, expect, it } from "vitest";
import { detectorFindings } from "./detector-findings.js";
import type { Finding } from "../src/types.js";
import { mavenDetector } from "../detectors/maven/index.js";
import { familyVersion } from "../detectors/maven/families.js";
import { interpolate, readPom } from "../detectors/maven/pom.js";
import { parseXml } from "../src/parse/xml.js";

// The Maven reader's model, finding by finding: inheritance, interpolation, managed versions,
// BOM imports and the Java level, on poms shaped like real multi-module builds.

/** What the Maven detector alone reports for a tree, and the scan's warnings. */
const maven = (files: Record<string, string>) => detectorFindings(mavenDetector, files, "as found");

const versionOf = (findings: Finding[], ref: string, file?: string) => findings.find((f) => f.ref === ref && (!file || f.file === file))?.version;

const project = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
${body}
</project>`;
const dep = (g: string, a: string, v?: string, extra = "") =>
  `<dependency><groupId>${g}</groupId><artifactId>${a}</artifactId>${v ? `<version>${v}</version>` : ""}${extra}</dependency>`;
const deps = (...d: string[]) => `<dependencies>${d.join("")}</dependencies>`;
const managed = (...d: string[]) => `<dependencyManagement>${deps(...d)}</dependencyManagement>`;

describe("Maven model: what one pom reports", () => {
  it("reports the parent, each dependency (test scope as dev), imported BOMs and plugins with their default group", async () => {
    const pom = project(`
  <parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId><version>3.2.2</version><relativePath/></parent>
  <groupId>com.acme</groupId><artifactId>orders</artifactId><version>0.1.0</version>
  ${managed(dep("org.testcontainers", "testcontainers-bom", "1.19.3", "<type>pom</type><scope>import</scope>"))}
  ${deps(dep("org.springframework.boot", "spring-boot-starter-web"), dep("org.postgresql", "postgresql", "42.7.1", "<scope>runtime</scope>"), dep("org.testcontainers", "postgresql", undefined, "<scope>test</scope>"))}
  <build><plugins><plugin><artifactId>maven-surefire-plugin</artifactId><version>3.2.5</version></plugin></plugins></build>`);
    const { findings, warnings } = await maven({ "pom.xml": pom });
    expect(warnings).toEqual([]);
    // (The scan orders findings by file, then ref.)
    expect(findings).toStrictEqual([
      { ref: "maven:org.apache.maven.plugins:maven-surefire-plugin", file: "pom.xml", line: 9, version: "3.2.5" },
      { ref: "maven:org.postgresql:postgresql", file: "pom.xml", line: 8, declared: "42.7.1", version: "42.7.1", direct: true, dev: false },
      { ref: "maven:org.springframework.boot:spring-boot-starter-parent", file: "pom.xml", line: 5, version: "3.2.2" },
      { ref: "maven:org.springframework.boot:spring-boot-starter-web", file: "pom.xml", line: 8, declared: undefined, version: "3.2.2", direct: true, dev: false },
      { ref: "maven:org.testcontainers:postgresql", file: "pom.xml", line: 8, declared: undefined, version: "1.19.3", direct: true, dev: true }, // the imported Testcontainers BOM versions its modules (families.yml)
      { ref: "maven:org.testcontainers:testcontainers-bom", file: "pom.xml", line: 7, version: "1.19.3" },
    ]);
  });

  it("a managed dependency that is not an import is no BOM: it versions the dependency and is not reported", async () => {
    const pom = project(`
  <groupId>com.acme</groupId><artifactId>api</artifactId><version>1.0</version>
  ${managed(dep("com.fasterxml.jackson.core", "jackson-databind", "2.16.1"), dep("io.grpc", "grpc-protobuf", "1.60.0", "<type>pom</type>"), dep("io.netty", "netty-bom", "4.1.104.Final", "<scope>import</scope>"))}
  ${deps(dep("com.fasterxml.jackson.core", "jackson-databind"), dep("io.grpc", "grpc-protobuf"))}`);
    const { findings } = await maven({ "pom.xml": pom });
    expect(findings.map((f) => [f.ref, f.version])).toStrictEqual([
      ["maven:com.fasterxml.jackson.core:jackson-databind", "2.16.1"],
      ["maven:io.grpc:grpc-protobuf", "1.60.0"],
      // scope import without type pom is still reported as an import (its version, no family)
      ["maven:io.netty:netty-bom", "4.1.104.Final"],
    ]);
  });

  it("a version range gives its lower bound; an unresolved property gives none", async () => {
    const pom = project(`
  <groupId>com.acme</groupId><artifactId>tool</artifactId><version>1.0</version>
  ${deps(dep("org.apache.commons", "commons-lang3", "[3.12.0,4.0)"), dep("com.google.guava", "guava", "[32.1.3-jre]"), dep("org.slf4j", "slf4j-api", "${slf4j.version}"))}`);
    const { findings } = await maven({ "pom.xml": pom });
    expect(findings.map((f) => [f.ref, f.version])).toStrictEqual([
      ["maven:com.google.guava:guava", "32.1.3-jre"],
      ["maven:org.apache.commons:commons-lang3", "3.12.0"],
      ["maven:org.slf4j:slf4j-api", undefined],
    ]);
  });

  it("a pom that cannot be parsed reports nothing, not even Java beside Java sources", async () => {
    const { findings, warnings } = await maven({ "pom.xml": '<?xml version="1.0"?>\n<!DOCTYPE project [ <!ENTITY x "y">\n<project/>', "App.java": "class App {}" });
    expect(findings).toEqual([]);
    expect(warnings.length).toBe(1);
  });

  it("a family gives its version to its own group and the groups under it, no other", () => {
    const families = new Map([["org.springframework.boot", "3.2.2"], ["io.micronaut", "4.2.0"]]);
    expect(familyVersion("io.micronaut.data", families)).toBe("4.2.0");
    expect(familyVersion("org.springframework.boot", families)).toBe("3.2.2");
    expect(familyVersion("org.springframework", families)).toBeUndefined();
    expect(familyVersion("io.micronautx", families)).toBeUndefined();
    expect(familyVersion("org.postgresql", families)).toBeUndefined();
  });

  it("a versionless dependency outside the family's group stays without a version", async () => {
    const pom = project(`
  <parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId><version>3.2.2</version></parent>
  <artifactId>app</artifactId>
  ${deps(dep("org.springframework.boot", "spring-boot-starter-data-jpa"), dep("org.postgresql", "postgresql"))}`);
    const { findings } = await maven({ "pom.xml": pom });
    expect(versionOf(findings, "maven:org.springframework.boot:spring-boot-starter-data-jpa")).toBe("3.2.2");
    expect(versionOf(findings, "maven:org.postgresql:postgresql")).toBeUndefined();
  });

  it("WebJars of the npm, Bower and Bower-GitHub groups are their npm namesakes", async () => {
    const pom = project(`
  <groupId>com.acme</groupId><artifactId>web</artifactId><version>1.0</version>
  ${deps(dep("org.webjars.npm", "bootstrap", "5.3.2"), dep("org.webjars.bowergithub.twbs", "Bootstrap", "4.6.2"), dep("org.webjars", "jquery", "3.7.1"), dep("org.webjars.bower", "font-awesome", "4.7.0"))}`);
    const { findings } = await maven({ "pom.xml": pom });
    expect(findings.filter((f) => f.ref.startsWith("npm:")).map((f) => [f.ref, f.version])).toStrictEqual([
      ["npm:bootstrap", "5.3.2"],
      ["npm:bootstrap", "4.6.2"],
      ["npm:font-awesome", "4.7.0"],
      ["npm:jquery", "3.7.1"],
    ]);
  });
});

describe("Maven model: inheritance and interpolation", () => {
  const root = project(`
  <groupId>com.acme.shop</groupId><artifactId>shop-parent</artifactId><version>2.4.0</version><packaging>pom</packaging>
  <modules><module>core</module><module>web</module></modules>
  <properties><jackson.version>2.16.1</jackson.version><java.version>17</java.version></properties>
  ${managed(dep("com.fasterxml.jackson.core", "jackson-databind", "${jackson.version}"), dep("org.flywaydb", "flyway-core", "10.4.1"))}
  <build><pluginManagement><plugins>
    <plugin><artifactId>maven-surefire-plugin</artifactId><version>3.2.5</version></plugin>
    <plugin><groupId>org.jacoco</groupId><artifactId>jacoco-maven-plugin</artifactId><version>0.8.11</version></plugin>
  </plugins></pluginManagement></build>`);

  it("a module takes its parent's properties, managed versions and plugin versions, and may override a property", async () => {
    const core = project(`
  <parent><groupId>com.acme.shop</groupId><artifactId>shop-parent</artifactId><version>2.4.0</version></parent>
  <artifactId>core</artifactId>
  <properties><jackson.version>2.15.3</jackson.version></properties>
  ${managed(dep("org.flywaydb", "flyway-core", undefined, "<exclusions><exclusion><groupId>*</groupId><artifactId>*</artifactId></exclusion></exclusions>"))}
  ${deps(dep("com.fasterxml.jackson.core", "jackson-databind"), dep("org.flywaydb", "flyway-core"), dep("${project.groupId}", "shop-api", "${project.version}"), dep("com.acme.shop", "shop-model", "${version}"), dep("com.acme.shop", "shop-db", "${pom.version}"), dep("com.acme", "bom-tools", "${project.parent.version}"))}
  <build>
    <pluginManagement><plugins><plugin><artifactId>maven-surefire-plugin</artifactId><configuration><skipTests>false</skipTests></configuration></plugin></plugins></pluginManagement>
    <plugins><plugin><artifactId>maven-surefire-plugin</artifactId></plugin><plugin><groupId>org.jacoco</groupId><artifactId>jacoco-maven-plugin</artifactId></plugin></plugins>
  </build>`);
    const { findings } = await maven({ "pom.xml": root, "core/pom.xml": core });
    const at = (ref: string) => versionOf(findings, ref, "core/pom.xml");
    expect(at("maven:com.fasterxml.jackson.core:jackson-databind")).toBe("2.15.3");
    expect(at("maven:org.flywaydb:flyway-core")).toBe("10.4.1");
    expect(at("maven:com.acme.shop:shop-api")).toBe("2.4.0");
    expect(at("maven:com.acme.shop:shop-model")).toBe("2.4.0");
    expect(at("maven:com.acme.shop:shop-db")).toBe("2.4.0");
    expect(at("maven:com.acme:bom-tools")).toBe("2.4.0");
    expect(findings.filter((f) => f.file === "core/pom.xml" && f.ref === "maven:org.apache.maven.plugins:maven-surefire-plugin").map((f) => f.version)).toStrictEqual(["3.2.5", "3.2.5"]);
    expect(at("maven:org.jacoco:jacoco-maven-plugin")).toBe("0.8.11");
    // The parent's own module reports the plugin versions it manages.
    expect(versionOf(findings, "maven:org.jacoco:jacoco-maven-plugin", "pom.xml")).toBe("0.8.11");
    // Java's level is inherited with the properties.
    expect(findings.filter((f) => f.ref === "runtime:java").map((f) => [f.file, f.version])).toStrictEqual([["core/pom.xml", "17"], ["pom.xml", "17"]]);
  });

  it("a module's own groupId and version win over its parent's in project.*", async () => {
    const tools = project(`
  <parent><groupId>com.acme.shop</groupId><artifactId>shop-parent</artifactId><version>2.4.0</version></parent>
  <groupId>com.acme.tools</groupId><artifactId>tools</artifactId><version>0.9.1</version>
  ${deps(dep("${project.groupId}", "tools-api", "${project.version}"))}`);
    const { findings } = await maven({ "pom.xml": root, "tools/pom.xml": tools });
    expect(versionOf(findings, "maven:com.acme.tools:tools-api", "tools/pom.xml")).toBe("0.9.1");
  });

  it("finds a parent by its coordinate wherever it lies, without a relativePath", async () => {
    const app = project(`
  <parent><groupId>com.acme.shop</groupId><artifactId>shop-parent</artifactId><version>2.4.0</version></parent>
  <artifactId>app</artifactId>
  ${deps(dep("com.fasterxml.jackson.core", "jackson-databind"))}`);
    const { findings } = await maven({ "build/parent/pom.xml": root, "apps/app/pom.xml": app });
    expect(versionOf(findings, "maven:com.fasterxml.jackson.core:jackson-databind", "apps/app/pom.xml")).toBe("2.16.1");
  });

  // Maven 4 (model 4.1.0) lets a module leave out its parent's groupId and version: the parent is the
  // pom at relativePath (../pom.xml by default, a folder or a file), and the module inherits its version.
  const inferred = (relativePath?: string) =>
    project(`
  <parent><artifactId>shop-parent</artifactId>${relativePath === undefined ? "" : `<relativePath>${relativePath}</relativePath>`}</parent>
  <artifactId>web</artifactId>
  ${deps(dep("com.fasterxml.jackson.core", "jackson-databind"), dep("${project.groupId}", "core", "${project.version}"))}`);

  it("a Maven 4 module finds its parent at ../pom.xml and inherits its groupId and version", async () => {
    const { findings } = await maven({ "pom.xml": root, "web/pom.xml": inferred() });
    expect(versionOf(findings, "maven:com.fasterxml.jackson.core:jackson-databind", "web/pom.xml")).toBe("2.16.1");
    expect(versionOf(findings, "maven:com.acme.shop:core", "web/pom.xml")).toBe("2.4.0");
  });

  it("a relativePath names the parent's folder (with or without a slash) or its file", async () => {
    for (const [path, relativePath] of [["parent/pom.xml", "../parent"], ["parent/pom.xml", "../parent/"], ["parent/pom.xml", "../parent/pom.xml"]] as const) {
      const { findings } = await maven({ [path]: root, "web/pom.xml": inferred(relativePath) });
      expect(versionOf(findings, "maven:com.fasterxml.jackson.core:jackson-databind", "web/pom.xml"), relativePath).toBe("2.16.1");
    }
  });

  it("the pom at relativePath is no parent when its artifactId differs", async () => {
    const other = root.replace("<artifactId>shop-parent</artifactId>", "<artifactId>other-parent</artifactId>");
    const { findings } = await maven({ "pom.xml": other, "web/pom.xml": inferred() });
    expect(findings.find((f) => f.ref === "maven:com.fasterxml.jackson.core:jackson-databind" && f.file === "web/pom.xml")).toBeDefined();
    expect(versionOf(findings, "maven:com.fasterxml.jackson.core:jackson-databind", "web/pom.xml")).toBeUndefined();
  });
});

describe("Maven model: BOMs", () => {
  const bom = (parent = "") =>
    project(`
  ${parent}
  <groupId>com.acme</groupId><artifactId>acme-bom</artifactId><version>5.0.0</version><packaging>pom</packaging>
  <properties><grpc.version>1.60.1</grpc.version></properties>
  ${managed(dep("io.grpc", "grpc-netty-shaded", "${grpc.version}"), dep("com.fasterxml.jackson.core", "jackson-databind", "2.14.2"))}`);

  it("a BOM from the repository gives its versions, interpolated in the BOM, but not over the pom's own", async () => {
    const app = project(`
  <groupId>com.acme</groupId><artifactId>app</artifactId><version>1.0</version>
  <properties><grpc.version>0.0.1</grpc.version></properties>
  ${managed(dep("com.fasterxml.jackson.core", "jackson-databind", "2.16.1"), dep("com.acme", "acme-bom", "5.0.0", "<type>pom</type><scope>import</scope>"))}
  ${deps(dep("io.grpc", "grpc-netty-shaded"), dep("com.fasterxml.jackson.core", "jackson-databind"))}`);
    const { findings } = await maven({ "bom/pom.xml": bom(), "app/pom.xml": app });
    expect(versionOf(findings, "maven:io.grpc:grpc-netty-shaded", "app/pom.xml")).toBe("1.60.1");
    expect(versionOf(findings, "maven:com.fasterxml.jackson.core:jackson-databind", "app/pom.xml")).toBe("2.16.1");
  });

  it("a BOM from the repository passes on the family of its own external parent, unless the pom has one", async () => {
    const springBom = bom(`<parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId><version>3.1.5</version></parent>`);
    const importing = (parent = "") =>
      project(`
  ${parent}
  <groupId>com.acme</groupId><artifactId>app</artifactId><version>1.0</version>
  ${managed(dep("com.acme", "acme-bom", "5.0.0", "<type>pom</type><scope>import</scope>"))}
  ${deps(dep("org.springframework.boot", "spring-boot-starter-actuator"))}`);
    let { findings } = await maven({ "bom/pom.xml": springBom, "app/pom.xml": importing() });
    expect(versionOf(findings, "maven:org.springframework.boot:spring-boot-starter-actuator", "app/pom.xml")).toBe("3.1.5");
    ({ findings } = await maven({
      "bom/pom.xml": springBom,
      "app/pom.xml": importing(`<parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId><version>3.2.2</version><relativePath/></parent>`),
    }));
    expect(versionOf(findings, "maven:org.springframework.boot:spring-boot-starter-actuator", "app/pom.xml")).toBe("3.2.2");
  });

  it("an external BOM import named by a family versions the family's artifacts, its group written as a property", async () => {
    const app = project(`
  <groupId>com.acme</groupId><artifactId>app</artifactId><version>1.0</version>
  <properties><boot.group>org.springframework.boot</boot.group><boot.version>3.2.2</boot.version></properties>
  ${managed(dep("${boot.group}", "spring-boot-dependencies", "${boot.version}", "<type>pom</type><scope>import</scope>"))}
  ${deps(dep("org.springframework.boot", "spring-boot-starter-web"))}`);
    const { findings, warnings } = await maven({ "pom.xml": app });
    expect(warnings).toEqual([]);
    expect(findings.map((f) => [f.ref, f.version])).toStrictEqual([
      ["maven:org.springframework.boot:spring-boot-dependencies", "3.2.2"],
      ["maven:org.springframework.boot:spring-boot-starter-web", "3.2.2"],
    ]);
  });
});

describe("Maven model: the Java level", () => {
  const java = async (body: string, files: Record<string, string> = {}) =>
    (await maven({ "pom.xml": project(`<groupId>com.acme</groupId><artifactId>svc</artifactId><version>1.0</version>${body}`), ...files })).findings
      .filter((f) => f.ref === "runtime:java")
      .map((f) => f.version ?? null);

  it("java.version alone sets it, as maven.compiler.target alone does", async () => {
    expect(await java("<properties><java.version>21</java.version></properties>")).toStrictEqual(["21"]);
    expect(await java("<properties><maven.compiler.target>1.8</maven.compiler.target></properties>")).toStrictEqual(["1.8"]);
  });

  it("a maven.compiler.* property written as ${java.version} takes that property's value", async () => {
    expect(await java("<properties><java.version>17</java.version><maven.compiler.source>${java.version}</maven.compiler.source><maven.compiler.target>${java.version}</maven.compiler.target></properties>")).toStrictEqual(["17"]);
  });

  it("an unresolved level gives Java without a version", async () => {
    expect(await java("<properties><maven.compiler.release>${jdk8.level}</maven.compiler.release></properties>")).toStrictEqual([null]);
  });

  it("a Kotlin build with other plugins is no Java build without Java sources", async () => {
    const plugins = `<build><plugins><plugin><artifactId>maven-surefire-plugin</artifactId></plugin><plugin><groupId>org.jetbrains.kotlin</groupId><artifactId>kotlin-maven-plugin</artifactId></plugin></plugins></build>`;
    expect(await java(`<properties><java.version>17</java.version></properties>${plugins}`)).toStrictEqual([]);
    expect(await java(`<properties><java.version>17</java.version></properties>${plugins}`, { "Legacy.java": "class Legacy {}" })).toStrictEqual(["17"]);
  });

  it("only maven-compiler-plugin's configuration sets the level, not another plugin's <source>", async () => {
    const javadoc = `<plugin><artifactId>maven-javadoc-plugin</artifactId><configuration><source>8</source></configuration></plugin>`;
    expect(await java(`<properties><java.version>17</java.version></properties><build><plugins>${javadoc}</plugins></build>`)).toStrictEqual(["17"]);
  });

  it("a compiler plugin without a level in <plugins> leaves the level to its <pluginManagement> entry", async () => {
    const build = `<build>
      <plugins><plugin><artifactId>maven-compiler-plugin</artifactId></plugin></plugins>
      <pluginManagement><plugins><plugin><artifactId>maven-compiler-plugin</artifactId><version>3.11.0</version><configuration><release>17</release></configuration></plugin></plugins></pluginManagement>
    </build>`;
    expect(await java(`<properties><java.version>11</java.version></properties>${build}`)).toStrictEqual(["17"]);
  });
});

describe("readPom", () => {
  it("reads an aggregator pom whole: no field left undefined, plugins' default group, properties without attributes or empty values", () => {
    const xml = project(`
  <parent><groupId>org.sonatype.oss</groupId><artifactId>oss-parent</artifactId><version>9</version></parent>
  <groupId>com.acme</groupId><artifactId>acme</artifactId><version>3.0.0-SNAPSHOT</version><packaging>pom</packaging>
  <modules><module>core</module><module></module><module>cli</module></modules>
  <properties xmlns:x="urn:x"><revision>3.0.0</revision><sonar.exclusions></sonar.exclusions></properties>
  ${managed(dep("org.junit", "junit-bom", "5.10.1", "<type>pom</type><scope>import</scope>"))}
  ${deps(dep("org.slf4j", "slf4j-api", " 2.0.9 "), "<dependency><artifactId>acme-core</artifactId></dependency>", "<dependency><groupId>x</groupId></dependency>")}
  <build>
    <plugins><plugin><artifactId>maven-checkstyle-plugin</artifactId><version>3.3.1</version>
      <dependencies>${dep("com.puppycrawl.tools", "checkstyle", "10.12.5")}</dependencies></plugin></plugins>
    <pluginManagement><plugins><plugin><groupId>org.codehaus.mojo</groupId><artifactId>exec-maven-plugin</artifactId><version>3.1.1</version>
      <dependencies>${dep("org.graalvm.js", "js", "23.0.2")}</dependencies></plugin></plugins></pluginManagement>
  </build>`);
    expect(readPom(parseXml(xml))).toStrictEqual({
      groupId: "com.acme",
      artifactId: "acme",
      version: "3.0.0-SNAPSHOT",
      packaging: "pom",
      parent: { groupId: "org.sonatype.oss", artifactId: "oss-parent", version: "9", relativePath: undefined },
      properties: new Map([["revision", "3.0.0"]]),
      dependencies: [{ groupId: "org.slf4j", artifactId: "slf4j-api", version: "2.0.9" }, { groupId: "", artifactId: "acme-core" }],
      managed: [{ groupId: "org.junit", artifactId: "junit-bom", version: "5.10.1", scope: "import", type: "pom" }],
      plugins: [
        { groupId: "org.apache.maven.plugins", artifactId: "maven-checkstyle-plugin", version: "3.3.1" },
        { groupId: "org.codehaus.mojo", artifactId: "exec-maven-plugin", version: "3.1.1" },
      ],
      managedPlugins: [{ groupId: "org.codehaus.mojo", artifactId: "exec-maven-plugin", version: "3.1.1" }],
      pluginDependencies: [
        { groupId: "com.puppycrawl.tools", artifactId: "checkstyle", version: "10.12.5" },
        { groupId: "org.graalvm.js", artifactId: "js", version: "23.0.2" },
      ],
      modules: ["core", "cli"],
    });
  });

  it("a pom without parent, group or version has none of them", () => {
    expect(readPom(parseXml(project("<artifactId>solo</artifactId>")))).toStrictEqual({
      groupId: undefined,
      artifactId: "solo",
      version: undefined,
      packaging: undefined,
      properties: new Map(),
      dependencies: [],
      managed: [],
      plugins: [],
      managedPlugins: [],
      pluginDependencies: [],
      modules: [],
    });
  });

  it("a parent without a groupId (Maven 4) has an empty one; a value with attributes is read as its text", () => {
    const pom = readPom(parseXml(project(`<parent><artifactId>root</artifactId></parent><artifactId>m</artifactId>
      <build><plugins><plugin><artifactId>maven-compiler-plugin</artifactId><configuration><release combine.self="override">21</release></configuration></plugin></plugins></build>`)));
    expect(pom.parent).toStrictEqual({ groupId: "", artifactId: "root", version: undefined, relativePath: undefined });
    expect(pom.compilerLevel).toBe("21");
  });

  it("interpolates nested properties, leaves unknown ones", () => {
    const props = new Map([["a", "${b}"], ["b", "${c}"], ["c", "1.2"]]);
    expect(interpolate("${a}-${d}", props)).toBe("1.2-${d}");
    expect(interpolate(undefined, props)).toBeUndefined();
  });
});
