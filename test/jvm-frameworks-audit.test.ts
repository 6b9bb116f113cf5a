import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { expectFinishesWithin } from "./work-budget.js";

// Quarkus, Micronaut, Scala and Clojure projects, as an audit of realistic repositories found them (round a38c).
const opts = { git: false, timestamp: "2024-01-01T00:00:00Z" } as const;

async function tools(files: Record<string, string>) {
  const { document, warnings } = await scan(new MemorySource(files), opts);
  expect(warnings).toEqual([]);
  return document.tools;
}
const tool = (list: Awaited<ReturnType<typeof tools>>, name: string) => list.find((t) => t.name === name && !t.package_url);
const names = (list: Awaited<ReturnType<typeof tools>>) => list.filter((t) => !t.package_url).map((t) => t.name);

const pom = (deps: string, extra = "") => `<?xml version="1.0"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.acme</groupId><artifactId>svc</artifactId><version>1.0.0-SNAPSHOT</version>
  ${extra}
  <dependencies>${deps}</dependencies>
</project>
`;
const dep = (g: string, a: string, v?: string) => `<dependency><groupId>${g}</groupId><artifactId>${a}</artifactId>${v ? `<version>${v}</version>` : ""}</dependency>`;

describe("JVM framework projects an audit of realistic repositories found misread", () => {
  it("names the store a Kotlin Panache extension binds, as the Java one does", async () => {
    // code.quarkus.io's Kotlin app: the -kotlin Panache flavours, versions from the platform BOM.
    const list = await tools({
      "build.gradle.kts": [
        'plugins { kotlin("jvm") version "1.9.22"; id("io.quarkus") }',
        "val quarkusPlatformVersion: String by project",
        "dependencies {",
        '    implementation(enforcedPlatform("io.quarkus.platform:quarkus-bom:${quarkusPlatformVersion}"))',
        '    implementation("io.quarkus:quarkus-mongodb-panache-kotlin")',
        '    implementation("io.quarkus:quarkus-hibernate-orm-panache-kotlin")',
        "}",
      ].join("\n"),
      "gradle.properties": "quarkusPlatformVersion=3.9.2\n",
    });
    expect(tool(list, "Quarkus")?.version).toBe("3.9.2");
    expect(names(list)).toEqual(expect.arrayContaining(["MongoDB", "Hibernate"]));
  });

  it("names Quarkus and the AWS service of a Quarkiverse Amazon Services extension, without the extension's release", async () => {
    const list = await tools({
      "pom.xml": pom(
        dep("io.quarkiverse.amazonservices", "quarkus-amazon-s3", "2.12.3") + dep("io.quarkiverse.amazonservices", "quarkus-amazon-sqs", "2.12.3") + dep("io.quarkiverse.openapi.generator", "quarkus-openapi-generator", "2.4.1"),
      ),
    });
    expect(names(list)).toEqual(expect.arrayContaining(["Quarkus", "Amazon S3", "Amazon SQS"]));
    expect(tool(list, "Quarkus")?.version).toBeUndefined();
    expect(names(list)).not.toContain("Amazon Web Services");
  });

  it("names ClojureScript from its compiler artifact and Redis from Carmine in a project.clj", async () => {
    const list = await tools({
      "project.clj": [
        '(defproject todo "0.1.0"',
        '  :dependencies [[org.clojure/clojure "1.11.1"]',
        '                 [org.clojure/clojurescript "1.11.121" :scope "provided"]',
        '                 [com.taoensso/carmine "3.3.2"]])',
      ].join("\n"),
    });
    expect(tool(list, "ClojureScript")?.version).toBe("1.11.121");
    expect(names(list)).toContain("Redis");
    expect(tool(list, "Redis")?.version).toBeUndefined();
  });

  it("names PostgreSQL from doobie's Postgres module and from Skunk in a build.sbt", async () => {
    for (const line of ['"org.tpolecat" %% "doobie-postgres" % "1.0.0-RC4"', '"org.tpolecat" %% "skunk-core" % "0.6.3"']) {
      const list = await tools({ "build.sbt": `scalaVersion := "3.3.1"\nlibraryDependencies += ${line}\n` });
      expect(names(list)).toContain("PostgreSQL");
      expect(tool(list, "PostgreSQL")?.version).toBeUndefined();
    }
  });
});

describe("Java's release in a Micronaut pom", () => {
  it("reads jdk.version, the only JDK level a Micronaut Launch pom writes", async () => {
    const list = await tools({
      "pom.xml": pom(
        dep("io.micronaut", "micronaut-http-server-netty"),
        `<parent><groupId>io.micronaut.platform</groupId><artifactId>micronaut-parent</artifactId><version>4.3.6</version></parent>
  <properties><jdk.version>17</jdk.version><release.version>17</release.version><micronaut.version>4.3.6</micronaut.version></properties>`,
      ),
      "src/main/java/example/Application.java": "package example;\npublic class Application {}\n",
    });
    expect(tool(list, "Micronaut Framework")?.version).toBe("4.3.6");
    expect(tool(list, "Java")?.version).toBe("17");
  });

  it("keeps maven.compiler.release ahead of jdk.version", async () => {
    const list = await tools({ "pom.xml": pom("", "<properties><jdk.version>1.8</jdk.version><maven.compiler.release>21</maven.compiler.release></properties>") });
    expect(tool(list, "Java")?.version).toBe("21");
  });
});

describe("Mill builds and shadow-cljs builds", () => {
  it("reads a Mill build's Scala version and ivy dependencies, with the Scala suffix of `::`", async () => {
    const { document, warnings } = await scan(
      new MemorySource({
        "build.sc": [
          "import mill._, scalalib._",
          'val caskVersion = "0.9.2"',
          "object app extends ScalaModule {",
          '  def scalaVersion = "2.13.12"',
          "  def ivyDeps = Agg(",
          '    ivy"com.lihaoyi::cask:$caskVersion",',
          '    ivy"com.typesafe.akka::akka-actor-typed:2.8.5",',
          '    ivy"org.postgresql:postgresql:42.7.1"',
          "  )",
          "}",
        ].join("\n"),
        ".mill-version": "0.11.7\n",
      }),
      { ...opts, allTools: false },
    );
    expect(warnings).toEqual([]);
    const list = document.tools;
    expect(tool(list, "Scala")).toMatchObject({ version: "2.13.12", detection_source: "build.sc" });
    expect(tool(list, "Akka")?.version).toBe("2.8.5");
    expect(names(list)).toContain("PostgreSQL");
    expect(list.find((t) => t.name === "org.postgresql:postgresql")?.version).toBe("42.7.1");
  });

  it("reads build.mill (Mill 0.12+), mvn\"...\" coordinates and a scalaVersion held in a val; a Java-only build names no Scala", async () => {
    const mill = await tools({
      "build.mill": 'package build\nimport mill._, scalalib._\nval scala3 = "3.3.3"\nobject foo extends ScalaModule {\n  def scalaVersion = scala3\n  def mvnDeps = Seq(mvn"dev.zio::zio:2.1.9")\n}\n',
    });
    expect(tool(mill, "Scala")?.version).toBe("3.3.3");
    expect(tool(mill, "ZIO")?.version).toBe("2.1.9");
    const module = await tools({ "build.mill": 'package build\nimport mill._, scalalib._\n', "server/package.mill": 'package build.server\nimport mill._, scalalib._\nobject `package` extends RootModule with ScalaModule {\n  def scalaVersion = "3.3.3"\n  def ivyDeps = Agg(ivy"com.typesafe.akka::akka-actor-typed:2.8.5")\n}\n' });
    expect(tool(module, "Akka")?.version).toBe("2.8.5");
    const java = await tools({ "build.sc": 'import mill._, javalib._\nobject app extends JavaModule {\n  def ivyDeps = Agg(ivy"org.postgresql:postgresql:42.7.1")\n}\n' });
    expect(names(java)).not.toContain("Scala");
    expect(names(java)).toContain("PostgreSQL");
  });

  it("names ClojureScript from shadow-cljs.edn and reads its dependencies as Clojars packages", async () => {
    const { document, warnings } = await scan(
      new MemorySource({
        "shadow-cljs.edn": '{:source-paths ["src/main"]\n :dependencies [[reagent "1.2.0"]\n                [re-frame "1.4.2"]\n                [com.taoensso/carmine "3.3.2"]]\n :builds {:app {:target :browser :output-dir "public/js"}}}\n',
      }),
      opts,
    );
    expect(warnings).toEqual([]);
    expect(tool(document.tools, "ClojureScript")).toMatchObject({ detection_source: "shadow-cljs.edn" });
    expect(tool(document.tools, "ClojureScript")?.version).toBeUndefined();
    expect(document.tools.find((t) => t.package_url === "https://clojars.org/reagent")?.version).toBe("1.2.0");
    expect(names(document.tools)).toContain("Redis");
  });

  it("reads a hostile Mill build in time", async () => {
    const text = "def scalaVersion = " + "T { ".repeat(20000) + "\n" + 'ivy"a::b::'.repeat(20000) + "\nobject a extends " + "X with ".repeat(20000);
    await expectFinishesWithin(() => tools({ "build.sc": text }), 10);
  });
});

describe("Scala.js", () => {
  it("names Scala.js at the release of its sbt plugin, not from its library artifacts alone", async () => {
    const list = await tools({
      "build.sbt": 'lazy val app = project.enablePlugins(ScalaJSPlugin).settings(\n  scalaVersion := "3.3.1",\n  libraryDependencies += "org.scala-js" %%% "scalajs-dom" % "2.8.0"\n)\n',
      "project/plugins.sbt": 'addSbtPlugin("org.portable-scala" % "sbt-scalajs-crossproject" % "1.3.2")\naddSbtPlugin("org.scala-js" % "sbt-scalajs" % "1.15.0")\n',
      "project/build.properties": "sbt.version=1.9.8\n",
    });
    expect(tool(list, "Scala.js")).toMatchObject({ version: "1.15.0", category: "Build, Test, Deploy" });
    // Its library artifacts alone: package entries (the site names no Scala.js from them), named with --all-tools.
    const build = 'scalaVersion := "2.13.3"\nlibraryDependencies ++= Seq(\n  "org.scala-js" %% "scalajs-library" % "1.1.0",\n  "org.scala-js" %%% "scalajs-dom" % "2.8.0"\n)\n';
    expect(tool(await tools({ "build.sbt": build }), "Scala.js")).toBeUndefined();
    const all = (await scan(new MemorySource({ "build.sbt": build }), { ...opts, allTools: true })).document.tools;
    expect(tool(all, "Scala.js")?.version).toBe("1.1.0");
  });

  it("names Scala.js from its Vite plugin and from a Mill ScalaJSModule's scalaJSVersion", async () => {
    const vite = await tools({ "package.json": JSON.stringify({ name: "livechart", devDependencies: { "@scala-js/vite-plugin-scalajs": "^1.0.0", vite: "^5.0.10" } }) });
    expect(tool(vite, "Scala.js")).toBeDefined();
    expect(tool(vite, "Scala.js")?.version).toBeUndefined();
    const mill = await tools({ "build.sc": 'import mill._, scalalib._, scalajslib._\nobject web extends ScalaJSModule {\n  def scalaVersion = "3.3.1"\n  def scalaJSVersion = "1.16.0"\n}\n' });
    expect(tool(mill, "Scala.js")?.version).toBe("1.16.0");
    expect(tool(mill, "Scala")?.version).toBe("3.3.1");
  });
});

describe("framework test modules and Camel's framework extensions", () => {
  it("names Spock and JUnit from Micronaut Test's modules, without Micronaut Test's release", async () => {
    const list = await tools({
      "build.gradle": [
        'plugins { id("groovy"); id("io.micronaut.application") version "3.7.10" }',
        "dependencies {",
        '    implementation("io.micronaut:micronaut-http-client")',
        '    testImplementation("io.micronaut.test:micronaut-test-spock:3.9.2")',
        '    testImplementation("io.micronaut.test:micronaut-test-junit5:3.9.2")',
        "}",
      ].join("\n"),
      "gradle.properties": "micronautVersion=3.10.4\n",
    });
    expect(tool(list, "Micronaut Framework")?.version).toBe("3.10.4");
    expect(names(list)).toEqual(expect.arrayContaining(["Spock Framework", "JUnit"]));
    expect(tool(list, "Spock Framework")?.version).toBeUndefined();
  });

  it("names Camel from Camel Quarkus without its own numbering, and from Camel Spring Boot at Camel's release", async () => {
    const quarkus = await tools({ "pom.xml": pom(dep("org.apache.camel.quarkus", "camel-quarkus-kafka", "3.8.0")) });
    expect(names(quarkus)).toEqual(expect.arrayContaining(["Apache Camel", "Quarkus"]));
    expect(tool(quarkus, "Apache Camel")?.version).toBeUndefined();
    const boot = await tools({ "pom.xml": pom(dep("org.apache.camel.springboot", "camel-spring-boot-starter", "4.4.0")) });
    expect(tool(boot, "Apache Camel")?.version).toBe("4.4.0");
  });
});

describe("a Gradle version catalog published as an artifact", () => {
  it("names Micronaut at the release of the micronaut-platform catalog the settings import, through a Gradle property", async () => {
    for (const from of ['from("io.micronaut.platform:micronaut-platform:${providers.gradleProperty("micronautVersion").get()}")', 'from("io.micronaut.platform:micronaut-platform:$micronautVersion")']) {
      const { document, warnings } = await scan(
        new MemorySource({
          "settings.gradle.kts": `rootProject.name = "greeter"\ndependencyResolutionManagement {\n    versionCatalogs {\n        create("mn") {\n            ${from}\n        }\n    }\n}\n`,
          "gradle.properties": "micronautVersion=4.5.0\n",
          "build.gradle.kts": 'plugins { id("io.micronaut.application") version "4.4.0" }\ndependencies {\n    implementation(mn.micronaut.http.server.netty)\n}\n',
        }),
        opts,
      );
      // The scan still says it cannot read the catalog, naming the coordinates whole.
      expect(warnings.map((w) => w.message)).toEqual([expect.stringContaining("io.micronaut.platform:micronaut-platform:${micronautVersion}, which a scan does not download")]);
      expect(tool(document.tools, "Micronaut Framework")).toMatchObject({ version: "4.5.0", detection_source: "settings.gradle.kts" });
      expect(document.tools.filter((t) => t.package_url)).toEqual([]);
    }
  });
});

describe("an sbt build's dependencies kept in project/*.scala, and lines commented out", () => {
  it("reads the module IDs of project/Dependencies.scala, with the build's Scala suffix, citing that file", async () => {
    // As `sbt new scala/hello-world.g8`-style builds and most Akka/Play services keep them.
    const { document, warnings } = await scan(
      new MemorySource({
        "build.sbt": 'import Dependencies._\nThisBuild / scalaVersion := "2.13.12"\nlazy val root = (project in file(".")).settings(libraryDependencies ++= Seq(akkaActor, akkaHttp, munit % Test))\n',
        "project/Dependencies.scala": [
          "import sbt._",
          "object Dependencies {",
          '  val akkaVersion = "2.8.5"',
          '  lazy val akkaActor = "com.typesafe.akka" %% "akka-actor-typed" % akkaVersion',
          '  lazy val akkaHttp = "com.typesafe.akka" %% "akka-http" % "10.5.3"',
          '  lazy val munit = "org.scalameta" %% "munit" % "0.7.29"',
          "}",
        ].join("\n"),
        "project/build.properties": "sbt.version=1.9.8\n",
      }),
      opts,
    );
    expect(warnings).toEqual([]);
    expect(tool(document.tools, "Akka")).toMatchObject({ version: "2.8.5", detection_source: "project/Dependencies.scala" });
  });

  it("does not read a dependency or a val on a line commented out", async () => {
    const list = await tools({
      "build.sbt": [
        'scalaVersion := "2.13.12"',
        '// val akkaVersion = "2.5.32"',
        'val akkaVersion = "2.8.5"',
        "libraryDependencies ++= Seq(",
        '  "com.typesafe.akka" %% "akka-actor-typed" % akkaVersion,',
        '//  "org.apache.spark" %% "spark-sql" % "3.5.0",',
        '  // "com.typesafe.slick" %% "slick" % "3.4.1",',
        ")",
      ].join("\n"),
    });
    expect(tool(list, "Akka")?.version).toBe("2.8.5");
    expect(names(list)).not.toContain("Apache Spark");
    expect(names(list)).not.toContain("Slick");
  });
});

describe("Clojure and Mill lines commented out", () => {
  it("reads no dependency from a `;` comment line of project.clj or deps.edn, nor a `//` line of a Mill build", async () => {
    const clj = await tools({ "project.clj": '(defproject a "0.1.0"\n  :dependencies [[org.clojure/clojure "1.11.1"]\n                 ;; [com.taoensso/carmine "3.3.2"]\n                 ])\n' });
    expect(names(clj)).not.toContain("Redis");
    const edn = await tools({ "deps.edn": '{:deps {org.clojure/clojure {:mvn/version "1.11.1"}\n        ;; org.postgresql/postgresql {:mvn/version "42.7.1"}\n        }}\n' });
    expect(names(edn)).not.toContain("PostgreSQL");
    const mill = await tools({ "build.sc": 'object app extends ScalaModule {\n  def scalaVersion = "3.3.1"\n  def ivyDeps = Agg(\n    // ivy"org.postgresql:postgresql:42.7.1",\n    ivy"com.lihaoyi::cask:0.9.2"\n  )\n}\n' });
    expect(names(mill)).not.toContain("PostgreSQL");
  });
});

describe("Datomic", () => {
  it("takes the peer library's release, not a client's or Datomic Local's", async () => {
    const peer = await tools({ "deps.edn": '{:deps {com.datomic/peer {:mvn/version "1.0.7075"}}}\n' });
    expect(tool(peer, "Datomic")?.version).toBe("1.0.7075");
    const client = await tools({ "deps.edn": '{:deps {com.datomic/client-cloud {:mvn/version "1.0.125"}\n        com.datomic/local {:mvn/version "1.0.277"}}}\n' });
    expect(tool(client, "Datomic")).toBeDefined();
    expect(tool(client, "Datomic")?.version).toBeUndefined();
  });
});

describe("ClojureScript's build tools", () => {
  it("names ClojureScript, without their own numbering, from shadow-cljs in deps.edn and lein-cljsbuild in project.clj", async () => {
    const edn = await tools({ "deps.edn": '{:deps {org.clojure/clojure {:mvn/version "1.11.1"}\n        thheller/shadow-cljs {:mvn/version "2.26.2"}}}\n' });
    expect(tool(edn, "ClojureScript")).toBeDefined();
    expect(tool(edn, "ClojureScript")?.version).toBeUndefined();
    const lein = await tools({ "project.clj": '(defproject a "0.1.0"\n  :dependencies [[org.clojure/clojure "1.11.1"]]\n  :plugins [[lein-cljsbuild "1.1.8"] [lein-figwheel "0.5.20"]])\n' });
    expect(tool(lein, "ClojureScript")).toBeDefined();
    expect(tool(lein, "ClojureScript")?.version).toBeUndefined();
  });
});

describe("a Gradle Scala module", () => {
  it("names Java only where it holds .java sources, as a Kotlin module and a scala-maven-plugin pom do", async () => {
    const script = "plugins {\n    id 'scala'\n    id 'application'\n}\njava { toolchain { languageVersion = JavaLanguageVersion.of(17) } }\ndependencies {\n    implementation 'org.scala-lang:scala-library:2.13.12'\n}\n";
    const scala = await tools({ "build.gradle": script, "src/main/scala/Main.scala": "object Main\n" });
    expect(tool(scala, "Scala")?.version).toBe("2.13.12");
    expect(names(scala)).not.toContain("Java");
    const mixed = await tools({ "build.gradle": script, "src/main/scala/Main.scala": "object Main\n", "src/main/java/Util.java": "class Util {}\n" });
    expect(tool(mixed, "Java")?.version).toBe("17");
  });
});

describe("the Micronaut Gradle plugin's other ids", () => {
  it("names Micronaut from io.micronaut.minimal.application, at micronautVersion, not the plugin's release", async () => {
    const list = await tools({
      "build.gradle.kts": 'plugins {\n    id("io.micronaut.minimal.application") version "4.4.0"\n    id("io.micronaut.test-resources") version "4.4.0"\n}\nmicronaut { runtime("netty") }\n',
      "gradle.properties": "micronautVersion=4.5.1\n",
    });
    expect(tool(list, "Micronaut Framework")).toBeDefined();
    expect(tool(list, "Micronaut Framework")?.version).not.toBe("4.4.0");
  });
});

describe("an sbt build names no SBT", () => {
  it("reads build.sbt's Scala, libraries and Akka, and project/build.properties, without naming SBT", async () => {
    // Held out: the site names no SBT from a build.sbt in 3 repositories of 3 owners (corpus
    // Wladoo/workers-sdk's Scala templates, Clivern/Racter's Play example, hantsy/scala-sandbox's two
    // sbt projects), as it names no Apache Maven from a pom.xml; an .sdkmanrc's `sbt=` pin still does.
    const list = await tools({
      "build.sbt": [
        'name := "hello"',
        'scalaVersion := "2.13.12"',
        "libraryDependencies ++= Seq(",
        '  "com.typesafe.akka" %% "akka-stream" % "2.6.21",',
        '  "org.scalatest" %% "scalatest" % "3.2.17" % Test',
        ")",
      ].join("\n"),
      "project/build.properties": "sbt.version=1.9.7\n",
    });
    expect(names(list)).not.toContain("SBT");
    expect(tool(list, "Scala")).toMatchObject({ version: "2.13.12", detection_source: "build.sbt" });
    expect(tool(list, "Akka")?.version).toBe("2.6.21");
    expect(tool(list, "ScalaTest")?.detection_source).toBe("build.sbt");
  });
});

describe("SDKMAN!'s .sdkmanrc", () => {
  it("pins Java, Gradle, sbt and Scala; an old GraalVM build gives its JDK's release (a bare major padded, as every pin)", async () => {
    const list = await tools({
      ".sdkmanrc": "# Enable auto-env through the sdkman_auto_env config\n# Add key=value pairs of SDKs to use below\njava=21.0.2-tem\ngradle=8.5\nsbt=1.9.8\nscala=3.3.1\n",
    });
    expect(tool(list, "Java")).toMatchObject({ version: "21.0.2", detection_source: ".sdkmanrc" });
    expect(tool(list, "Gradle")?.version).toBe("8.5");
    expect(tool(list, "SBT")?.version).toBe("1.9.8");
    expect(tool(list, "Scala")?.version).toBe("3.3.1");
    const graal = await tools({ ".sdkmanrc": "java=22.3.r17-grl\n" });
    expect(tool(graal, "Java")?.version).toBe("17.0.0");
  });
});

describe("Akka's modules under Lightbend's groups", () => {
  it("names Akka (and gRPC for Akka gRPC) without their own numbering, while akka-actor keeps the release", async () => {
    const list = await tools({
      "build.sbt": [
        'scalaVersion := "2.13.12"',
        'val akkaVersion = "2.8.5"',
        "libraryDependencies ++= Seq(",
        '  "com.typesafe.akka" %% "akka-actor-typed" % akkaVersion,',
        '  "com.lightbend.akka" %% "akka-projection-eventsourced" % "1.5.0",',
        '  "com.lightbend.akka.management" %% "akka-management-cluster-bootstrap" % "1.5.0",',
        ")",
      ].join("\n"),
      "project/plugins.sbt": 'addSbtPlugin("com.lightbend.akka.grpc" % "sbt-akka-grpc" % "2.4.0")\n',
    });
    expect(tool(list, "Akka")?.version).toBe("2.8.5");
    expect(names(list)).toContain("gRPC");
    const alone = await tools({ "build.sbt": 'scalaVersion := "2.13.12"\nlibraryDependencies += "com.lightbend.akka" %% "akka-stream-alpakka-s3" % "7.0.2"\n' });
    expect(tool(alone, "Akka")).toBeDefined();
    expect(tool(alone, "Akka")?.version).toBeUndefined();
  });
});

describe("ZIO's libraries", () => {
  it("name ZIO without their own numbering; the core artifact gives the release", async () => {
    const http = await tools({ "build.sbt": 'scalaVersion := "3.3.1"\nlibraryDependencies += "dev.zio" %% "zio-http" % "3.0.0-RC4"\n' });
    expect(tool(http, "ZIO")).toBeDefined();
    expect(tool(http, "ZIO")?.version).toBeUndefined();
    const core = await tools({ "build.sbt": 'scalaVersion := "3.3.1"\nlibraryDependencies ++= Seq("dev.zio" %% "zio-http" % "3.0.0-RC4", "dev.zio" %% "zio" % "2.0.21")\n' });
    expect(tool(core, "ZIO")?.version).toBe("2.0.21");
    const kafka = await tools({ "build.sbt": 'scalaVersion := "2.13.12"\nlibraryDependencies += "dev.zio" %% "zio-kafka" % "2.7.2"\n' });
    expect(names(kafka)).toEqual(expect.arrayContaining(["ZIO", "Kafka"]));
  });
});

describe("Spark's Kafka connectors", () => {
  it("name Kafka beside Spark, Spark keeping the connector's (its own) release", async () => {
    const list = await tools({ "build.sbt": 'scalaVersion := "2.12.18"\nval sparkVersion = "3.5.0"\nlibraryDependencies += "org.apache.spark" %% "spark-sql-kafka-0-10" % sparkVersion\n' });
    expect(tool(list, "Apache Spark")?.version).toBe("3.5.0");
    expect(names(list)).toContain("Kafka");
    expect(tool(list, "Kafka")?.version).toBeUndefined();
  });
});

describe("Quarkus's universe BOM", () => {
  it("gives the io.quarkus extensions the release of the quarkus-universe-bom a pom imports", async () => {
    const list = await tools({
      "pom.xml": pom(
        dep("io.quarkus", "quarkus-resteasy") + dep("io.quarkus", "quarkus-jdbc-postgresql"),
        `<properties><quarkus.platform.version>2.1.4.Final</quarkus.platform.version></properties>
  <dependencyManagement><dependencies><dependency><groupId>io.quarkus.platform</groupId><artifactId>quarkus-universe-bom</artifactId><version>\${quarkus.platform.version}</version><type>pom</type><scope>import</scope></dependency></dependencies></dependencyManagement>`,
      ),
    });
    expect(tool(list, "Quarkus")?.version).toBe("2.1.4");
  });
});

describe("a Scala CLI project on Scala.js", () => {
  it("names Scala.js from `//> using platform js`, at its jsVersion", async () => {
    const list = await tools({ "project.scala": "//> using scala 3.3.1\n//> using platform js\n//> using jsVersion 1.16.0\n//> using dep org.scala-js::scalajs-dom::2.8.0\n" });
    expect(tool(list, "Scala.js")).toMatchObject({ version: "1.16.0", detection_source: "project.scala" });
    const jvm = await tools({ "project.scala": "//> using scala 3.3.1\n//> using platform jvm\n" });
    expect(names(jvm)).not.toContain("Scala.js");
  });
});

describe("a Scala Maven build", () => {
  it("names Scala at the scala.version its compiler plugin reads, with no scala-library dependency declared", async () => {
    const list = await tools({
      "pom.xml": pom(
        dep("com.typesafe.akka", "akka-actor_2.13", "2.6.20"),
        `<properties><scala.version>2.13.12</scala.version></properties>
  <build><plugins><plugin><groupId>net.alchim31.maven</groupId><artifactId>scala-maven-plugin</artifactId><version>4.8.1</version><configuration><scalaVersion>\${scala.version}</scalaVersion></configuration></plugin></plugins></build>`,
      ),
      "src/main/scala/A.scala": "object A\n",
    });
    expect(tool(list, "Scala")).toMatchObject({ version: "2.13.12", detection_source: "Repo Metadata", detection_source_url: "pom.xml" });
    expect(names(list)).not.toContain("Java");
  });
});
