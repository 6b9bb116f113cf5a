import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

const dep = (g: string, a: string, v: string) => `<dependency><groupId>${g}</groupId><artifactId>${a}</artifactId><version>${v}</version></dependency>`;
// Modelled on a release-validation service's pom: it parses SQL assertion scripts with Presto's
// SQL parser library, in-process; nothing connects to a Presto cluster.
const pom = (...deps: string[]) =>
  [
    "<project><modelVersion>4.0.0</modelVersion><groupId>org.example</groupId><artifactId>release-validation</artifactId><version>1.0</version>",
    "<dependencies>",
    dep("org.mybatis", "mybatis", "3.5.6"),
    ...deps,
    "</dependencies></project>",
  ].join("\n");

describe("Presto's SQL parser library", () => {
  it("presto-parser names no Presto (the site has no package page for it either)", async () => {
    const { document } = await scan(new MemorySource({ "pom.xml": pom(dep("com.facebook.presto", "presto-parser", "0.208")) }), { git: false });
    expect(document.tools.find((t) => t.name === "Presto")).toBeUndefined();
    expect(document.tools.find((t) => t.name === "org.mybatis:mybatis")).toBeDefined();
  });

  it("Presto's JDBC driver still names Presto", async () => {
    const { document } = await scan(new MemorySource({ "pom.xml": pom(dep("com.facebook.presto", "presto-jdbc", "0.283")) }), { git: false });
    expect(document.tools.find((t) => t.name === "Presto")).toBeDefined();
  });
});
