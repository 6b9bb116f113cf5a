import { describe, expect, it } from "vitest";
import { jvmOtherDetector } from "../detectors/jvm-other/index.js";
import { byFile, detectorFindings } from "./detector-findings.js";

// The smaller JVM builds finding by finding, on files laid out as their tools write them: sbt
// builds for Scala 2 and 3 (`ThisBuild /` settings, %%, %%% and % Test), a Clojure CLI deps.edn
// with aliases and git coordinates, a Leiningen project.clj with profiles, plugins and
// exclusions, and Grails 2 metadata.

const sbt2 = `ThisBuild / scalaVersion := "2.13.12"
ThisBuild / organization := "com.example"

lazy val root = (project in file("."))
  .settings(
    name := "orders",
    libraryDependencies ++= Seq(
      "org.typelevel"  %% "cats-effect"         % "3.5.2",
      "org.http4s"     %% "http4s-ember-server" % "0.23.24",
      "org.postgresql"  % "postgresql"          % "42.7.1",
      "org.scala-js"  %%% "scalajs-dom"         % "2.8.0",
      "org.scalameta"  %% "munit"               % "0.7.29" % Test,
      "ch.qos.logback" %  "logback-classic" %  "1.4.14"
    )
  )
`;
// As `sbt new scala/scala3.g8` writes it: the Scala version held in a val.
const sbt3 = `val scala3Version = "3.3.1"

lazy val root = project
  .in(file("."))
  .settings(
    name := "cli",
    scalaVersion := scala3Version,
    libraryDependencies += "com.lihaoyi" %% "os-lib" % "0.9.2",
    libraryDependencies += "org.scalameta" %% "munit" % "1.0.0-M10" % Test
  )
`;
const sbtNoScala = `libraryDependencies += "com.typesafe" % "config" % "1.4.3"
libraryDependencies += "com.typesafe.akka" %% "akka-actor" % "2.6.20"
`;
// sbt 0.13's scoped form, as Play 2.6 seeds wrote it.
const sbtScoped = `name := """play-seed"""

scalaVersion in ThisBuild := "2.12.8"

libraryDependencies += guice
libraryDependencies += "org.scalatestplus.play" %% "scalatestplus-play" % "4.0.3" % Test
`;
const depsEdn = `{:paths ["src" "resources"]
 :deps {org.clojure/clojure {:mvn/version "1.11.1"}
        ring/ring-jetty-adapter {:mvn/version "1.10.0"}
        metosin/reitit   {:mvn/version "0.7.0-alpha7"}
        io.github.cognitect-labs/test-runner {:git/tag "v0.5.1" :git/sha "dfb30dd"}}
 :aliases
 {:test {:extra-deps {lambdaisland/kaocha {:mvn/version "1.87.1366"}}}}}
`;
const projectClj = `(defproject todo-api "0.1.0-SNAPSHOT"
  :description "A small todo API"
  :dependencies [[org.clojure/clojure  "1.11.1"]
                 [compojure            "1.7.0"]
                 [ring/ring-defaults   "0.4.0"]
                 [cheshire "5.12.0" :exclusions [com.fasterxml.jackson.core/jackson-core]]]
  :plugins [[lein-ring "0.12.6"]]
  :ring {:handler todo-api.handler/app}
  :profiles {:dev {:dependencies [[ring/ring-mock "0.4.0"]]}})
`;
const grails = "#Grails Metadata file\n#Tue Mar 03 10:00:00 CET 2015\napp.grails.version=2.4.4\napp.name=shop\n";

const tree: Record<string, string> = {
  "build.sbt": sbt2,
  "cli/build.sbt": sbt3,
  "legacy/build.sbt": sbtNoScala,
  "play/build.sbt": sbtScoped,
  // The version kept in project/Dependencies.scala, out of this file's reach.
  "multi/build.sbt": 'scalaVersion := Dependencies.scalaVersion\nlibraryDependencies += "org.typelevel" %% "cats-core" % "2.10.0"\n',
  "svc/deps.edn": depsEdn,
  "api/project.clj": projectClj,
  "template/src/leiningen/new/app/project.clj": '(defproject {{name}} "0.1.0"\n  :dependencies [[org.clojure/clojure "1.11.1"]])\n',
  "server/application.properties": grails,
  "old/application.properties": "app.grails.version : 1.3.7\n",
  "bin/build.sbt": "\u0000\u0001\u0002",
  "src/main/resources/application.properties": "spring.application.name=orders\n#app.grails.version=2.0\nserver.port=8080\n",
};

describe("sbt, deps.edn, project.clj and Grails metadata", () => {
  it("each build's runtime and its Maven or Clojars coordinates, Scala binary suffixes from the Scala version", async () => {
    const { findings, warnings } = await detectorFindings(jvmOtherDetector, tree, "as found");
    expect(warnings).toEqual(["bin/build.sbt: skipped: binary content"]);
    expect(byFile(findings)).toEqual({
      "api/project.clj": [
        "clojars:cheshire ->5.12.0 direct",
        "clojars:compojure ->1.7.0 direct",
        "clojars:lein-ring ->0.12.6 direct",
        "clojars:org.clojure/clojure ->1.11.1 direct",
        "clojars:ring/ring-defaults ->0.4.0 direct",
        "clojars:ring/ring-mock ->0.4.0 direct",
        "maven:cheshire:cheshire ->5.12.0",
        "maven:compojure:compojure ->1.7.0",
        "maven:lein-ring:lein-ring ->0.12.6",
        "maven:org.clojure:clojure ->1.11.1",
        "maven:ring:ring-defaults ->0.4.0",
        "maven:ring:ring-mock ->0.4.0",
        "runtime:clojure",
        "runtime:leiningen",
      ],
      "build.sbt": [
        "maven:ch.qos.logback:logback-classic ->1.4.14 direct",
        "maven:org.http4s:http4s-ember-server_2.13 ->0.23.24 direct",
        "maven:org.postgresql:postgresql ->42.7.1 direct",
        "maven:org.scala-js:scalajs-dom_2.13 ->2.8.0 direct",
        "maven:org.scalameta:munit_2.13 ->0.7.29 direct",
        "maven:org.typelevel:cats-effect_2.13 ->3.5.2 direct",
        "runtime:scala ->2.13.12",
      ],
      "cli/build.sbt": [
        "maven:com.lihaoyi:os-lib_3 ->0.9.2 direct",
        "maven:org.scalameta:munit_3 ->1.0.0-M10 direct",
        "runtime:scala ->3.3.1",
      ],
      "legacy/build.sbt": [
        "maven:com.typesafe.akka:akka-actor ->2.6.20 direct",
        "maven:com.typesafe:config ->1.4.3 direct",
        "runtime:scala",
      ],
      "old/application.properties": ["runtime:grails ->1.3.7"],
      "multi/build.sbt": ["maven:org.typelevel:cats-core ->2.10.0 direct", "runtime:scala"],
      "play/build.sbt": [
        "maven:org.scalatestplus.play:scalatestplus-play_2.12 ->4.0.3 direct",
        "runtime:scala ->2.12.8",
      ],
      "server/application.properties": ["runtime:grails ->2.4.4"],
      "svc/deps.edn": [
        "maven:lambdaisland:kaocha ->1.87.1366 direct",
        "maven:metosin:reitit ->0.7.0-alpha7 direct",
        "maven:org.clojure:clojure ->1.11.1 direct",
        "maven:ring:ring-jetty-adapter ->1.10.0 direct",
        "runtime:clojure",
      ],
    });
  });
});

describe("an sbt build's project/ folder", () => {
  it("versions held in vals of build.sbt or of project/*.scala; project/build.properties names no SBT (the site names none from an sbt build)", async () => {
    // As a typical http4s service writes it: versions in vals, the Scala version in project/Dependencies.scala.
    const build = `import Dependencies._

ThisBuild / scalaVersion := Versions.scala

val http4sVersion = "0.23.25"

lazy val root = (project in file("."))
  .settings(
    libraryDependencies ++= Seq(
      "org.http4s"    %% "http4s-ember-server" % http4sVersion,
      "io.circe"      %% "circe-generic"       % Versions.circe,
      "org.postgresql" % "postgresql"          % "42.7.1",
      "org.scalameta" %% "munit"               % Test,
      "org.typelevel" %% "cats-core"           % unknownVersion
    )
  )
`;
    const dependencies = `import sbt._

object Dependencies {
  object Versions {
    val scala = "2.13.12"
    final val circe: String = "0.14.6"
  }
}
`;
    const { findings } = await detectorFindings(jvmOtherDetector, {
      "build.sbt": build,
      "project/Dependencies.scala": dependencies,
      "project/build.properties": "sbt.version = 1.9.8\n",
      // Another build's project folder is not this one's.
      "other/project/build.properties": "sbt.version=0.13.18\n",
    }, "as found");
    expect(byFile(findings)).toEqual({
      "build.sbt": [
        "maven:io.circe:circe-generic_2.13 ->0.14.6 direct",
        "maven:org.http4s:http4s-ember-server_2.13 ->0.23.25 direct",
        "maven:org.postgresql:postgresql ->42.7.1 direct",
        "runtime:scala ->2.13.12",
      ],
    });
  });

  it("project/plugins.sbt's addSbtPlugin lines, a version held in a val too; a line commented out is not read; Play from its sbt plugin", async () => {
    // As `sbt new playframework/play-scala-seed.g8` writes a Play app, with a val and a disabled plugin added.
    const build = 'name := """shop"""\nlazy val root = (project in file(".")).enablePlugins(PlayScala)\nscalaVersion := "2.13.12"\nlibraryDependencies += guice\n';
    const plugins = [
      "// The Play plugin",
      'addSbtPlugin("com.typesafe.play" % "sbt-plugin" % "2.9.1")',
      "",
      'val nativePackagerVersion = "1.9.16"',
      'addSbtPlugin("com.github.sbt" % "sbt-native-packager" % nativePackagerVersion)',
      '// addSbtPlugin("org.scalameta" % "sbt-scalafmt" % "2.5.2")',
      "",
    ].join("\n");
    const { findings } = await detectorFindings(jvmOtherDetector, { "build.sbt": build, "project/plugins.sbt": plugins }, "as found");
    expect(byFile(findings)).toEqual({
      "build.sbt": ["runtime:scala ->2.13.12"],
      "project/plugins.sbt": ["maven:com.github.sbt:sbt-native-packager@5 ->1.9.16 direct", "maven:com.typesafe.play:sbt-plugin@2 ->2.9.1 direct"],
    });
    const { MemorySource, scan } = await import("../src/index.js");
    const { document } = await scan(new MemorySource({ "build.sbt": build, "project/plugins.sbt": plugins }), { git: false });
    expect(document.tools.find((t) => t.name === "Play")).toMatchObject({ version: "2.9.1", detection_source: "project/plugins.sbt" });
  });

  it("play-slick and ScalaTest's Play integration, each numbered apart, name Slick and ScalaTest and leave Play its plugin's release", async () => {
    const build = [
      'lazy val root = (project in file(".")).enablePlugins(PlayScala)',
      'scalaVersion := "2.13.12"',
      "libraryDependencies ++= Seq(",
      '  "org.playframework" %% "play-slick" % "6.0.0",',
      '  "org.scalatestplus.play" %% "scalatestplus-play" % "7.0.0" % Test',
      ")",
    ].join("\n");
    const { MemorySource, scan } = await import("../src/index.js");
    const { document } = await scan(new MemorySource({ "build.sbt": build, "project/plugins.sbt": 'addSbtPlugin("org.playframework" % "sbt-plugin" % "3.0.1")\n' }), { git: false });
    const named = (name: string) => document.tools.find((t) => t.name === name && !t.package_url);
    expect(named("Play")).toMatchObject({ version: "3.0.1", detection_source: "project/plugins.sbt" });
    expect(named("Slick")).toMatchObject({ detection_source: "build.sbt" });
    expect(named("Slick")?.version).toBeUndefined();
    expect(named("ScalaTest")).toMatchObject({ detection_source: "build.sbt" });
    expect(named("ScalaTest")?.version).toBeUndefined();
  });

  it("Akka's modules numbered apart (akka-http 10.2, Alpakka Kafka 2.1) name Akka without their release; akka-stream gives Akka's", async () => {
    const build = 'scalaVersion := "2.13.12"\nlibraryDependencies ++= Seq(\n  "com.typesafe.akka" %% "akka-http" % "10.2.10",\n  "com.typesafe.akka" %% "akka-stream-kafka" % "2.1.1"\n)\n';
    const { MemorySource, scan } = await import("../src/index.js");
    const alone = await scan(new MemorySource({ "build.sbt": build }), { git: false });
    const named = (doc: typeof alone.document, name: string) => doc.tools.find((t) => t.name === name && !t.package_url);
    expect(named(alone.document, "Akka")).toMatchObject({ detection_source: "build.sbt" });
    expect(named(alone.document, "Akka")?.version).toBeUndefined();
    expect(named(alone.document, "Kafka")).toBeDefined();
    expect(named(alone.document, "Kafka")?.version).toBeUndefined();
    const withCore = await scan(new MemorySource({ "build.sbt": build.replace("Seq(\n", 'Seq(\n  "com.typesafe.akka" %% "akka-stream" % "2.6.20",\n') }), { git: false });
    expect(named(withCore.document, "Akka")?.version).toBe("2.6.20");
  });
});

describe("comments in sbt, Mill and Clojure builds, strings left whole (review a38i)", () => {
  it("sbt: block comments and comments after code are not read, a URL's `//` is no comment; `%%%` takes the Scala suffix", async () => {
    const build = [
      'scalaVersion := "2.13.12"',
      'resolvers += "Sonatype" at "https://oss.sonatype.org/content/repositories/releases"',
      "libraryDependencies ++= Seq(",
      '  "dev.zio" %%% "zio" % "2.0.21", // was "dev.zio" %% "zio" % "1.0.18"',
      "  /* dropped with the move to ZIO:",
      '  "org.typelevel" %% "cats-effect" % "3.5.2",',
      "  */",
      '  "org.postgresql" % "postgresql" % "42.7.1"',
      ")",
    ].join("\n");
    const plugins = '/*\naddSbtPlugin("org.scala-js" % "sbt-scalajs" % "1.15.0")\n*/\naddSbtPlugin("com.github.sbt" % "sbt-native-packager" % "1.9.16")\n';
    const project = 'object Dependencies {\n  /* val old = "org.typelevel" %% "cats-core" % "2.9.0" */\n  val http = "org.http4s" %% "http4s-dsl" % "0.23.24" // "org.http4s" %% "http4s-blaze" % "0.23.15"\n}\n';
    const { findings } = await detectorFindings(jvmOtherDetector, { "build.sbt": build, "project/plugins.sbt": plugins, "project/Dependencies.scala": project });
    expect(byFile(findings)).toEqual({
      "build.sbt": ["maven:dev.zio:zio_2.13 ->2.0.21 direct", "maven:org.postgresql:postgresql ->42.7.1 direct", "runtime:scala ->2.13.12"],
      "project/Dependencies.scala": ["maven:org.http4s:http4s-dsl_2.13 ->0.23.24 direct"],
      "project/plugins.sbt": ["maven:com.github.sbt:sbt-native-packager@4 ->1.9.16 direct"],
    });
    // `%%%` now reaches ZIO's core matcher: ZIO at its release
    const { MemorySource, scan } = await import("../src/index.js");
    const { document } = await scan(new MemorySource({ "build.sbt": build }), { git: false });
    expect(document.tools.find((t) => t.name === "ZIO" && !t.package_url)?.version).toBe("2.0.21");
  });

  it("Mill: a dependency in a block comment or after `//` is not read", async () => {
    const mill = [
      "import mill._, scalalib._",
      "object app extends ScalaModule {",
      '  def scalaVersion = "3.3.1"',
      '  def ivyDeps = Agg(ivy"com.lihaoyi::cask:0.9.2") // ivy"com.lihaoyi::requests:0.8.0"',
      '  /* def moduleDeps = Seq(ivy"com.lihaoyi::upickle:3.1.0") */',
      "}",
    ].join("\n");
    const { findings } = await detectorFindings(jvmOtherDetector, { "build.mill": mill });
    expect(byFile(findings)).toEqual({ "build.mill": ["runtime:scala ->3.3.1", "maven:com.lihaoyi:cask_3@4 ->0.9.2 direct"] });
  });

  it("Clojure: a `;` comment after code is not read; a string's `;` opens none", async () => {
    const clj = '(defproject app "0.1.0"\n  :jvm-opts ["-Dlog=a;b"] :dependencies [[ring/ring-core "1.10.0"] ; [compojure "1.6.0"]\n                 [cheshire "5.12.0"]])\n';
    const edn = '{:deps {org.clojure/clojure {:mvn/version "1.11.1"} ; metosin/reitit {:mvn/version "0.6.0"}\n        http-kit/http-kit {:mvn/version "2.7.0"}}}\n';
    const { findings } = await detectorFindings(jvmOtherDetector, { "project.clj": clj, "deps.edn": edn }, "file, ref, line");
    expect(byFile(findings)).toEqual({
      "deps.edn": ["maven:http-kit:http-kit ->2.7.0 direct", "maven:org.clojure:clojure ->1.11.1 direct", "runtime:clojure"],
      "project.clj": [
        "clojars:cheshire ->5.12.0 direct",
        "clojars:ring/ring-core ->1.10.0 direct",
        "maven:cheshire:cheshire ->5.12.0",
        "maven:ring:ring-core ->1.10.0",
        "runtime:clojure",
        "runtime:leiningen",
      ],
    });
  });

  it("sbt: modules sharing one release, written `Seq(...).map(_ % akkaVersion)`, take that release", async () => {
    const sbt = [
      'ThisBuild / scalaVersion := "2.13.12"',
      'val akkaVersion = "2.8.5"',
      "libraryDependencies ++= Seq(",
      '  "com.typesafe.akka" %% "akka-actor-typed",',
      '  "com.typesafe.akka" %% "akka-stream"',
      ").map(_ % akkaVersion)",
      'libraryDependencies ++= Seq("io.circe" %% "circe-core", "io.circe" %% "circe-parser").map(_ % "0.14.6")',
      'libraryDependencies += "org.scalatest" %% "scalatest" % "3.2.17" % Test',
      'libraryDependencies ++= Seq("org.slf4j" % "slf4j-api").map(_ % undefinedVersion)',
    ].join("\n");
    const { findings } = await detectorFindings(jvmOtherDetector, { "build.sbt": sbt }, "file, ref, line");
    expect(byFile(findings)).toEqual({
      "build.sbt": [
        "maven:com.typesafe.akka:akka-actor-typed_2.13 ->2.8.5 direct",
        "maven:com.typesafe.akka:akka-stream_2.13 ->2.8.5 direct",
        "maven:io.circe:circe-core_2.13 ->0.14.6 direct",
        "maven:io.circe:circe-parser_2.13 ->0.14.6 direct",
        "maven:org.scalatest:scalatest_2.13 ->3.2.17 direct",
        "runtime:scala ->2.13.12",
      ],
    });
  });
});
