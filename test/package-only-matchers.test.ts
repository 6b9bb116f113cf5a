import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Catalog, MemorySource, parseCatalogFile, scan } from "../src/index.js";
import { runCommand, tempDir } from "./helpers.js";

// A Django service as a 2023 project writes it: requests, psycopg2, DRF and Celery beside Django itself.
const REQUIREMENTS = "Django==4.2.7\ndjangorestframework==3.14.0\nrequests==2.31.0\npsycopg2-binary==2.9.9\ncelery==5.3.6\n";
// A Spring service's test dependencies: JUnit 5's aggregate under the org.junit.jupiter group.
const POM = `<project><modelVersion>4.0.0</modelVersion><groupId>com.example</groupId><artifactId>svc</artifactId><version>1.0.0</version>
<dependencies>
  <dependency><groupId>org.junit.jupiter</groupId><artifactId>junit-jupiter</artifactId><version>5.10.1</version><scope>test</scope></dependency>
  <dependency><groupId>org.projectlombok</groupId><artifactId>lombok</artifactId><version>1.18.30</version></dependency>
</dependencies></project>`;

const toolNames = (tools: Array<{ name: string; package_url?: string }>) => tools.filter((t) => !t.package_url).map((t) => t.name);

describe("package-only matchers", () => {
  it("name no tool by default: the package entry alone shows the package, as the site writes it", async () => {
    const { document } = await scan(new MemorySource({ "requirements.txt": REQUIREMENTS, "pom.xml": POM }), { git: false });
    const names = toolNames(document.tools);
    expect(names).toContain("Celery");
    // From a file named requirements.txt Django is a package entry too (catalog/matchers/python.yml's `requirements`).
    expect(names).not.toContain("Django");
    expect(names).not.toContain("Requests");
    expect(names).not.toContain("Django REST framework");
    expect(names).not.toContain("PostgreSQL");
    expect(names).not.toContain("Lombok");
    // The exact key hides the org.junit.jupiter:* prefix, which would name JUnit.
    expect(names).not.toContain("JUnit");
    expect(document.tools.find((t) => t.name === "requests")?.package_url).toBe("https://pypi.org/project/requests");
  });

  it("name their tool with allTools, with the package's version", async () => {
    const { document } = await scan(new MemorySource({ "requirements.txt": REQUIREMENTS, "pom.xml": POM }), { git: false, allTools: true });
    const tool = (name: string) => document.tools.find((t) => t.name === name && !t.package_url);
    expect(tool("Requests")).toMatchObject({ version: "2.31.0", detection_source: "requirements.txt" });
    expect(tool("Django REST framework")?.version).toBe("3.14.0");
    expect(tool("Django")?.version).toBe("4.2.7");
    expect(tool("PostgreSQL")).toBeDefined();
    expect(tool("JUnit")).toMatchObject({ version: "5.10.1", detection_source: "pom.xml" });
    expect(tool("Lombok")?.version).toBe("1.18.30");
    // The package entries stay as they were.
    expect(document.tools.filter((t) => t.package_url).map((t) => t.name)).toEqual(expect.arrayContaining(["requests", "djangorestframework"]));
  });

  it("a list names its tools before `package-only` always and those after it on request: a Spring Boot starter", async () => {
    const pom = `<project><modelVersion>4.0.0</modelVersion><groupId>com.example</groupId><artifactId>api</artifactId><version>1.0.0</version>
<parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId><version>3.2.0</version></parent>
<dependencies>
  <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-security</artifactId></dependency>
  <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-data-jpa</artifactId></dependency>
</dependencies></project>`;
    const names = async (allTools: boolean) => toolNames((await scan(new MemorySource({ "pom.xml": pom }), { git: false, allTools })).document.tools);
    const plain = await names(false);
    expect(plain).toContain("Spring Framework");
    for (const name of ["Spring Boot", "Spring Security", "Spring Data", "Hibernate"]) expect(plain).not.toContain(name);
    expect(await names(true)).toEqual(expect.arrayContaining(["Spring Framework", "Spring Boot", "Spring Security", "Spring Data", "Hibernate"]));
  });

  it("a repository's catalog file may declare one; `package-only` twice or last is refused", () => {
    const file = parseCatalogFile("matchers:\n  npm:\n    \"@acme/ui\": [package-only, react]\n", "techstack.catalog.yml");
    const catalog = new Catalog({ tools: [{ id: "react", name: "React" }], registries: { npm: { category: "Libraries", sub_category: "npm Packages" } } }, file);
    expect(catalog.match("npm", "@acme/ui")).toEqual([]);
    expect(catalog.match("npm", "@acme/ui", true).map((t) => t.name)).toEqual(["React"]);
    expect(catalog.knows("npm", "@acme/ui")).toBe(true);
    expect(() => parseCatalogFile("matchers:\n  npm:\n    \"@acme/ui\": [react, package-only]\n", "techstack.catalog.yml")).toThrow(/package-only/);
    expect(() => parseCatalogFile("matchers:\n  npm:\n    \"@acme/ui\": [package-only, react, package-only, vue]\n", "techstack.catalog.yml")).toThrow(/package-only/);
    expect(() => parseCatalogFile("matchers:\n  npm:\n    \"@acme/ui\": [react, ~]\n", "techstack.catalog.yml")).toThrow(/~/);
    expect(() => parseCatalogFile("matchers:\n  npm:\n    \"@acme/ui\": package-only\n", "techstack.catalog.yml")).toThrow(/package-only/);
  });

  it("the command line's --all-tools and the configuration's all-tools ask for them", async () => {
    const dir = tempDir("techstack-all-tools-");
    writeFileSync(join(dir, "requirements.txt"), REQUIREMENTS);
    // detect in-process; a failure is rejected with what it said, as a failed process was.
    const run = async (args: string[]): Promise<string> => {
      const r = await runCommand(["detect", dir, "--no-git", "--format", "json", ...args]);
      if (r.code !== 0) throw new Error(r.stderr);
      return r.stdout;
    };
    const names = async (args: string[]) => toolNames(JSON.parse(await run(args)).tools);
    expect(await names([])).not.toContain("Requests");
    expect(await names(["--all-tools"])).toContain("Requests");
    writeFileSync(join(dir, "techstack.config.yml"), "all-tools: true\n");
    expect(await names([])).toContain("Requests");
    writeFileSync(join(dir, "techstack.config.yml"), "all-tools: yes please\n");
    await expect(run([])).rejects.toThrow(/'all-tools' must be true or false/);
  });
});
