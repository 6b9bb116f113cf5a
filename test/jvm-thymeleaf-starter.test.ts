import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import type { ToolEntry } from "../src/types.js";

const tool = (tools: ToolEntry[], name: string) => tools.find((t) => t.name === name && t.sub_category !== "Maven Packages");
const pkg = (tools: ToolEntry[], name: string) => tools.find((t) => t.name === name && t.sub_category === "Maven Packages");
const dep = (g: string, a: string, v?: string) => `<dependency><groupId>${g}</groupId><artifactId>${a}</artifactId>${v ? `<version>${v}</version>` : ""}</dependency>`;
// Modelled on a Spring Boot 2.1 demo: Data REST over JPA and H2, server-side pages with Thymeleaf.
const bootPom = (...deps: string[]) => [
  "<project><modelVersion>4.0.0</modelVersion>",
  "<parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId><version>2.1.3.RELEASE</version></parent>",
  "<groupId>com.example</groupId><artifactId>data-rest-demo</artifactId><version>0.0.1-SNAPSHOT</version>",
  "<dependencies>", ...deps, "</dependencies></project>",
].join("\n");

describe("Spring Boot's Thymeleaf starter", () => {
  const xml = bootPom(
    dep("org.springframework.boot", "spring-boot-starter-web"),
    dep("org.springframework.boot", "spring-boot-starter-thymeleaf"),
    dep("com.h2database", "h2"),
  );

  it("is a package entry that names Spring Framework but no Thymeleaf", async () => {
    const { document } = await scan(new MemorySource({ "pom.xml": xml }), { git: false });
    expect(tool(document.tools, "Thymeleaf")).toBeUndefined();
    expect(tool(document.tools, "Spring Framework")).toBeDefined();
    expect(pkg(document.tools, "org.springframework.boot:spring-boot-starter-thymeleaf")).toBeDefined();
  });

  it("still names Thymeleaf with --all-tools, and from Thymeleaf's own coordinates", async () => {
    const all = await scan(new MemorySource({ "pom.xml": xml }), { git: false, allTools: true });
    expect(tool(all.document.tools, "Thymeleaf")).toBeDefined();
    const direct = await scan(new MemorySource({ "pom.xml": bootPom(dep("org.thymeleaf", "thymeleaf-spring5", "3.0.11.RELEASE")) }), { git: false });
    expect(tool(direct.document.tools, "Thymeleaf")?.version).toBe("3.0.11");
  });
});
