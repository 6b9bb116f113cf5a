import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

// Micronaut 4's Maven projects may import the platform BOM instead of inheriting micronaut-parent:
// io.micronaut.platform:micronaut-platform, on the same numbering as the parent.
const pom = (bom: string) => `<?xml version="1.0" encoding="UTF-8"?>
<project>
  <modelVersion>4.0.0</modelVersion>
  <groupId>io.acme</groupId>
  <artifactId>service</artifactId>
  <version>1.0.0</version>
  <properties>
    <micronaut.version>4.4.2</micronaut.version>
  </properties>
  <dependencyManagement>
    <dependencies>
      <dependency>
        <groupId>io.micronaut.platform</groupId>
        <artifactId>${bom}</artifactId>
        <version>\${micronaut.version}</version>
        <type>pom</type>
        <scope>import</scope>
      </dependency>
    </dependencies>
  </dependencyManagement>
  <dependencies>
    <dependency><groupId>io.micronaut</groupId><artifactId>micronaut-http-server-netty</artifactId></dependency>
    <dependency><groupId>io.micronaut.data</groupId><artifactId>micronaut-data-jdbc</artifactId></dependency>
  </dependencies>
</project>
`;

describe("Micronaut's platform BOM imported in a pom", () => {
  it("gives the Micronaut artifacts declared without a version the platform's release", async () => {
    const { document } = await scan(new MemorySource({ "pom.xml": pom("micronaut-platform") }), { git: false });
    expect(document.tools.find((t) => t.name === "Micronaut Framework")?.version).toBe("4.4.2");
  });

  it("a BOM of the group that is no family of the catalog's gives none", async () => {
    const { document } = await scan(new MemorySource({ "pom.xml": pom("micronaut-something-else") }), { git: false });
    expect(document.tools.find((t) => t.name === "Micronaut Framework")).toBeDefined();
    expect(document.tools.find((t) => t.name === "Micronaut Framework")?.version).toBeUndefined();
  });
});
