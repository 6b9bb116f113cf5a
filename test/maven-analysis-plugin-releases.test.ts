import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { tool } from "./helpers.js";

// The Maven plugins that run a code analyser are numbered apart from the analyser:
// maven-checkstyle-plugin 3.0.0 runs Checkstyle 6.18, maven-pmd-plugin 3.21.0 runs PMD 6.55,
// findbugs-maven-plugin 3.0.5 runs FindBugs 3.0.1. The plugin names the tool, never its release.
const plugin = (groupId: string, artifactId: string, version: string, inner = "") =>
  `<plugin><groupId>${groupId}</groupId><artifactId>${artifactId}</artifactId><version>${version}</version>${inner}</plugin>`;
const pom = (plugins: string) =>
  `<project><modelVersion>4.0.0</modelVersion><groupId>co.acme</groupId><artifactId>sdk</artifactId><version>1.5.0</version><build><plugins>${plugins}</plugins></build></project>`;

describe("Maven analysis plugins", () => {
  it("name Checkstyle, PMD and FindBugs without lending the plugin's release", async () => {
    const { document } = await scan(
      new MemorySource({
        "pom.xml": pom(
          plugin("org.apache.maven.plugins", "maven-checkstyle-plugin", "3.0.0", "<configuration><suppressionsLocation>config/checkstyle/checkstyle-suppressions.xml</suppressionsLocation></configuration>") +
            plugin("org.apache.maven.plugins", "maven-pmd-plugin", "3.21.0") +
            plugin("org.codehaus.mojo", "findbugs-maven-plugin", "3.0.5"),
        ),
      }),
      { git: false },
    );
    for (const name of ["Checkstyle", "PMD", "FindBugs"]) {
      expect(tool(document.tools, name)?.detection_source).toBe("pom.xml");
      expect(tool(document.tools, name)).toBeDefined();
      expect(tool(document.tools, name)?.version).toBeUndefined();
    }
  });

  it("Checkstyle still takes the release of the checkstyle artifact the plugin's dependencies name", async () => {
    const { document } = await scan(
      new MemorySource({
        "pom.xml": pom(
          plugin(
            "org.apache.maven.plugins",
            "maven-checkstyle-plugin",
            "3.3.1",
            "<dependencies><dependency><groupId>com.puppycrawl.tools</groupId><artifactId>checkstyle</artifactId><version>10.12.5</version></dependency></dependencies>",
          ),
        ),
      }),
      { git: false },
    );
    expect(tool(document.tools, "Checkstyle")?.version).toBe("10.12.5");
  });
});
