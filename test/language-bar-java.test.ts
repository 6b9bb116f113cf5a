import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { tool } from "./helpers.js";

// Java is cited as "Repo Metadata" where the language bar counts it, as the site cites it
// (catalog/overrides.yml: cited_files ["Repo Metadata"]), though a Gradle build or a pom names it and
// may pin its level: that file keeps giving the release and the URL. The site: 5 of 5 corpus stack
// files (4 owners), held-out 5 more owners (a47k's count); the one counter (a47d's "Spring-Jenkins",
// Java 1.8 from pom.xml) could not be located.
const scanned = async (files: Record<string, string>) => (await scan(new MemorySource(files), { git: false })).document.tools;

describe("Java, counted by the language bar, is cited as Repo Metadata", () => {
  it("beside a Gradle build's sourceCompatibility (corpus gywns0417/Balance-Talk-Backend's shape)", async () => {
    const tools = await scanned({
      "build.gradle":
        "plugins {\n\tid 'java'\n\tid 'org.springframework.boot' version '3.2.2'\n\tid 'io.spring.dependency-management' version '1.1.4'\n}\n\n" +
        "java {\n\tsourceCompatibility = '17'\n}\n\nrepositories {\n\tmavenCentral()\n}\n\n" +
        "dependencies {\n\timplementation 'org.springframework.boot:spring-boot-starter-web'\n}\n",
      "src/main/java/com/example/demo/DemoApplication.java": "package com.example.demo;\n\npublic class DemoApplication {}\n",
      "src/main/java/com/example/demo/member/MemberController.java": "package com.example.demo.member;\n\npublic class MemberController {}\n",
    });
    expect(tool(tools, "Java")).toMatchObject({ detection_source: "Repo Metadata", version: "17", detection_source_url: "build.gradle" });
  });

  it("beside a module's pom with no root pom (corpus hantsy/spring6-sandbox's shape): no release, the repository linked", async () => {
    const tools = await scanned({
      "async/pom.xml":
        '<?xml version="1.0" encoding="UTF-8"?>\n<project xmlns="http://maven.apache.org/POM/4.0.0">\n  <modelVersion>4.0.0</modelVersion>\n' +
        "  <groupId>com.example</groupId>\n  <artifactId>async</artifactId>\n  <version>1.0.0-SNAPSHOT</version>\n" +
        "  <properties>\n    <java.version>21</java.version>\n    <maven.compiler.release>21</maven.compiler.release>\n  </properties>\n</project>\n",
      "async/src/main/java/com/example/demo/Application.java": "package com.example.demo;\n\npublic class Application {}\n",
      "async/src/main/java/com/example/demo/AsyncConfig.java": "package com.example.demo;\n\npublic class AsyncConfig {}\n",
    });
    const java = tool(tools, "Java");
    expect(java).toMatchObject({ detection_source: "Repo Metadata" });
    expect(java?.version).toBeUndefined();
  });
});
