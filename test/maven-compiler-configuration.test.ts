import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

// Older Maven builds set the Java level in maven-compiler-plugin's <configuration>, not as a
// maven.compiler.* property; a module inherits it from its parent's <pluginManagement>.
const parent = (configuration: string, properties = "") => `<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.acme</groupId>
  <artifactId>parent</artifactId>
  <version>1.0.0</version>
  <packaging>pom</packaging>
  <modules><module>core</module></modules>
  <properties>${properties}</properties>
  <build>
    <pluginManagement>
      <plugins>
        <plugin>
          <groupId>org.apache.maven.plugins</groupId>
          <artifactId>maven-compiler-plugin</artifactId>
          <version>3.11.0</version>
          <configuration>${configuration}<encoding>UTF-8</encoding></configuration>
        </plugin>
      </plugins>
    </pluginManagement>
  </build>
</project>`;
const child = `<project>
  <modelVersion>4.0.0</modelVersion>
  <parent><groupId>com.acme</groupId><artifactId>parent</artifactId><version>1.0.0</version></parent>
  <artifactId>core</artifactId>
  <build><plugins><plugin><artifactId>maven-compiler-plugin</artifactId></plugin></plugins></build>
</project>`;

const java = async (files: Record<string, string>) => {
  const { document } = await scan(new MemorySource({ ...files, "core/src/main/java/A.java": "class A {}" }), { git: false });
  return document.tools.filter((t) => t.name === "Java").map((t) => [t.version, t.detection_source_url]);
};

describe("maven-compiler-plugin's configured Java level", () => {
  it("source/target in the parent's pluginManagement: the parent and the module", async () => {
    expect(await java({ "pom.xml": parent("<source>1.8</source><target>1.8</target>"), "core/pom.xml": child })).toEqual([["1.8", "pom.xml"]]);
    const own = child.replace("<artifactId>maven-compiler-plugin</artifactId>", "<artifactId>maven-compiler-plugin</artifactId><configuration><release>17</release></configuration>");
    expect(await java({ "pom.xml": own })).toEqual([["17", "pom.xml"]]);
    // A module alone in its folder pins Java for itself: no release (src/document/version-rules.ts),
    // so Java, cited as the language bar, links the repository (a MemorySource's name).
    expect(await java({ "core/pom.xml": own })).toEqual([[undefined, "memory"]]);
  });

  it("release wins over source, and a property it names is interpolated", async () => {
    expect(await java({ "pom.xml": parent("<release>${jdk}</release><source>1.8</source>", "<jdk>21</jdk>"), "core/pom.xml": child })).toEqual([["21", "pom.xml"]]);
  });

  it("without Java sources or a maven.compiler property, the configuration alone names no Java (a pom that fetches a jar)", async () => {
    const wrapper = child.replace("<artifactId>maven-compiler-plugin</artifactId>", "<artifactId>maven-compiler-plugin</artifactId><configuration><source>8</source><target>8</target></configuration>");
    const { document } = await scan(new MemorySource({ "wrapper/pom.xml": wrapper }), { git: false });
    expect(document.tools.find((t) => t.name === "Java")).toBeUndefined();
    // The configuration is read: beside Java sources it gives Java's release.
    expect(await java({ "pom.xml": wrapper })).toEqual([["8", "pom.xml"]]);
  });

  it("an unresolved property gives way to the maven.compiler properties", async () => {
    expect(await java({ "pom.xml": parent("<release>${missing}</release>", "<maven.compiler.source>11</maven.compiler.source>"), "core/pom.xml": child })).toEqual([["11", "pom.xml"]]);
  });
});
