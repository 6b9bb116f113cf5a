import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { tool } from "./helpers.js";

// JaCoCo's Maven plugin and Gradle's jacoco plugin name no JaCoCo on the site: 0 of 6 repositories
// of 5 owners apply one and get it (catalog/matchers/jvm.yml). The builds below are shaped like
// aposin/LicenseScout's (a parent pom managing the plugin, a module applying it) and
// Microservice-API-Patterns/protobufgen's build.gradle.
const parentPom = `<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
	<modelVersion>4.0.0</modelVersion>
	<groupId>org.example.scout</groupId>
	<artifactId>scout-parent</artifactId>
	<version>1.4.0-SNAPSHOT</version>
	<packaging>pom</packaging>
	<properties>
		<junit.version>4.13.1</junit.version>
		<com.h2database.version>1.4.200</com.h2database.version>
		<jacoco-maven-plugin.version>0.8.5</jacoco-maven-plugin.version>
	</properties>
	<dependencyManagement>
		<dependencies>
			<dependency>
				<groupId>com.h2database</groupId>
				<artifactId>h2</artifactId>
				<version>\${com.h2database.version}</version>
				<scope>test</scope>
			</dependency>
			<dependency>
				<groupId>junit</groupId>
				<artifactId>junit</artifactId>
				<version>\${junit.version}</version>
				<scope>test</scope>
			</dependency>
		</dependencies>
	</dependencyManagement>
	<build>
		<pluginManagement>
			<plugins>
				<plugin>
					<groupId>org.jacoco</groupId>
					<artifactId>jacoco-maven-plugin</artifactId>
					<version>\${jacoco-maven-plugin.version}</version>
				</plugin>
			</plugins>
		</pluginManagement>
	</build>
</project>
`;

const corePom = `<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
	<modelVersion>4.0.0</modelVersion>
	<parent>
		<groupId>org.example.scout</groupId>
		<artifactId>scout-parent</artifactId>
		<version>1.4.0-SNAPSHOT</version>
		<relativePath>../scout-parent/</relativePath>
	</parent>
	<artifactId>scout-core</artifactId>
	<dependencies>
		<dependency>
			<groupId>com.h2database</groupId>
			<artifactId>h2</artifactId>
		</dependency>
		<dependency>
			<groupId>junit</groupId>
			<artifactId>junit</artifactId>
		</dependency>
	</dependencies>
	<build>
		<plugins>
			<plugin>
				<groupId>org.jacoco</groupId>
				<artifactId>jacoco-maven-plugin</artifactId>
				<executions>
					<execution>
						<goals>
							<goal>prepare-agent</goal>
						</goals>
					</execution>
				</executions>
			</plugin>
		</plugins>
	</build>
</project>
`;

const buildGradle = `plugins {
    id 'java'
    id 'jacoco'
    id 'maven-publish'
}

repositories {
    mavenCentral()
}

dependencies {
    implementation group: 'org.freemarker', name: 'freemarker', version: '2.3.30'
    testImplementation group: 'org.junit.jupiter', name: 'junit-jupiter-api', version: '5.6.2'
}

jacocoTestReport {
    reports {
        xml.enabled true
    }
}
`;

const maven = { "scout-parent/pom.xml": parentPom, "scout-core/pom.xml": corePom, "scout-core/src/main/java/Scout.java": "class Scout {}" };
const gradle = { "build.gradle": buildGradle, "settings.gradle": "rootProject.name = 'protobufgen'", "src/main/java/Gen.java": "class Gen {}" };

describe("JaCoCo from a build plugin", () => {
  it("a Maven module applying jacoco-maven-plugin names no JaCoCo; the module's other tools stay", async () => {
    const { document } = await scan(new MemorySource(maven), { git: false });
    expect(tool(document.tools, "JaCoCo")).toBeUndefined();
    expect(tool(document.tools, "JUnit")).toBeDefined();
    expect(tool(document.tools, "H2 Database")).toBeDefined();
  });

  it("a Gradle build applying the jacoco plugin names no JaCoCo; Gradle and the script's packages stay", async () => {
    const { document } = await scan(new MemorySource(gradle), { git: false });
    expect(tool(document.tools, "JaCoCo")).toBeUndefined();
    expect(tool(document.tools, "Gradle")).toBeDefined();
    expect(document.tools.find((t) => t.name === "org.freemarker:freemarker")).toMatchObject({ version: "2.3.30", detection_source: "build.gradle" });
  });

  it("both still name JaCoCo with all tools, the Maven one at the release the parent manages", async () => {
    const fromMaven = await scan(new MemorySource(maven), { git: false, allTools: true });
    expect(tool(fromMaven.document.tools, "JaCoCo")).toMatchObject({ version: "0.8.5", detection_source: "scout-core/pom.xml" });
    const fromGradle = await scan(new MemorySource(gradle), { git: false, allTools: true });
    expect(tool(fromGradle.document.tools, "JaCoCo")).toMatchObject({ detection_source: "build.gradle" });
  });
});
