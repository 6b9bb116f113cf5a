import { beforeEach, describe, expect, it } from "vitest";
import { pomDeclarations } from "../detectors/maven/pom-lines.js";

// pom-lines.ts's line finder on shapes real poms have, written against stop 55's mutation survivors
// (a55c): a pom opening with a blank line, empty elements written self-closed, an enforcer plugin's
// <version> rule, a profile placed before the main properties, a stray closing tag, a truncated file.

// As Spring Initializr writes the head of a pom, after a blank line a template left; the enforcer
// plugin takes its version from the parent, and its rule names a Java <version> of its own.
const initializr = `
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>org.springframework.boot</groupId>
    <artifactId>spring-boot-starter-parent</artifactId>
    <version>3.2.5</version>
    <relativePath/> <!-- lookup parent from repository --><!-- kept as generated -->
  </parent>
  <profiles>
    <profile>
      <id>postgres</id>
      <properties>
        <db.driver>org.postgresql.Driver</db.driver>
        <java.version>17</java.version>
      </properties>
    </profile>
  </profiles>
  <properties>
    <argLine/>
    <java.version>21</java.version>
  </properties>
  <dependencies>
    <dependency>
      <groupId>org.springframework.boot</groupId>
      <artifactId>spring-boot-starter-web</artifactId>
      <version>3.2.5</version>
    </dependency>
    <dependency>
      <groupId>org.springframework.boot</groupId>
      <artifactId>spring-boot-starter-test</artifactId>
      <scope>test</scope>
    </dependency>
  </dependencies>
  <build>
    <plugins>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-enforcer-plugin</artifactId>
        <configuration>
          <rules>
            <requireJavaVersion>
              <version>[21,)</version>
            </requireJavaVersion>
          </rules>
        </configuration>
      </plugin>
    </plugins>
  </build>
</project>
`;

describe("pomDeclarations on a generated pom", () => {
  // Read afresh in each case: the walk runs at the first question, and each case must run it.
  let at = pomDeclarations(initializr);
  beforeEach(() => {
    at = pomDeclarations(initializr);
  });

  it("finds the parent and each dependency after a leading blank line and adjacent comments", () => {
    expect(at.entry("parent", "spring-boot-starter-parent")).toStrictEqual({ line: 7, version: 8 });
    expect(at.entry("dependencies", "spring-boot-starter-web")).toStrictEqual({ line: 27, version: 28 });
  });

  it("gives an entry without its own <version> none: not its groupId's or scope's line, nor a version in its configuration", () => {
    expect(at.entry("dependencies", "spring-boot-starter-test")).toStrictEqual({ line: 32 });
    expect(at.entry("plugins", "maven-enforcer-plugin")).toStrictEqual({ line: 40 });
  });

  it("reads the main properties past an empty one written self-closed, and not a profile's", () => {
    expect(at.property("java.version")).toBe(22);
    expect(at.property("db.driver")).toBeUndefined();
  });
});

describe("pomDeclarations on a damaged pom", () => {
  it("a stray closing tag (a hand edit's leftover) loses no later entry", () => {
    const text = `<project>
  <dependencies>
    <dependency>
      <artifactId>guava</artifactId>
    </dependency>
    </exclusion>
    <dependency>
      <artifactId>postgresql</artifactId>
    </dependency>
  </dependencies>
</project>`;
    const at = pomDeclarations(text);
    expect(at.entry("dependencies", "guava")).toStrictEqual({ line: 4 });
    expect(at.entry("dependencies", "postgresql")).toStrictEqual({ line: 8 });
  });

  it("a pom cut off inside an entry still gives the entry read so far; one cut in a tag ends the walk", () => {
    const cutInValue = `<project>
  <dependencies>
    <dependency>
      <groupId>com.google.guava</groupId>
      <artifactId>guava`;
    expect(pomDeclarations(cutInValue).entry("dependencies", "guava")).toStrictEqual({ line: 5 });
    const cutInTag = `<project>
  <dependencies>
    <dependency>
      <artifactId>guava</artifactId>
    </dependency>
    <dependen`;
    expect(pomDeclarations(cutInTag).entry("dependencies", "guava")).toStrictEqual({ line: 4 });
  });

  it("a comment never closed hides the rest of the file", () => {
    const text = `<project>
  <dependencies>
    <dependency><artifactId>guava</artifactId></dependency>
    <!-- <dependency><artifactId>lombok</artifactId></dependency>
  </dependencies>
</project>`;
    const at = pomDeclarations(text);
    expect(at.entry("dependencies", "guava")).toStrictEqual({ line: 3 });
    expect(at.entry("dependencies", "lombok")).toBeUndefined();
  });
});
