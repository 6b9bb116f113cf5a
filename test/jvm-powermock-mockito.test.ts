import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

// An Alfresco repository extension tested with JUnit 4 and PowerMock's Mockito API.
const pom = `<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
    <modelVersion>4.0.0</modelVersion>
    <groupId>org.example</groupId>
    <artifactId>alfresco-annotations</artifactId>
    <version>1.0.0-SNAPSHOT</version>
    <properties>
        <alfresco.version>5.0.d</alfresco.version>
        <powermock.version>1.6.4</powermock.version>
        <junit.version>4.12</junit.version>
    </properties>
    <dependencies>
        <dependency><groupId>org.alfresco</groupId><artifactId>alfresco-repository</artifactId><version>\${alfresco.version}</version><scope>provided</scope></dependency>
        <dependency><groupId>junit</groupId><artifactId>junit</artifactId><version>\${junit.version}</version><scope>test</scope></dependency>
        <dependency><groupId>org.powermock</groupId><artifactId>powermock-api-mockito</artifactId><version>\${powermock.version}</version><scope>test</scope></dependency>
    </dependencies>
</project>
`;

describe("PowerMock's Mockito API", () => {
  it("names Mockito without PowerMock's release", async () => {
    const { document } = await scan(new MemorySource({ "pom.xml": pom, "src/main/java/org/example/WebScript.java": "package org.example;\n" }), { git: false });
    const mockito = document.tools.find((t) => t.name === "Mockito" && !t.package_url);
    expect(mockito).toMatchObject({ detection_source: "pom.xml" });
    expect(mockito?.version).toBeUndefined();
    expect(document.tools.find((t) => t.name === "JUnit" && !t.package_url)?.version).toBe("4.12");
  });
});
