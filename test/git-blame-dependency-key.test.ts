import { describe, expect, it } from "vitest";
import { detect } from "../src/index.js";
import type { StackDocument } from "../src/types.js";
import { importedHistory } from "./git-import.js";

const day = (n: number) => `2021-01-${String(n).padStart(2, "0")} 10:00:00.000000000 Z`;

function dated(doc: StackDocument): Record<string, string> {
  return Object.fromEntries(doc.tools.filter((t) => t.last_updated_on).map((t) => [`${t.name}${t.package_url ? " (package)" : ""}`, `${t.last_updated_by} ${t.last_updated_on}`]));
}

/** A package.json whose `test` script is the bare name of a dev dependency, as jest's and mocha's guides write it. */
const manifest = (scripts: string, added: string) => `{
  "name": "shop-api",
  "version": "1.0.0",
${scripts}
  "dependencies": {${added}
    "express": "^4.19.2"
  },
  "devDependencies": {
    "jest": "^29.7.0"
  }
}
`;

describe("a dependency is dated by its key in the dependency table, not by a script naming it earlier", () => {
  it("a commit that reformats the scripts, where `\"test\": \"jest\"` stands, leaves Jest's date alone", async () => {
    const dir = importedHistory([
      { by: "Ada", day: 1, message: "start", files: { "package.json": manifest(`  "scripts": { "start": "node src/index.js", "test": "jest" },`, "") } },
      // npm pkg set / a JSON rewrite expands the one-line scripts table; a dependency is added too.
      { by: "Bea", day: 4, message: "cors, scripts reformatted", files: { "package.json": manifest(`  "scripts": {\n    "start": "node src/index.js",\n    "test": "jest"\n  },`, `\n    "cors": "^2.8.5",`) } },
    ]);

    const tools = dated(await detect(dir, { timestamp: "2024-01-01T00:00:00Z" }));
    expect(tools["cors (package)"]).toBe(`Bea ${day(4)}`);
    expect(tools["ExpressJS"]).toBe(`Ada ${day(1)}`);
    expect(tools["Jest"]).toBe(`Ada ${day(1)}`);
    expect(tools["jest (package)"]).toBe(`Ada ${day(1)}`);
  });
});

describe("a Python dependency is dated by the line that declares it, not by the manifest's first line", () => {
  // A FastAPI service's pyproject.toml: PEP 621 dependencies and an extra, then Poetry's tables
  // (a project moving between the two keeps both), as `uv add` / `poetry add` edit them.
  const pyproject = (added: string, poetryAdded: string) => `[project]
name = "ledger-api"
version = "0.1.0"
requires-python = ">=3.11"
dependencies = [
    "fastapi==0.111.0",
    "sqlalchemy==2.0.30",${added}
]

[project.optional-dependencies]
dev = ["pytest==8.2.0"]

[tool.poetry.dependencies]
python = "^3.11"
uvicorn = "0.29.0"${poetryAdded}

[tool.poetry.group.dev.dependencies]
ruff = "0.4.4"

[tool.poetry.dependencies.psycopg]
version = "3.1.19"
extras = ["binary"]
`;

  it("pyproject.toml: a line `uv add` or `poetry add` inserts dates its package alone; the others keep their authors", async () => {
    const dir = importedHistory([
      { by: "Ada", day: 1, message: "api", files: { "pyproject.toml": pyproject("", "") } },
      { by: "Bea", day: 4, message: "redis and gunicorn", files: { "pyproject.toml": pyproject(`\n    "redis==5.0.4",`, `\ngunicorn = "22.0.0"`) } },
    ]);

    const tools = dated(await detect(dir, { timestamp: "2024-01-01T00:00:00Z" }));
    expect(tools["redis (package)"]).toBe(`Bea ${day(4)}`);
    expect(tools["Redis"]).toBe(`Bea ${day(4)}`);
    expect(tools["gunicorn (package)"]).toBe(`Bea ${day(4)}`);
    expect(tools["fastapi (package)"]).toBe(`Ada ${day(1)}`);
    expect(tools["FastAPI"]).toBe(`Ada ${day(1)}`);
    expect(tools["pytest (package)"]).toBe(`Ada ${day(1)}`);
    expect(tools["uvicorn (package)"]).toBe(`Ada ${day(1)}`);
    expect(tools["ruff (package)"]).toBe(`Ada ${day(1)}`);
    expect(tools["psycopg (package)"]).toBe(`Ada ${day(1)}`);
  });

  it("pyproject.toml: each package cites its own line (a bump of one redates that one)", async () => {
    const dir = importedHistory([
      { by: "Ada", day: 1, message: "api", files: { "pyproject.toml": pyproject("", "") } },
      // Only the first line changes: every package had been dated by it.
      { by: "Cy", day: 6, message: "comment", files: { "pyproject.toml": pyproject("", "").replace(`[project]\n`, `[project] # the API service\n`) } },
      { by: "Bea", day: 8, message: "bumps", files: { "pyproject.toml": pyproject("", "").replace(`[project]\n`, `[project] # the API service\n`).replace(`"sqlalchemy==2.0.30"`, `"sqlalchemy==2.0.31"`).replace(`version = "3.1.19"`, `version = "3.2.1"`) } },
    ]);

    const tools = dated(await detect(dir, { timestamp: "2024-01-01T00:00:00Z" }));
    expect(tools["sqlalchemy (package)"]).toBe(`Bea ${day(8)}`);
    // A dependency table of its own is declared by its header and its version line: the bump there redates it.
    expect(tools["psycopg (package)"]).toBe(`Bea ${day(8)}`);
    expect(tools["fastapi (package)"]).toBe(`Ada ${day(1)}`);
    expect(tools["uvicorn (package)"]).toBe(`Ada ${day(1)}`);
  });

  it("Pipfile: a package added under [packages] or [dev-packages] is dated by its own line", async () => {
    const pipfile = (added: string, devAdded: string) => `[[source]]
url = "https://pypi.org/simple"
verify_ssl = true
name = "pypi"

[packages]
flask = "==3.0.3"${added}

[dev-packages]
pytest = "==8.2.0"${devAdded}

[requires]
python_version = "3.12"
`;
    const dir = importedHistory([
      { by: "Ada", day: 1, message: "app", files: { Pipfile: pipfile("", "") } },
      { by: "Bea", day: 4, message: "requests, black", files: { Pipfile: pipfile(`\nrequests = "==2.32.3"`, `\nblack = "==24.4.2"`) } },
    ]);

    const tools = dated(await detect(dir, { timestamp: "2024-01-01T00:00:00Z" }));
    expect(tools["requests (package)"]).toBe(`Bea ${day(4)}`);
    expect(tools["black (package)"]).toBe(`Bea ${day(4)}`);
    expect(tools["Flask"]).toBe(`Ada ${day(1)}`);
    expect(tools["flask (package)"]).toBe(`Ada ${day(1)}`);
    expect(tools["pytest (package)"]).toBe(`Ada ${day(1)}`);
  });
});

describe("a Cargo.toml dependency is dated by its own line", () => {
  // Crates name tools only (the site lists no crates.io packages): Serde, Tokio, Actix, Rocket.
  const cargo = (added: string, devAdded: string) => `[package]
name = "ledger-worker"
version = "0.1.0"
edition = "2021"

[dependencies]
serde = { version = "1.0.203", features = ["derive"] }${added}

[dependencies.actix-web]
version = "4.8.0"
default-features = false

[dev-dependencies]
insta = "1.39.0"${devAdded}

[target.'cfg(unix)'.dependencies]
rocket = "0.5.1"
`;

  it("a crate `cargo add` inserts is dated by its line; one in its own table by the table's header and version line, not its other keys; the others keep theirs", async () => {
    const dir = importedHistory([
      { by: "Ada", day: 1, message: "worker", files: { "Cargo.toml": cargo("", "") } },
      { by: "Bea", day: 4, message: "tokio", files: { "Cargo.toml": cargo(`\ntokio = { version = "1.38.0", features = ["full"] }`, "").replace(`default-features = false`, `default-features = true`) } },
    ]);

    const tools = dated(await detect(dir, { timestamp: "2024-01-01T00:00:00Z" }));
    expect(tools["Tokio"]).toBe(`Bea ${day(4)}`);
    expect(tools["Serde"]).toBe(`Ada ${day(1)}`);
    expect(tools["Actix"]).toBe(`Ada ${day(1)}`);
    expect(tools["Rocket"]).toBe(`Ada ${day(1)}`);
  });

  it("a crate in its own table is redated by a bump of its version line", async () => {
    const dir = importedHistory([
      { by: "Ada", day: 1, message: "worker", files: { "Cargo.toml": cargo("", "") } },
      { by: "Bea", day: 4, message: "actix 4.9", files: { "Cargo.toml": cargo("", "").replace(`version = "4.8.0"`, `version = "4.9.0"`) } },
    ]);

    const tools = dated(await detect(dir, { timestamp: "2024-01-01T00:00:00Z" }));
    expect(tools["Actix"]).toBe(`Bea ${day(4)}`);
    expect(tools["Serde"]).toBe(`Ada ${day(1)}`);
  });
});

describe("a Maven dependency is dated by its own <artifactId> line, not by the pom's first line", () => {
  // A Spring Boot service's pom.xml as Spring Initializr writes it: a parent, an imported BOM,
  // dependencies and plugins, each element on its own line.
  const pom = (first: string, added: string, managedAdded: string) => `${first}
<project xmlns="http://maven.apache.org/POM/4.0.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
    <modelVersion>4.0.0</modelVersion>
    <parent>
        <groupId>org.springframework.boot</groupId>
        <artifactId>spring-boot-starter-parent</artifactId>
        <version>3.2.5</version>
        <relativePath/>
    </parent>
    <groupId>com.example</groupId>
    <artifactId>billing</artifactId>
    <version>0.0.1-SNAPSHOT</version>
    <properties>
        <java.version>17</java.version>
    </properties>
    <dependencyManagement>
        <dependencies>
            <dependency>
                <groupId>org.testcontainers</groupId>
                <artifactId>testcontainers-bom</artifactId>
                <version>1.19.7</version>
                <type>pom</type>
                <scope>import</scope>
            </dependency>${managedAdded}
        </dependencies>
    </dependencyManagement>
    <dependencies>
        <dependency>
            <groupId>org.springframework.boot</groupId>
            <artifactId>spring-boot-starter-web</artifactId>
        </dependency>
        <dependency>
            <groupId>org.postgresql</groupId>
            <artifactId>postgresql</artifactId>
            <scope>runtime</scope>
        </dependency>${added}
    </dependencies>
    <build>
        <plugins>
            <plugin>
                <groupId>org.springframework.boot</groupId>
                <artifactId>spring-boot-maven-plugin</artifactId>
            </plugin>
        </plugins>
    </build>
</project>
`;
  const flyway = `
        <dependency>
            <groupId>org.flywaydb</groupId>
            <artifactId>flyway-core</artifactId>
        </dependency>`;
  // A managed version for a dependency declared above: it changes no declaration.
  const managedPostgres = `
            <dependency>
                <groupId>org.postgresql</groupId>
                <artifactId>postgresql</artifactId>
                <version>42.7.3</version>
            </dependency>`;

  it("a dependency added dates itself alone; one whose first line changed dates none; a managed entry does not redate the dependency", async () => {
    const dir = importedHistory([
      { by: "Ada", day: 1, message: "initializr", files: { "pom.xml": pom(`<?xml version="1.0"?>`, "", "") } },
      { by: "Cy", day: 3, message: "encoding", files: { "pom.xml": pom(`<?xml version="1.0" encoding="UTF-8"?>`, "", "") } },
      { by: "Bea", day: 5, message: "flyway; postgres driver pinned", files: { "pom.xml": pom(`<?xml version="1.0" encoding="UTF-8"?>`, flyway, managedPostgres) } },
    ]);

    const tools = dated(await detect(dir, { timestamp: "2024-01-01T00:00:00Z" }));
    expect(tools["Flyway"]).toBe(`Bea ${day(5)}`);
    expect(tools["org.flywaydb:flyway-core"]).toBe(`Bea ${day(5)}`);
    expect(tools["PostgreSQL"]).toBe(`Ada ${day(1)}`);
    expect(tools["org.postgresql:postgresql"]).toBe(`Ada ${day(1)}`);
    expect(tools["Spring Framework"]).toBe(`Ada ${day(1)}`);
    expect(tools["org.springframework.boot:spring-boot-starter-web"]).toBe(`Ada ${day(1)}`);
  });
});

describe("a NuGet package is dated by its own PackageReference line, not by the project file's first line", () => {
  // An ASP.NET Core API's project file as `dotnet new webapi` and `dotnet add package` write it.
  const csproj = (added: string) => `<Project Sdk="Microsoft.NET.Sdk.Web">

  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
    <Nullable>enable</Nullable>
  </PropertyGroup>

  <ItemGroup>
    <PackageReference Include="Microsoft.AspNetCore.OpenApi" Version="8.0.4" />
    <PackageReference Include="Swashbuckle.AspNetCore" Version="6.5.0" />${added}
  </ItemGroup>

</Project>
`;

  it("a package `dotnet add package` appends dates itself alone", async () => {
    const dir = importedHistory([
      { by: "Ada", day: 1, message: "webapi", files: { "src/Api/Api.csproj": csproj("") } },
      { by: "Bea", day: 4, message: "postgres", files: { "src/Api/Api.csproj": csproj(`\n    <PackageReference Include="Npgsql.EntityFrameworkCore.PostgreSQL" Version="8.0.4" />`) } },
    ]);

    const tools = dated(await detect(dir, { timestamp: "2024-01-01T00:00:00Z" }));
    expect(tools["Npgsql.EntityFrameworkCore.PostgreSQL (package)"]).toBe(`Bea ${day(4)}`);
    expect(tools["PostgreSQL"]).toBe(`Bea ${day(4)}`);
    expect(tools["Swashbuckle.AspNetCore (package)"]).toBe(`Ada ${day(1)}`);
    expect(tools["Microsoft.AspNetCore.OpenApi (package)"]).toBe(`Ada ${day(1)}`);
  });
});

describe("a pub package is dated by its own key in pubspec.yaml, not by the file's first line", () => {
  // A Flutter app's pubspec.yaml as `flutter create` and `flutter pub add` write it.
  const pubspec = (added: string) => `name: shop_app
description: "A shop."
publish_to: 'none'
version: 1.0.0+1

environment:
  sdk: '>=3.3.0 <4.0.0'

dependencies:
  flutter:
    sdk: flutter
  cupertino_icons: ^1.0.6
  provider: ^6.1.2${added}

dev_dependencies:
  flutter_test:
    sdk: flutter
  flutter_lints: ^3.0.0
`;

  it("a package `flutter pub add` inserts dates itself alone", async () => {
    const dir = importedHistory([
      { by: "Ada", day: 1, message: "flutter create", files: { "pubspec.yaml": pubspec("") } },
      { by: "Bea", day: 4, message: "sqflite", files: { "pubspec.yaml": pubspec(`\n  sqflite: ^2.3.3`).replace("version: 1.0.0+1", "version: 1.0.1+2") } },
    ]);

    const tools = dated(await detect(dir, { timestamp: "2024-01-01T00:00:00Z" }));
    expect(tools["sqflite (package)"]).toBe(`Bea ${day(4)}`);
    expect(tools["provider (package)"]).toBe(`Ada ${day(1)}`);
    expect(tools["cupertino_icons (package)"]).toBe(`Ada ${day(1)}`);
    expect(tools["flutter (package)"]).toBe(`Ada ${day(1)}`);
  });
});

describe("a Swift package is dated by its own .package line, not by Package.swift's first line", () => {
  // A Vapor service's manifest as the Vapor template writes it.
  const manifest = (tools: string, added: string) => `// swift-tools-version:${tools}
import PackageDescription

let package = Package(
    name: "Inventory",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor.git", from: "4.92.0"),
        .package(url: "https://github.com/vapor/fluent.git", from: "4.9.0"),${added}
    ],
    targets: [
        .executableTarget(name: "App", dependencies: [
            .product(name: "Fluent", package: "fluent"),
            .product(name: "Vapor", package: "vapor"),
        ]),
    ]
)
`;

  it("a package added dates itself alone; a new tools line dates none of them", async () => {
    const dir = importedHistory([
      { by: "Ada", day: 1, message: "template", files: { "Package.swift": manifest("5.8", "") } },
      { by: "Bea", day: 4, message: "postgres driver, tools 5.9", files: { "Package.swift": manifest("5.9", `\n        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.8.0"),`) } },
    ]);

    const tools = dated(await detect(dir, { timestamp: "2024-01-01T00:00:00Z" }));
    expect(tools["PostgreSQL"]).toBe(`Bea ${day(4)}`);
    expect(tools["Vapor"]).toBe(`Ada ${day(1)}`);
  });
});
