import { describe, expect, it } from "vitest";
import { detect } from "../src/index.js";
import type { StackDocument } from "../src/types.js";
import { importedHistory } from "./git-import.js";

const day = (n: number) => `2021-01-${String(n).padStart(2, "0")} 10:00:00.000000000 Z`;

/** name -> "author day" for every entry with a date (a package entry marked so). */
function dated(doc: StackDocument): Record<string, string> {
  return Object.fromEntries(doc.tools.filter((t) => t.last_updated_on).map((t) => [`${t.name}${t.package_url ? " (package)" : ""}`, `${t.last_updated_by} ${t.last_updated_on}`]));
}

describe("a declaration written over several lines is dated by the newest of them", () => {
  // A Spring Boot service's pom.xml: versions as child elements, one through a property.
  const pom = (parent: string, flyway: string, lombok: string, guava: string) => `<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
    <modelVersion>4.0.0</modelVersion>
    <parent>
        <groupId>org.springframework.boot</groupId>
        <artifactId>spring-boot-starter-parent</artifactId>
        <version>${parent}</version>
        <relativePath/>
    </parent>
    <groupId>com.example</groupId>
    <artifactId>billing</artifactId>
    <version>0.0.1-SNAPSHOT</version>
    <properties>
        <java.version>17</java.version>
        <guava.version>${guava}</guava.version>
    </properties>
    <dependencies>
        <dependency>
            <groupId>org.springframework.boot</groupId>
            <artifactId>spring-boot-starter-web</artifactId>
        </dependency>
        <dependency>
            <groupId>org.flywaydb</groupId>
            <artifactId>flyway-core</artifactId>
            <version>${flyway}</version>
        </dependency>
        <dependency>
            <groupId>org.projectlombok</groupId>
            <version>${lombok}</version>
            <artifactId>lombok</artifactId>
            <optional>true</optional>
        </dependency>
        <dependency>
            <groupId>com.google.guava</groupId>
            <artifactId>guava</artifactId>
            <version>\${guava.version}</version>
        </dependency>
    </dependencies>
</project>
`;

  it("pom.xml: a bump of a dependency's <version> (before or after its artifactId) or of the property it names redates it alone; the parent's bump does not redate a dependency without a version", async () => {
    const dir = importedHistory([
      { by: "Ada", day: 1, message: "initializr", files: { "pom.xml": pom("3.2.5", "10.10.0", "1.18.30", "33.0.0-jre") } },
      { by: "Bea", day: 3, message: "flyway 10.11", files: { "pom.xml": pom("3.2.5", "10.11.0", "1.18.30", "33.0.0-jre") } },
      { by: "Cy", day: 5, message: "lombok, guava", files: { "pom.xml": pom("3.2.5", "10.11.0", "1.18.32", "33.1.0-jre") } },
      { by: "Dee", day: 7, message: "boot 3.3", files: { "pom.xml": pom("3.3.0", "10.11.0", "1.18.32", "33.1.0-jre") } },
    ]);

    const tools = dated(await detect(dir, { timestamp: "2024-01-01T00:00:00Z" }));
    expect(tools["org.flywaydb:flyway-core"]).toBe(`Bea ${day(3)}`);
    expect(tools["Flyway"]).toBe(`Bea ${day(3)}`);
    expect(tools["org.projectlombok:lombok"]).toBe(`Cy ${day(5)}`);
    expect(tools["com.google.guava:guava"]).toBe(`Cy ${day(5)}`);
    // No version of its own: the parent's bump is not its declaration.
    expect(tools["org.springframework.boot:spring-boot-starter-web"]).toBe(`Ada ${day(1)}`);
  });

  it("pom.xml: a module's dependency whose version names a property of its parent pom is redated by that property's bump", async () => {
    const root = (guava: string) => `<project>
  <groupId>com.example</groupId>
  <artifactId>shop</artifactId>
  <version>1.0.0</version>
  <packaging>pom</packaging>
  <modules>
    <module>api</module>
  </modules>
  <properties>
    <guava.version>${guava}</guava.version>
  </properties>
</project>
`;
    const api = `<project>
  <parent>
    <groupId>com.example</groupId>
    <artifactId>shop</artifactId>
    <version>1.0.0</version>
  </parent>
  <artifactId>api</artifactId>
  <dependencies>
    <dependency>
      <groupId>com.google.guava</groupId>
      <artifactId>guava</artifactId>
      <version>\${guava.version}</version>
    </dependency>
    <dependency>
      <groupId>org.flywaydb</groupId>
      <artifactId>flyway-core</artifactId>
      <version>10.10.0</version>
    </dependency>
  </dependencies>
</project>
`;
    const dir = importedHistory([
      { by: "Ada", day: 1, message: "modules", files: { "pom.xml": root("33.0.0-jre"), "api/pom.xml": api } },
      { by: "Bea", day: 4, message: "guava 33.1", files: { "pom.xml": root("33.1.0-jre") } },
    ]);

    const tools = dated(await detect(dir, { timestamp: "2024-01-01T00:00:00Z" }));
    expect(tools["com.google.guava:guava"]).toBe(`Bea ${day(4)}`);
    expect(tools["org.flywaydb:flyway-core"]).toBe(`Ada ${day(1)}`);
  });

  it("a .csproj PackageReference whose version is a child <Version> element is redated by its bump", async () => {
    const csproj = (serilog: string, dapper: string) => `<Project Sdk="Microsoft.NET.Sdk.Web">
  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Serilog.AspNetCore">
      <Version>${serilog}</Version>
    </PackageReference>
    <PackageReference Include="Dapper"
                      Version="${dapper}" />
    <PackageReference Include="Swashbuckle.AspNetCore" Version="6.5.0" />
  </ItemGroup>
</Project>
`;
    const dir = importedHistory([
      { by: "Ada", day: 1, message: "webapi", files: { "Api/Api.csproj": csproj("8.0.0", "2.1.24") } },
      { by: "Bea", day: 4, message: "bumps", files: { "Api/Api.csproj": csproj("8.0.1", "2.1.35") } },
    ]);

    const tools = dated(await detect(dir, { timestamp: "2024-01-01T00:00:00Z" }));
    expect(tools["Serilog.AspNetCore (package)"]).toBe(`Bea ${day(4)}`);
    expect(tools["Dapper"]).toBe(`Bea ${day(4)}`);
    expect(tools["Swashbuckle.AspNetCore (package)"]).toBe(`Ada ${day(1)}`);
  });

  it("a .csproj PackageReference versioned centrally is redated by its PackageVersion's bump in Directory.Packages.props", async () => {
    const props = (serilog: string) => `<Project>
  <PropertyGroup>
    <ManagePackageVersionsCentrally>true</ManagePackageVersionsCentrally>
  </PropertyGroup>
  <ItemGroup>
    <PackageVersion Include="Serilog.AspNetCore" Version="${serilog}" />
    <PackageVersion Include="Swashbuckle.AspNetCore" Version="6.5.0" />
  </ItemGroup>
</Project>
`;
    const csproj = `<Project Sdk="Microsoft.NET.Sdk.Web">
  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Serilog.AspNetCore" />
    <PackageReference Include="Swashbuckle.AspNetCore" />
  </ItemGroup>
</Project>
`;
    const dir = importedHistory([
      { by: "Ada", day: 1, message: "webapi", files: { "Directory.Packages.props": props("8.0.0"), "Api/Api.csproj": csproj } },
      { by: "Bea", day: 4, message: "serilog 8.0.1", files: { "Directory.Packages.props": props("8.0.1") } },
    ]);

    const tools = dated(await detect(dir, { timestamp: "2024-01-01T00:00:00Z" }));
    expect(tools["Serilog.AspNetCore (package)"]).toBe(`Bea ${day(4)}`);
    expect(tools["Swashbuckle.AspNetCore (package)"]).toBe(`Ada ${day(1)}`);
  });

  it("a Gradle catalog library is redated by a bump of its [versions] entry or of its own line", async () => {
    const catalog = (room: string, retrofit: string) => `[versions]
agp = "8.3.2"
room = "${room}"

[libraries]
room-runtime = { group = "androidx.room", name = "room-runtime", version.ref = "room" }
retrofit = { module = "com.squareup.retrofit2:retrofit", version = "${retrofit}" }
okhttp = { module = "com.squareup.okhttp3:okhttp", version = "4.12.0" }
`;
    const build = `plugins {
    id("com.android.application")
}

dependencies {
    implementation(libs.room.runtime)
    implementation(libs.retrofit)
    implementation(libs.okhttp)
}
`;
    const dir = importedHistory([
      { by: "Ada", day: 1, message: "app", files: { "gradle/libs.versions.toml": catalog("2.6.0", "2.9.0"), "app/build.gradle.kts": build, "settings.gradle.kts": `rootProject.name = "shop"\ninclude(":app")\n` } },
      { by: "Bea", day: 4, message: "room, retrofit", files: { "gradle/libs.versions.toml": catalog("2.6.1", "2.11.0") } },
    ]);

    const tools = dated(await detect(dir, { timestamp: "2024-01-01T00:00:00Z" }));
    expect(tools["Android Room"]).toBe(`Bea ${day(4)}`);
    expect(tools["com.squareup.retrofit2:retrofit"]).toBe(`Bea ${day(4)}`);
    expect(tools["com.squareup.okhttp3:okhttp"]).toBe(`Ada ${day(1)}`);
  });

  it("package.json: a bump in the lockfile alone does not redate a dependency (the lockfile resolves, the manifest declares), though the release comes from it", async () => {
    const manifest = `{
  "name": "shop-api",
  "dependencies": {
    "express": "^4.18.2",
    "mongoose": "^8.0.0"
  }
}
`;
    const lock = (express: string) => `{
  "name": "shop-api",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "shop-api",
      "dependencies": {
        "express": "^4.18.2",
        "mongoose": "^8.0.0"
      }
    },
    "node_modules/express": {
      "version": "${express}",
      "resolved": "https://registry.npmjs.org/express/-/express-${express}.tgz"
    },
    "node_modules/mongoose": {
      "version": "8.0.3",
      "resolved": "https://registry.npmjs.org/mongoose/-/mongoose-8.0.3.tgz"
    }
  }
}
`;
    const dir = importedHistory([
      { by: "Ada", day: 1, message: "start", files: { "package.json": manifest, "package-lock.json": lock("4.18.2") } },
      { by: "Bea", day: 4, message: "npm update", files: { "package-lock.json": lock("4.19.2") } },
    ]);

    const doc = await detect(dir, { timestamp: "2024-01-01T00:00:00Z" });
    expect(doc.tools.find((t) => t.name === "ExpressJS")?.version).toBe("4.19.2");
    expect(dated(doc)["ExpressJS"]).toBe(`Ada ${day(1)}`);
    expect(dated(doc)["Mongoose"]).toBe(`Ada ${day(1)}`);
  });
});
