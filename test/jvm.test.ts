import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import type { ToolEntry } from "../src/types.js";
import { readBuildScript } from "../detectors/gradle/build-script.js";
import { readPom } from "../detectors/maven/pom.js";
import { parseXml } from "../src/parse/xml.js";
import { fixture } from "./helpers.js";

const entry = (tools: ToolEntry[], name: string) => tools.find((t) => t.name === name);

describe("Maven", () => {
  it("keeps versions as strings and single children as lists", () => {
    const pom = readPom(parseXml("<project><version>1.10</version><dependencies><dependency><groupId>g</groupId><artifactId>a</artifactId><version>2.10</version></dependency></dependencies></project>"));
    expect(pom.version).toBe("1.10");
    expect(pom.dependencies).toEqual([{ groupId: "g", artifactId: "a", version: "2.10" }]);
  });

  it("a Spring Boot multi-module build: versions from the parent's dependencyManagement and an in-repo BOM", async () => {
    const { document } = await scan(fixture("spring-multimodule"), { git: false });
    expect(entry(document.tools, "Spring Boot")?.version).toBe("3.2.2");
    expect(entry(document.tools, "org.springframework.boot:spring-boot-starter-web")).toMatchObject({ version: "3.2.2", category: "Libraries", sub_category: "Maven Packages" });
    expect(entry(document.tools, "org.mapstruct:mapstruct")?.version).toBe("1.5.5.Final");
    expect(entry(document.tools, "io.jsonwebtoken:jjwt-api")?.version).toBe("0.12.5");
    expect(entry(document.tools, "org.testcontainers:postgresql")?.version).toBe("1.19.4");
    expect(entry(document.tools, "PostgreSQL")).toBeDefined();
    expect(entry(document.tools, "JaCoCo")?.version).toBe("0.8.11");
    expect(entry(document.tools, "Java")?.version).toBe("17");
    expect(document.tools.some((t) => t.version?.includes("${"))).toBe(false);
  });
});

describe("Gradle", () => {
  it("reads string, map and catalog notation and plugins", () => {
    const script = readBuildScript(
      "plugins {\n  id 'org.springframework.boot' version '3.2.2'\n  kotlin(\"jvm\") version \"1.9.22\"\n}\ndependencies {\n  implementation 'org.springframework.boot:spring-boot-starter-web'\n  runtimeOnly group: 'org.postgresql', name: 'postgresql', version: '42.7.1'\n  testImplementation(libs.junit)\n}\n",
    );
    expect(script.plugins.map((p) => [p.id, p.version])).toEqual([
      ["org.springframework.boot", "3.2.2"],
      ["org.jetbrains.kotlin.jvm", "1.9.22"],
    ]);
    expect(script.dependencies.map((d) => [d.configuration, d.group, d.name, d.version, d.catalogAccessor])).toEqual([
      ["implementation", "org.springframework.boot", "spring-boot-starter-web", undefined, undefined],
      ["runtimeOnly", "org.postgresql", "postgresql", "42.7.1", undefined],
      ["testImplementation", undefined, undefined, undefined, "libs.junit"],
    ]);
  });

  it("an Android app with a version catalog and Kotlin DSL", async () => {
    const { document } = await scan(fixture("android-catalog"), { git: false });
    expect(entry(document.tools, "com.squareup.retrofit2:retrofit")?.version).toBe("2.9.0");
    expect(entry(document.tools, "androidx.core:core-ktx")?.version).toBe("1.12.0");
    expect(entry(document.tools, "com.squareup.okhttp3:okhttp")?.version).toBe("4.12.0");
    expect(entry(document.tools, "Kotlin")?.version).toBe("1.9.22");
    expect(entry(document.tools, "Retrofit")?.version).toBe("2.9.0");
    expect(entry(document.tools, "Gradle")?.version).toBe("8.5");
    expect(entry(document.tools, "Android SDK")).toBeDefined();
  });
});

describe("sbt and Clojure", () => {
  it("reads libraryDependencies, deps.edn and project.clj at a basic level", async () => {
    const { document } = await scan(
      new MemorySource({
        "build.sbt": 'scalaVersion := "2.13.12"\nlibraryDependencies ++= Seq(\n  "com.typesafe.akka" %% "akka-actor" % "2.8.5",\n  "org.scalatest" %% "scalatest" % "3.2.17" % Test\n)\n',
        "svc/deps.edn": '{:deps {org.clojure/clojure {:mvn/version "1.11.1"} ring/ring-core {:mvn/version "1.10.0"}}}',
        "lib/project.clj": '(defproject acme "0.1.0"\n  :dependencies [[org.clojure/clojure "1.11.1"]\n                 [compojure "1.7.0"]])',
      }),
      { git: false },
    );
    expect(entry(document.tools, "com.typesafe.akka:akka-actor_2.13")?.version).toBe("2.8.5");
    expect(entry(document.tools, "Akka")?.version).toBe("2.8.5");
    expect(entry(document.tools, "Scala")?.version).toBe("2.13.12");
    expect(entry(document.tools, "ring:ring-core")?.version).toBe("1.10.0");
    expect(entry(document.tools, "compojure:compojure")?.version).toBe("1.7.0");
    expect(entry(document.tools, "Clojure")).toBeDefined();
  });
});
