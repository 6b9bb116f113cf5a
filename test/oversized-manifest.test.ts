import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

// A long pom.xml (a generated list of dependencies) beside the repository's other manifests: over
// the size limit it is skipped with a warning that names it, and what the other files say is still
// reported. The default limit is 20 MiB; the test sets one just under this file's size.
function longPom(dependencies: number): string {
  const entries = [];
  for (let i = 0; i < dependencies; i++) entries.push(`    <dependency>\n      <groupId>com.example.group${i % 50}</groupId>\n      <artifactId>artifact-${i}</artifactId>\n      <version>1.${i % 30}.${i % 9}</version>\n    </dependency>\n`);
  return `<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>org.springframework.boot</groupId>
    <artifactId>spring-boot-starter-parent</artifactId>
    <version>3.2.0</version>
  </parent>
  <groupId>com.example</groupId>
  <artifactId>big</artifactId>
  <version>1.0.0</version>
  <dependencies>
    <dependency>
      <groupId>org.springframework.boot</groupId>
      <artifactId>spring-boot-starter-web</artifactId>
    </dependency>
${entries.join("")}  </dependencies>
</project>
`;
}

const files = {
  "pom.xml": longPom(200),
  "Dockerfile": "FROM eclipse-temurin:17-jre\nCOPY target/app.jar /app.jar\n",
  "frontend/package.json": JSON.stringify({ name: "web", private: true, dependencies: { react: "^18.2.0" } }, null, 2),
};
const pomBytes = Buffer.byteLength(files["pom.xml"]);

describe("a manifest over the size limit", () => {
  it("is skipped with a warning naming it, and the other files are still reported", async () => {
    const { document, warnings } = await scan(new MemorySource(files), { git: false, maxFileBytes: pomBytes - 1 });
    expect(warnings).toContainEqual({ file: "pom.xml", message: `skipped: ${pomBytes} bytes is over the ${pomBytes - 1}-byte limit (raise it with --max-file-bytes N, max-file-bytes in techstack.config, or maxFileBytes from code)` });
    const names = document.tools.map((t) => t.name);
    expect(names).toEqual(expect.arrayContaining(["Docker", "React"]));
    expect(names).not.toContain("Spring Framework");
  });

  it("is read where the limit is raised above it", async () => {
    const { document, warnings } = await scan(new MemorySource(files), { git: false, maxFileBytes: pomBytes });
    expect(warnings.filter((w) => w.file === "pom.xml")).toEqual([]);
    expect(document.tools.map((t) => t.name)).toEqual(expect.arrayContaining(["Spring Framework", "Docker", "React"]));
  });
});
