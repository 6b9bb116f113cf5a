import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

describe("Java in a Scala Maven build", () => {
  const pom = (plugin: string) =>
    "<project><modelVersion>4.0.0</modelVersion><groupId>com.example</groupId><artifactId>demo</artifactId><version>1.0</version>" +
    "<properties><maven.compiler.source>1.8</maven.compiler.source><scala.version>2.13.0</scala.version></properties>" +
    "<dependencies><dependency><groupId>org.scala-lang</groupId><artifactId>scala-library</artifactId><version>${scala.version}</version></dependency></dependencies>" +
    `<build><sourceDirectory>src/main/scala</sourceDirectory><plugins>${plugin}</plugins></build></project>`;
  const scalaPlugin = "<plugin><groupId>net.alchim31.maven</groupId><artifactId>scala-maven-plugin</artifactId><version>4.2.0</version></plugin>";

  it("the JVM target a Scala build sets names no Java; Java sources beside it do", async () => {
    const { document } = await scan(new MemorySource({ "pom.xml": pom(scalaPlugin), "src/main/scala/App.scala": "" }), { git: false });
    expect(document.tools.find((t) => t.name === "Java")).toBeUndefined();
    expect(document.tools.find((t) => t.name === "Scala")).toBeDefined();
    const mixed = await scan(new MemorySource({ "pom.xml": pom(scalaPlugin), "src/main/scala/App.scala": "", "src/main/java/Util.java": "class Util {}" }), { git: false });
    expect(mixed.document.tools.find((t) => t.name === "Java")).toMatchObject({ version: "1.8", detection_source: "Repo Metadata", detection_source_url: "pom.xml" });
  });

  it("the old maven-scala-plugin too", async () => {
    const old = "<plugin><groupId>org.scala-tools</groupId><artifactId>maven-scala-plugin</artifactId><version>2.15.2</version></plugin>";
    const { document } = await scan(new MemorySource({ "pom.xml": pom(old) }), { git: false });
    expect(document.tools.find((t) => t.name === "Java")).toBeUndefined();
    expect(document.tools.find((t) => t.name === "Scala")).toBeDefined();
  });
});
