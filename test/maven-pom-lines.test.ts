import { describe, expect, it } from "vitest";
import { pomDeclarations, pomLines } from "../detectors/maven/pom-lines.js";

// Where a pom declares each entry: the line of its <artifactId>, section by section.
const pom = `<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <parent>
    <groupId>org.springframework.boot</groupId>
    <artifactId>spring-boot-starter-parent</artifactId>
  </parent>
  <dependencyManagement>
    <dependencies>
      <dependency>
        <groupId>com.fasterxml.jackson.core</groupId>
        <artifactId>jackson-databind</artifactId>
        <version>2.17.0</version>
      </dependency>
    </dependencies>
  </dependencyManagement>
  <dependencies>
    <!-- <dependency><artifactId>jackson-databind</artifactId></dependency> -->
    <dependency>
      <groupId>com.fasterxml.jackson.core</groupId>
      <artifactId>jackson-databind</artifactId>
    </dependency>
    <dependency>
      <groupId>org.testcontainers</groupId>
      <artifactId>postgresql</artifactId>
    </dependency>
    <dependency><groupId>org.postgresql</groupId><artifactId>postgresql</artifactId></dependency>
  </dependencies>
  <build>
    <pluginManagement>
      <plugins>
        <plugin>
          <artifactId>maven-checkstyle-plugin</artifactId>
          <dependencies>
            <dependency><groupId>com.puppycrawl.tools</groupId><artifactId>checkstyle</artifactId></dependency>
          </dependencies>
        </plugin>
      </plugins>
    </pluginManagement>
    <plugins>
      <plugin>
        <dependencies>
          <dependency><groupId>com.puppycrawl.tools</groupId><artifactId>checkstyle</artifactId></dependency>
        </dependencies>
        <artifactId>maven-checkstyle-plugin</artifactId>
      </plugin>
    </plugins>
  </build>
  <profiles>
    <profile>
      <dependencies>
        <dependency><groupId>org.flywaydb</groupId><artifactId>flyway-core</artifactId></dependency>
      </dependencies>
    </profile>
  </profiles>
</project>
`;

describe("pomLines", () => {
  it("gives each section's entries their own <artifactId> line: a managed entry, a comment and a profile are no declaration", () => {
    const line = pomLines(pom);
    expect(line("parent", "spring-boot-starter-parent")).toBe(5);
    expect(line("managed", "jackson-databind")).toBe(11);
    expect(line("dependencies", "jackson-databind")).toBe(20);
    // One artifact under two groups: each asks in turn.
    expect(line("dependencies", "postgresql")).toBe(24);
    expect(line("dependencies", "postgresql")).toBe(26);
    expect(line("dependencies", "postgresql")).toBeUndefined();
    expect(line("managedPlugins", "maven-checkstyle-plugin")).toBe(32);
    expect(line("managedPluginDependencies", "checkstyle")).toBe(34);
    // A plugin's artifactId after its own dependencies is still the plugin's.
    expect(line("plugins", "maven-checkstyle-plugin")).toBe(44);
    expect(line("pluginDependencies", "checkstyle")).toBe(42);
    expect(line("dependencies", "flyway-core")).toBeUndefined();
  });

  it("reads prefixed element names, CDATA and a DOCTYPE without losing its place", () => {
    const text = `<?xml version="1.0"?>
<!DOCTYPE project>
<pom:project xmlns:pom="http://maven.apache.org/POM/4.0.0">
  <pom:description><![CDATA[<dependencies><dependency><artifactId>nope</artifactId>]]></pom:description>
  <pom:dependencies>
    <pom:dependency>
      <pom:artifactId> guava </pom:artifactId>
    </pom:dependency>
  </pom:dependencies>
</pom:project>`;
    const line = pomLines(text);
    expect(line("dependencies", "nope")).toBeUndefined();
    expect(line("dependencies", "guava")).toBe(7);
  });

  it("pomDeclarations: an entry's own <version> line, before or after its artifactId; a nested plugin dependency's is its own; each property's line", () => {
    const text = `<project>
  <parent>
    <artifactId>spring-boot-starter-parent</artifactId>
    <version>3.3.0</version>
  </parent>
  <properties>
    <java.version>21</java.version>
    <guava.version>33.1.0-jre</guava.version>
  </properties>
  <dependencies>
    <dependency>
      <version>\${guava.version}</version>
      <artifactId>guava</artifactId>
    </dependency>
    <dependency>
      <artifactId>postgresql</artifactId>
    </dependency>
  </dependencies>
  <build>
    <plugins>
      <plugin>
        <artifactId>maven-checkstyle-plugin</artifactId>
        <dependencies>
          <dependency><artifactId>checkstyle</artifactId><version>10.17.0</version></dependency>
        </dependencies>
        <version>3.4.0</version>
      </plugin>
    </plugins>
  </build>
</project>`;
    const at = pomDeclarations(text);
    expect(at.entry("parent", "spring-boot-starter-parent")).toEqual({ line: 3, version: 4 });
    expect(at.entry("dependencies", "guava")).toEqual({ line: 13, version: 12 });
    expect(at.entry("dependencies", "postgresql")).toEqual({ line: 16 });
    expect(at.entry("plugins", "maven-checkstyle-plugin")).toEqual({ line: 22, version: 26 });
    expect(at.entry("pluginDependencies", "checkstyle")).toEqual({ line: 24, version: 24 });
    expect(at.property("guava.version")).toBe(8);
    expect(at.property("java.version")).toBe(7);
    expect(at.property("kotlin.version")).toBeUndefined();
  });
});
