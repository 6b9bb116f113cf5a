import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { tool } from "./helpers.js";

describe("Google's Drive API client for Java", () => {
  // A library module that reads spreadsheets kept on Drive.
  const pom = `<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.example</groupId>
  <artifactId>resources</artifactId>
  <version>1.0.0</version>
  <dependencies>
    <dependency>
      <groupId>com.google.apis</groupId>
      <artifactId>google-api-services-drive</artifactId>
      <version>v3-rev20230822-2.0.0</version>
    </dependency>
  </dependencies>
</project>
`;
  it("is a package entry naming no Google Drive by default", async () => {
    const { document } = await scan(new MemorySource({ "resources/pom.xml": pom }), { git: false });
    expect(tool(document.tools, "Google Drive")).toBeUndefined();
    expect(document.tools.find((t) => t.name === "com.google.apis:google-api-services-drive")).toMatchObject({ detection_source: "resources/pom.xml" });
  });

  it("names Google Drive with all tools", async () => {
    const { document } = await scan(new MemorySource({ "resources/pom.xml": pom }), { git: false, allTools: true });
    expect(tool(document.tools, "Google Drive")).toBeDefined();
  });
});
