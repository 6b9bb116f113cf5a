import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { tool } from "./helpers.js";

// A 2016 multi-module Spring Boot 1.3 build (Gradle 2.14, `compile` configurations): Hibernate's
// Ehcache second-level cache and Logstash's Logback encoder, versions from gradle.properties.
const buildGradle = `allprojects {
	apply plugin: 'spring-boot'
	dependencies {
        compile("net.logstash.logback:logstash-logback-encoder:\${logstash_logback_encoder_version}") {
            exclude(module: 'ch.qos.logback')
        }
        compile ("org.hibernate:hibernate-ehcache") {
            exclude(module: 'ehcache-core')
        }
        compile "org.hibernate:hibernate-envers"
		compile 'org.springframework.boot:spring-boot-starter-data-jpa'
        compile "com.h2database:h2"
	}
}
`;

// The same two integrations pinned in a pom: the pins are the encoder's and Hibernate's releases.
const pom = `<project><groupId>x</groupId><artifactId>svc</artifactId><dependencies>
<dependency><groupId>net.logstash.logback</groupId><artifactId>logstash-logback-encoder</artifactId><version>4.7</version></dependency>
<dependency><groupId>org.hibernate</groupId><artifactId>hibernate-ehcache</artifactId><version>5.0.9.Final</version></dependency>
</dependencies></project>`;

describe("JVM: Hibernate's Ehcache cache and Logstash's Logback encoder", () => {
  it("name Ehcache and Logstash from a Gradle build, each keeping its package entry", async () => {
    const { document } = await scan(new MemorySource({ "build.gradle": buildGradle }), { git: false });
    expect(tool(document.tools, "Ehcache")).toMatchObject({ detection_source: "build.gradle" });
    expect(tool(document.tools, "Logstash")).toMatchObject({ detection_source: "build.gradle" });
    // Hibernate itself stays unnamed from the old org.hibernate group.
    expect(tool(document.tools, "Hibernate")).toBeUndefined();
  });

  it("lend neither tool the integration's release", async () => {
    const { document } = await scan(new MemorySource({ "pom.xml": pom }), { git: false });
    expect(tool(document.tools, "Ehcache")).toBeDefined();
    expect(tool(document.tools, "Ehcache")?.version).toBeUndefined();
    expect(tool(document.tools, "Logstash")).toBeDefined();
    expect(tool(document.tools, "Logstash")?.version).toBeUndefined();
  });
});
