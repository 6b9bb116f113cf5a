import { describe, expect, it } from "vitest";
import { MemorySource, REPO_METADATA, scan, type Detector } from "../src/index.js";
import { tool } from "./helpers.js";

// Languages (and Docker) cited as "Repo Metadata" where the language bar counts them, as the site
// cites them: the default of src/document/rank.ts namedToolSource (evidence in catalog/overrides.yml). One block per round of evidence.
const scanned = async (files: Record<string, string>) => (await scan(new MemorySource(files), { git: false })).document.tools;

// TypeScript and Docker are cited as "Repo Metadata" where the language bar counts them, as the site
// cites them (the default of src/document/rank.ts namedToolSource; evidence in catalog/overrides.yml), though package.json's
// `typescript` or a Dockerfile and a compose file name them too: TypeScript in 25 of 25 corpus stack
// files whose .ts files count and 6 held-out ones; Docker in 11 of 11 corpus repositories holding a
// Dockerfile and held-out ayuda-client. package.json still gives TypeScript's release and URL. A
// TypeScript the bar does not count (only under docs/) keeps its file; SQL keeps its first .sql file.
const appTs = "export const answer: number = 42;\n";

describe("TypeScript and Docker, counted by the language bar, are cited as Repo Metadata", () => {
  it("TypeScript: Repo Metadata, package.json's release and URL", async () => {
    const { document } = await scan(
      new MemorySource({
        "package.json": JSON.stringify({ name: "app", devDependencies: { typescript: "5.1.3" } }),
        "src/main.ts": appTs,
        "src/app.ts": appTs,
      }),
      { git: false },
    );
    expect(tool(document.tools, "TypeScript")).toMatchObject({ detection_source: "Repo Metadata", version: "5.1.3", detection_source_url: "package.json" });
  });

  it("Docker: Repo Metadata beside the Dockerfile and a compose file", async () => {
    const { document } = await scan(
      new MemorySource({
        Dockerfile: "FROM node:18-alpine\nCOPY . .\nCMD [\"node\", \"index.js\"]\n",
        "docker-compose.yml": "services:\n  app:\n    build: .\n",
        "index.js": "console.log(1);\n",
      }),
      { git: false },
    );
    expect(tool(document.tools, "Docker")?.detection_source).toBe("Repo Metadata");
  });

  it("a language the bar does not count keeps its file (TypeScript only under docs/)", async () => {
    const { document } = await scan(
      new MemorySource({
        "docs/workshop/app/package.json": JSON.stringify({ name: "app", devDependencies: { typescript: "~4.1.3" } }),
        "docs/workshop/app/src/main.ts": appTs,
      }),
      { git: false },
    );
    expect(tool(document.tools, "TypeScript")).toMatchObject({ detection_source: "docs/workshop/app/package.json", version: "4.1.3" });
  });

  it("SQL keeps its first .sql file", async () => {
    const { document } = await scan(new MemorySource({ "db/b.sql": "select 1;\n", "db/a.sql": "select 1;\n", "db/c.sql": "select 1;\n" }), { git: false });
    expect(tool(document.tools, "SQL")?.detection_source).toBe("db/a.sql");
  });
});


// Python and PHP are cited as "Repo Metadata" where the language bar counts them, as the site cites
// them (the default of src/document/rank.ts namedToolSource; evidence in catalog/overrides.yml), though an image, a CI runtime list or a
// compose file names them too: Python in 15 of 15 corpus stack files of 6 owners, PHP in 4 of 4 of 3
// owners. A file giving the release keeps giving it and the URL.
const py = "print('hi')\n";
const php = "<?php echo 'hi';\n";

describe("Python and PHP, counted by the language bar, are cited as Repo Metadata", () => {
  it("Python beside a Dockerfile's python image: Repo Metadata, the image's release and URL", async () => {
    const { document } = await scan(
      new MemorySource({
        "platform/Dockerfile": "FROM python:3.11-slim-buster as prod\nWORKDIR /app\nCOPY . .\n",
        "platform/app/main.py": py,
        "platform/app/util.py": py,
      }),
      { git: false },
    );
    expect(tool(document.tools, "Python")).toMatchObject({ detection_source: "Repo Metadata", version: "3.11.0", detection_source_url: "platform/Dockerfile" });
  });

  it("Python beside a Travis runtime list: Repo Metadata", async () => {
    const { document } = await scan(
      new MemorySource({
        ".travis.yml": "language: python\npython:\n  - \"3.6\"\nscript: pytest\n",
        "app/main.py": py,
        "app/util.py": py,
      }),
      { git: false },
    );
    expect(tool(document.tools, "Python")?.detection_source).toBe("Repo Metadata");
  });

  it("PHP beside a Travis runtime list and a php image in compose: Repo Metadata", async () => {
    const { document } = await scan(
      new MemorySource({
        ".travis.yml": "language: php\nphp:\n  - 7.1\n  - 7.2\nscript: vendor/bin/phpunit\n",
        "docker-compose.yml": "services:\n  worker:\n    image: php:7.2-cli\n",
        "app/index.php": php,
        "app/User.php": php,
      }),
      { git: false },
    );
    expect(tool(document.tools, "PHP")?.detection_source).toBe("Repo Metadata");
  });
});


// Go, Rust, Ruby and Kotlin are cited as "Repo Metadata" where the language bar counts them, as the
// site cites them (the default of src/document/rank.ts namedToolSource; evidence in catalog/overrides.yml), though go.mod, Cargo.toml,
// a Gemfile or a Gradle build names them and may pin a release: that file keeps giving the release
// and the URL. Go: 5 stack files of 5 owners; Rust: 3 of 3; Ruby: 8 of 6; Kotlin: 4 of 3 (a47k).

describe("Go, Rust, Ruby and Kotlin, counted by the language bar, are cited as Repo Metadata", () => {
  it("Go beside go.mod's go directive", async () => {
    const tools = await scanned({
      "go.mod": "module github.com/example/tool\n\ngo 1.20\n\nrequire github.com/spf13/cobra v1.7.0\n",
      "main.go": "package main\n\nfunc main() {}\n",
      "cmd/root.go": "package cmd\n",
    });
    expect(tool(tools, "Golang")).toMatchObject({ detection_source: "Repo Metadata", version: "1.20", detection_source_url: "go.mod" });
  });

  it("Rust beside Cargo.toml's rust-version", async () => {
    const tools = await scanned({
      "Cargo.toml": '[package]\nname = "advmac"\nversion = "1.0.0"\nedition = "2021"\nrust-version = "1.64"\n\n[dependencies]\n',
      "src/lib.rs": "pub fn f() {}\n",
      "src/parser.rs": "pub fn g() {}\n",
    });
    expect(tool(tools, "Rust")).toMatchObject({ detection_source: "Repo Metadata", version: "1.64", detection_source_url: "Cargo.toml" });
  });

  it("Ruby beside the Gemfile's ruby line", async () => {
    const tools = await scanned({
      Gemfile: "source 'https://rubygems.org'\n\nruby '2.7.0'\n\ngem 'rails', '~> 6.0.3'\n",
      "app/models/article.rb": "class Article; end\n",
      "app/controllers/articles_controller.rb": "class ArticlesController; end\n",
    });
    expect(tool(tools, "Ruby")).toMatchObject({ detection_source: "Repo Metadata", version: "2.7.0", detection_source_url: "Gemfile" });
  });

  it("Kotlin beside a Gradle build applying its plugin", async () => {
    const tools = await scanned({
      "worker/build.gradle.kts": 'plugins {\n    kotlin("js") version "1.7.10"\n}\n\nrepositories {\n    mavenCentral()\n}\n',
      "worker/src/main/kotlin/main.kt": "fun main() {}\n",
      "worker/src/main/kotlin/handler.kt": "fun handle() {}\n",
    });
    expect(tool(tools, "Kotlin")).toMatchObject({ detection_source: "Repo Metadata", version: "1.7.10", detection_source_url: "worker/build.gradle.kts" });
  });
});


// Java is cited as "Repo Metadata" where the language bar counts it, as the site cites it
// (the default of src/document/rank.ts namedToolSource; evidence in catalog/overrides.yml), though a Gradle build or a pom names it and
// may pin its level: that file keeps giving the release and the URL. The site: 5 of 5 corpus stack
// files (4 owners), held-out 5 more owners (a47k's count); the one counter (a47d's "Spring-Jenkins",
// Java 1.8 from pom.xml) could not be located.

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

  it("beside a module's pom with no root pom, on a forge: the link is the repository's page, not a file's", async () => {
    const { document } = await scan(
      new MemorySource({
        "async/pom.xml": '<project xmlns="http://maven.apache.org/POM/4.0.0">\n  <modelVersion>4.0.0</modelVersion>\n  <groupId>com.example</groupId>\n  <artifactId>async</artifactId>\n  <version>1.0.0-SNAPSHOT</version>\n</project>\n',
        "async/src/main/java/com/example/demo/Application.java": "package com.example.demo;\n\npublic class Application {}\n",
      }),
      { git: false, repo: { repo_name: "hantsy/spring6-sandbox", provider: "github", branch: "master", web_url: "https://github.com/hantsy/spring6-sandbox" } },
    );
    expect(tool(document.tools, "Java")).toMatchObject({ detection_source: "Repo Metadata", detection_source_url: "https://github.com/hantsy/spring6-sandbox" });
  });

  it("a custom detector's reading of the repository's metadata with a release: the metadata cited, the repository linked", async () => {
    // REPO_METADATA is exported for such detectors (a forge's language statistics, say).
    const forgeLanguages: Detector = { name: "forge-languages", files: [], detect: (ctx) => ctx.report({ ref: "tool:golang", file: REPO_METADATA, version: "1.22" }) };
    const { document } = await scan(new MemorySource({ "README.md": "# api\n" }), {
      git: false,
      disable: true,
      detectors: [forgeLanguages],
      repo: { repo_name: "acme/api", provider: "github", branch: "main", web_url: "https://github.com/acme/api" },
    });
    expect(tool(document.tools, "Golang")).toMatchObject({ version: "1.22", detection_source: "Repo Metadata", detection_source_url: "https://github.com/acme/api" });
  });
});


// C# is cited as "Repo Metadata" where the language bar counts it, as the site cites it
// (the default of src/document/rank.ts namedToolSource; evidence in catalog/overrides.yml), though each .csproj names it too: corpus
// IdentityServerExample, StripeExample, aspnetcore-graphql and held-out dmanning23/MenuBuddy and
// gqbo/LoCoMPro (3 owners). A C# the bar leaves out (only under examples/) keeps its file.
const cs = "namespace App;\npublic class Program { public static void Main() {} }\n";
const csproj = '<Project Sdk="Microsoft.NET.Sdk.Web">\n  <PropertyGroup>\n    <TargetFramework>net7.0</TargetFramework>\n  </PropertyGroup>\n</Project>\n';

describe("C#, counted by the language bar, is cited as Repo Metadata", () => {
  it("beside the .csproj of an ASP.NET Core app", async () => {
    const { document } = await scan(
      new MemorySource({
        "source/Shop.Web/Shop.Web.csproj": csproj,
        "source/Shop.Web/Program.cs": cs,
        "source/Shop.Web/Controllers/HomeController.cs": cs,
      }),
      { git: false },
    );
    expect(tool(document.tools, "C#")?.detection_source).toBe("Repo Metadata");
  });
});


// Every language the bar counts is cited as "Repo Metadata", not only those the catalog lists
// (src/document/rank.ts namedToolSource): a tool without `cited_files` that the bar shows is cited so,
// though a build file or a package names it too. Corpus: Scala beside build.sbt and F# beside its
// .fsproj (Wladoo/workers-sdk), R beside an .Rproj (2lambda123/AIF360), CMake beside CMakeLists.txt and
// CUDA beside docker/Dockerfile.cuda (2lambda123/AITemplate), Handlebars.js beside the handlebars
// package (novuhq/novu), Apache FreeMarker beside its Maven package (hantsy/spring6-sandbox); held-out
// Jupyter beside requirements.txt (Ashish-Soni08/workshop-rag-optimization), Groovy beside
// build.gradle (hantsy/micronaut-sandbox), Elixir beside mix.exs (rongfengliang/phoenix-ecto-demo).
// 10 entries of 6 owners, no counter-case in the corpus's 59 stack files or 29 held-out ones. The
// file's release stays with its URL.
describe("any language the bar counts is cited as Repo Metadata, over the file naming it", () => {
  it("Scala beside an sbt build", async () => {
    const tools = await scanned({
      "templates/worker-scala-kv/build.sbt": 'enablePlugins(ScalaJSPlugin)\n\nscalaVersion := "2.13.3"\n',
      "templates/worker-scala-kv/src/main/scala/Main.scala": "object Main { def main(args: Array[String]): Unit = () }\n",
      "templates/worker-scala-kv/src/main/scala/Kv.scala": "object Kv\n",
    });
    expect(tool(tools, "Scala")).toMatchObject({ detection_source: "Repo Metadata" });
  });

  it("CMake beside CMakeLists.txt", async () => {
    const tools = await scanned({
      "fx2ait/CMakeLists.txt": "cmake_minimum_required(VERSION 3.18)\nproject(fx2ait LANGUAGES CXX CUDA)\n",
      "fx2ait/cmake/deps.cmake": "set(X 1)\n",
      "fx2ait/cmake/flags.cmake": "set(Y 1)\n",
    });
    expect(tool(tools, "CMake")?.detection_source).toBe("Repo Metadata");
  });

  it("Handlebars.js beside the handlebars package of an API's package.json", async () => {
    const tools = await scanned({
      "apps/api/package.json": JSON.stringify({ name: "api", dependencies: { handlebars: "^4.7.7" } }),
      "apps/api/src/templates/welcome.handlebars": "<p>{{name}}</p>\n",
      "apps/api/src/templates/reset.handlebars": "<p>{{link}}</p>\n",
    });
    expect(tool(tools, "Handlebars.js")).toMatchObject({ detection_source: "Repo Metadata" });
  });

  it("a language the bar does not count keeps its file (Scala with no .scala file)", async () => {
    const tools = await scanned({ "build.sbt": 'scalaVersion := "2.13.3"\n' });
    expect(tool(tools, "Scala")?.detection_source).toBe("build.sbt");
  });
});
