import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { pkg, tool } from "./helpers.js";

// A second pass over .NET repositories as they are laid out: test stacks, solution files, shared
// build files (Directory.Build.props/.targets) and Paket projects.

const csproj = (sdk: string, body: string) => `<Project Sdk="${sdk}">\n${body}\n</Project>\n`;
const detect = async (files: Record<string, string>) => (await scan(new MemorySource(files), { git: false })).document;

describe(".NET second pass", () => {
  it("Playwright for .NET and its NUnit fixtures name Playwright at their release", async () => {
    const document = await detect({
      "tests/E2E/E2E.csproj": csproj(
        "Microsoft.NET.Sdk",
        `  <PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Microsoft.NET.Test.Sdk" Version="17.11.1" />
    <PackageReference Include="Microsoft.Playwright.NUnit" Version="1.48.0" />
    <PackageReference Include="NUnit" Version="4.2.2" />
  </ItemGroup>`,
      ),
    });
    expect(tool(document.tools, "Playwright")).toMatchObject({ version: "1.48.0", detection_source: "tests/E2E/E2E.csproj" });
    expect(tool(document.tools, "NUnit")?.version).toBe("4.2.2");
  });

  it("a .slnx solution names Visual Studio as a .sln does", async () => {
    const document = await detect({
      "App.slnx": `<Solution>\n  <Project Path="src/App/App.csproj" />\n</Solution>\n`,
      "src/App/App.csproj": csproj("Microsoft.NET.Sdk", `  <PropertyGroup><TargetFramework>net9.0</TargetFramework></PropertyGroup>`),
    });
    expect(tool(document.tools, "Visual Studio")).toMatchObject({ detection_source: "App.slnx" });
  });

  it("Directory.Build.targets: its Update items version the packages projects reference bare, its Include items are every project's", async () => {
    const document = await detect({
      "Directory.Build.props": `<Project>\n  <PropertyGroup>\n    <TargetFramework>net8.0</TargetFramework>\n    <SerilogVersion>4.0.2</SerilogVersion>\n  </PropertyGroup>\n</Project>\n`,
      "Directory.Build.targets": `<Project>
  <ItemGroup>
    <PackageReference Update="Serilog" Version="$(SerilogVersion)" />
    <PackageReference Update="Dapper" Version="2.1.35" />
  </ItemGroup>
  <ItemGroup Condition="'$(IsTestProject)' == 'true'">
    <PackageReference Include="coverlet.msbuild" Version="6.0.2" PrivateAssets="all" />
  </ItemGroup>
</Project>
`,
      "src/Api/Api.csproj": csproj("Microsoft.NET.Sdk.Web", `  <ItemGroup>\n    <PackageReference Include="Serilog" />\n    <PackageReference Include="Dapper" />\n  </ItemGroup>`),
    });
    expect(tool(document.tools, "Serilog")).toMatchObject({ version: "4.0.2", detection_source: "src/Api/Api.csproj", detection_source_url: "Directory.Build.targets" });
    expect(tool(document.tools, "Dapper")?.version).toBe("2.1.35");
    expect(pkg(document.tools, "Dapper")).toBeUndefined(); // named as its tool: the tool's entry alone
    expect(pkg(document.tools, "coverlet.msbuild")).toMatchObject({ version: "6.0.2", detection_source: "Directory.Build.targets" });
    // Under central package management its bare Include items take the central version.
    const central = await detect({
      "Directory.Packages.props": `<Project>\n  <ItemGroup>\n    <PackageVersion Include="Roslynator.Analyzers" Version="4.12.9" />\n  </ItemGroup>\n</Project>\n`,
      "Directory.Build.targets": `<Project>\n  <ItemGroup>\n    <PackageReference Include="Roslynator.Analyzers" PrivateAssets="all" />\n  </ItemGroup>\n</Project>\n`,
    });
    expect(pkg(central.tools, "Roslynator.Analyzers")).toMatchObject({ version: "4.12.9", detection_source_url: "Directory.Packages.props" });
  });

  it("a nested Directory.Build.props that imports the one above sees its properties, as the projects below it do", async () => {
    const document = await detect({
      "Directory.Build.props": `<Project>\n  <PropertyGroup>\n    <XunitVersion>2.9.0</XunitVersion>\n    <AspNetCoreVersion>8.0.10</AspNetCoreVersion>\n  </PropertyGroup>\n</Project>\n`,
      "test/Directory.Build.props": `<Project>
  <Import Project="$([MSBuild]::GetPathOfFileAbove('Directory.Build.props', '$(MSBuildThisFileDirectory)../'))" />
  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="xunit" Version="$(XunitVersion)" />
  </ItemGroup>
</Project>
`,
      "test/Api.Tests/Api.Tests.csproj": csproj("Microsoft.NET.Sdk", `  <ItemGroup>\n    <PackageReference Include="Microsoft.AspNetCore.Mvc.Testing" Version="$(AspNetCoreVersion)" />\n  </ItemGroup>`),
      // One that does not import the outer file sees none of its properties (MSBuild stops at the nearest).
      "tools/Directory.Build.props": `<Project>\n  <ItemGroup>\n    <PackageReference Include="Moq" Version="$(XunitVersion)" />\n  </ItemGroup>\n</Project>\n`,
    });
    expect(tool(document.tools, "xUnit")).toMatchObject({ version: "2.9.0", detection_source: "test/Directory.Build.props" });
    expect(pkg(document.tools, "Microsoft.AspNetCore.Mvc.Testing")?.version).toBe("8.0.10");
    // Moq is a named tool (no package entry): there, without the outer file's 2.9.0.
    expect(tool(document.tools, "Moq")).toMatchObject({ detection_source: "tools/Directory.Build.props" });
    expect(tool(document.tools, "Moq")?.version).toBeUndefined();
  });

  it("a Paket project, whose packages its paket.references names, is a packaged .NET project", async () => {
    const document = await detect({
      "paket.dependencies": "source https://api.nuget.org/v3/index.json\nframework: net8.0\n\nnuget FSharp.Core ~> 8.0\nnuget Giraffe 6.4.0\n",
      "paket.lock": "NUGET\n  remote: https://api.nuget.org/v3/index.json\n    FSharp.Core (8.0.401)\n    Giraffe (6.4)\n      FSharp.Core (>= 6.0)\n",
      "src/App/App.fsproj": csproj("Microsoft.NET.Sdk.Web", `  <PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup>\n  <Import Project="..\\..\\.paket\\Paket.Restore.targets" />`),
      "src/App/paket.references": "FSharp.Core\nGiraffe\n",
      // A project beside an empty paket.references (comments, a group line) references nothing.
      "tools/Gen/Gen.fsproj": csproj("Microsoft.NET.Sdk", `  <PropertyGroup><TargetFramework>net6.0</TargetFramework></PropertyGroup>`),
      "tools/Gen/paket.references": "// none yet\ngroup Build\n",
    });
    expect(tool(document.tools, ".NET")).toMatchObject({ detection_source: "src/App/App.fsproj" });
    expect(tool(document.tools, ".NET")?.version).toBeUndefined();
    expect(pkg(document.tools, "Giraffe")?.version).toBe("6.4");
  });

  it("a nested Directory.Packages.props that imports the outer one: its own versions first, the outer file's for the rest", async () => {
    const document = await detect({
      "Directory.Packages.props": `<Project>
  <PropertyGroup><ManagePackageVersionsCentrally>true</ManagePackageVersionsCentrally></PropertyGroup>
  <ItemGroup>
    <PackageVersion Include="Newtonsoft.Json" Version="13.0.3" />
    <PackageVersion Include="MediatR" Version="12.4.1" />
  </ItemGroup>
</Project>
`,
      "samples/Directory.Packages.props": `<Project>
  <Import Project="$([MSBuild]::GetPathOfFileAbove(Directory.Packages.props, $(MSBuildThisFileDirectory)..))" />
  <ItemGroup>
    <PackageVersion Include="Spectre.Console" Version="0.49.1" />
    <PackageVersion Update="MediatR" Version="12.2.0" />
  </ItemGroup>
</Project>
`,
      "samples/Demo/Demo.csproj": csproj(
        "Microsoft.NET.Sdk",
        `  <PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup>\n  <ItemGroup>\n    <PackageReference Include="Spectre.Console" />\n    <PackageReference Include="MediatR" />\n    <PackageReference Include="Newtonsoft.Json" />\n  </ItemGroup>`,
      ),
    });
    expect(pkg(document.tools, "Newtonsoft.Json")).toMatchObject({ version: "13.0.3", detection_source_url: "Directory.Packages.props" });
    expect(tool(document.tools, "MediatR")).toMatchObject({ version: "12.2.0", detection_source_url: "samples/Directory.Packages.props" });
    expect(pkg(document.tools, "Spectre.Console")?.version).toBe("0.49.1");
  });

  it("Orleans' Redis and Azure Storage providers name the store beside Orleans, which keeps the release", async () => {
    const document = await detect({
      "Silo/Silo.csproj": csproj(
        "Microsoft.NET.Sdk",
        `  <PropertyGroup><TargetFramework>net9.0</TargetFramework></PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Microsoft.Orleans.Server" Version="9.0.1" />
    <PackageReference Include="Microsoft.Orleans.Clustering.Redis" Version="9.0.1" />
    <PackageReference Include="Microsoft.Orleans.Persistence.AzureStorage" Version="9.0.1" />
  </ItemGroup>`,
      ),
    });
    expect(tool(document.tools, "Orleans")?.version).toBe("9.0.1");
    expect(tool(document.tools, "Redis")).toMatchObject({ detection_source: "Silo/Silo.csproj" });
    expect(tool(document.tools, "Redis")?.version).toBeUndefined();
    expect(tool(document.tools, "Azure Storage")).toBeDefined();
    expect(tool(document.tools, "Azure Storage")?.version).toBeUndefined();
  });

  it("a lock file's transitive packages give their release to a tool the project shows without one, and name nothing", async () => {
    const document = await detect({
      "src/Api/Api.csproj": csproj(
        "Microsoft.NET.Sdk.Web",
        `  <PropertyGroup><TargetFramework>net8.0</TargetFramework><RestorePackagesWithLockFile>true</RestorePackagesWithLockFile></PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Serilog.AspNetCore" Version="8.0.3" />
    <PackageReference Include="Pomelo.EntityFrameworkCore.MySql" Version="8.0.2" />
  </ItemGroup>`,
      ),
      "src/Api/packages.lock.json": JSON.stringify({
        version: 1,
        dependencies: {
          "net8.0": {
            "Pomelo.EntityFrameworkCore.MySql": { type: "Direct", requested: "[8.0.2, )", resolved: "8.0.2", dependencies: { "Microsoft.EntityFrameworkCore.Relational": "8.0.2", MySqlConnector: "2.3.5" } },
            "Serilog.AspNetCore": { type: "Direct", requested: "[8.0.3, )", resolved: "8.0.3", dependencies: { Serilog: "3.1.1" } },
            "Microsoft.EntityFrameworkCore.Relational": { type: "Transitive", resolved: "8.0.2" },
            MySqlConnector: { type: "Transitive", resolved: "2.3.5" },
            Serilog: { type: "Transitive", resolved: "4.0.0" },
            "StackExchange.Redis": { type: "Transitive", resolved: "2.7.33" },
          },
        },
      }),
    });
    expect(tool(document.tools, "Serilog")).toMatchObject({ version: "4.0.0", detection_source: "src/Api/Api.csproj", detection_source_url: "src/Api/packages.lock.json" });
    // A client library restored under another package gives the server no release, nor names one.
    expect(tool(document.tools, "MySQL")).toBeDefined();
    expect(tool(document.tools, "MySQL")?.version).toBeUndefined();
    expect(tool(document.tools, "Redis")).toBeUndefined();
    expect(pkg(document.tools, "Serilog")).toBeUndefined();
  });

  it("paket.lock's packages that paket.dependencies does not name lend their release the same way", async () => {
    const document = await detect({
      "paket.dependencies": "source https://api.nuget.org/v3/index.json\n\nnuget Serilog.AspNetCore\n",
      "paket.lock": "NUGET\n  remote: https://api.nuget.org/v3/index.json\n    Serilog (4.1)\n    Serilog.AspNetCore (8.0.3)\n      Serilog (>= 3.1.1)\n",
    });
    expect(tool(document.tools, "Serilog")).toMatchObject({ version: "4.1", detection_source: "paket.dependencies", detection_source_url: "paket.lock" });
    expect(pkg(document.tools, "Serilog")).toBeUndefined();
  });

  it("a community Hangfire storage names Hangfire and its store without its own release", async () => {
    const only = await detect({
      "src/Jobs/Jobs.csproj": csproj("Microsoft.NET.Sdk", `  <PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup>\n  <ItemGroup>\n    <PackageReference Include="Hangfire.PostgreSql" Version="1.20.9" />\n  </ItemGroup>`),
    });
    expect(tool(only.tools, "Hangfire")).toMatchObject({ detection_source: "src/Jobs/Jobs.csproj" });
    expect(tool(only.tools, "Hangfire")?.version).toBeUndefined();
    expect(tool(only.tools, "PostgreSQL")).toBeDefined();
    expect(tool(only.tools, "PostgreSQL")?.version).toBeUndefined();
    const both = await detect({
      "src/Jobs/Jobs.csproj": csproj(
        "Microsoft.NET.Sdk",
        `  <PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup>\n  <ItemGroup>\n    <PackageReference Include="Hangfire.AspNetCore" Version="1.8.14" />\n    <PackageReference Include="Hangfire.Redis.StackExchange" Version="1.9.4" />\n  </ItemGroup>`,
      ),
    });
    expect(tool(both.tools, "Hangfire")?.version).toBe("1.8.14");
    expect(tool(both.tools, "Redis")).toBeDefined();
  });

  it("a property's unconditional value, not one a conditional group sets for another framework, versions a package", async () => {
    const document = await detect({
      "src/Web/Web.csproj": csproj(
        "Microsoft.NET.Sdk.Web",
        `  <PropertyGroup>
    <TargetFrameworks>net8.0;net9.0</TargetFrameworks>
    <EfVersion>8.0.11</EfVersion>
  </PropertyGroup>
  <PropertyGroup Condition="'$(TargetFramework)' == 'net9.0'">
    <EfVersion>9.0.0</EfVersion>
  </PropertyGroup>
  <PropertyGroup>
    <SerilogVersion Condition="'$(Configuration)' == 'Debug'">4.1.0</SerilogVersion>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Microsoft.EntityFrameworkCore.Sqlite" Version="$(EfVersion)" />
    <PackageReference Include="Serilog" Version="$(SerilogVersion)" />
  </ItemGroup>`,
      ),
    });
    expect(pkg(document.tools, "Microsoft.EntityFrameworkCore.Sqlite")?.version).toBe("8.0.11");
    // A property only a condition sets is still its value.
    expect(tool(document.tools, "Serilog")?.version).toBe("4.1.0");
  });

  it("an SDK named by an <Sdk> element or by explicit Sdk.props imports is the project's SDK", async () => {
    const document = await detect({
      "Web/Web.csproj": `<Project>\n  <Sdk Name="Microsoft.NET.Sdk.Web" />\n  <PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup>\n</Project>\n`,
    });
    expect(tool(document.tools, "ASP.NET Core")).toMatchObject({ version: "8.0", detection_source: "Web/Web.csproj" });
    const api = await detect({
      "Api/Api.csproj": `<Project>\n  <Import Project="Sdk.props" Sdk="Microsoft.NET.Sdk.Web" />\n  <PropertyGroup><TargetFramework>net9.0</TargetFramework></PropertyGroup>\n  <Import Project="Sdk.targets" Sdk="Microsoft.NET.Sdk.Web" />\n</Project>\n`,
    });
    expect(tool(api.tools, "ASP.NET Core")?.version).toBe("9.0");
  });

  it("a GlobalPackageReference versioned by a property takes its value", async () => {
    const document = await detect({
      "Directory.Build.props": `<Project>\n  <PropertyGroup><SourceLinkVersion>8.0.0</SourceLinkVersion></PropertyGroup>\n</Project>\n`,
      "Directory.Packages.props": `<Project>
  <PropertyGroup>
    <ManagePackageVersionsCentrally>true</ManagePackageVersionsCentrally>
    <GitVersioningVersion>3.6.146</GitVersioningVersion>
  </PropertyGroup>
  <ItemGroup>
    <GlobalPackageReference Include="Nerdbank.GitVersioning" Version="$(GitVersioningVersion)" />
    <GlobalPackageReference Include="Microsoft.SourceLink.GitHub" Version="$(SourceLinkVersion)" />
  </ItemGroup>
</Project>
`,
    });
    expect(pkg(document.tools, "Nerdbank.GitVersioning")?.version).toBe("3.6.146");
    expect(pkg(document.tools, "Microsoft.SourceLink.GitHub")?.version).toBe("8.0.0");
  });

  it("an isolated-worker function's Service Bus and Blob trigger extensions name those services beside Azure Functions", async () => {
    const document = await detect({
      "src/Fn/Fn.csproj": csproj(
        "Microsoft.NET.Sdk",
        `  <PropertyGroup><TargetFramework>net8.0</TargetFramework><AzureFunctionsVersion>v4</AzureFunctionsVersion><OutputType>Exe</OutputType></PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Microsoft.Azure.Functions.Worker" Version="1.23.0" />
    <PackageReference Include="Microsoft.Azure.Functions.Worker.Sdk" Version="1.18.1" />
    <PackageReference Include="Microsoft.Azure.Functions.Worker.Extensions.ServiceBus" Version="5.22.0" />
    <PackageReference Include="Microsoft.Azure.Functions.Worker.Extensions.Storage.Blobs" Version="6.6.0" />
  </ItemGroup>`,
      ),
    });
    for (const name of ["Azure Functions", "Azure Service Bus", "Azure Storage"]) expect(tool(document.tools, name), name).toMatchObject({ detection_source: "src/Fn/Fn.csproj" });
    expect(tool(document.tools, "Azure Service Bus")).toBeDefined();
    expect(tool(document.tools, "Azure Service Bus")?.version).toBeUndefined();
  });

  it("a central version set for one target framework only fills in: the unconditional one is the package's", async () => {
    const document = await detect({
      "Directory.Packages.props": `<Project>
  <PropertyGroup><ManagePackageVersionsCentrally>true</ManagePackageVersionsCentrally></PropertyGroup>
  <ItemGroup>
    <PackageVersion Include="Microsoft.Extensions.Hosting" Version="8.0.1" />
  </ItemGroup>
  <ItemGroup Condition="'$(TargetFramework)' == 'net6.0'">
    <PackageVersion Update="Microsoft.Extensions.Hosting" Version="6.0.1" />
    <PackageVersion Include="System.Text.Json" Version="6.0.10" />
  </ItemGroup>
</Project>
`,
      "src/Lib/Lib.csproj": csproj(
        "Microsoft.NET.Sdk",
        `  <PropertyGroup><TargetFrameworks>net8.0;net6.0</TargetFrameworks></PropertyGroup>\n  <ItemGroup>\n    <PackageReference Include="Microsoft.Extensions.Hosting" />\n    <PackageReference Include="System.Text.Json" />\n  </ItemGroup>`,
      ),
    });
    expect(pkg(document.tools, "Microsoft.Extensions.Hosting")?.version).toBe("8.0.1");
    expect(pkg(document.tools, "System.Text.Json")?.version).toBe("6.0.10");
  });

  it("versions kept in a shared property file that Directory.Build.props or a project imports by relative path", async () => {
    const document = await detect({
      "build/dependencies.props": `<Project>\n  <PropertyGroup>\n    <NewtonsoftJsonVersion>13.0.3</NewtonsoftJsonVersion>\n    <MediatRVersion>12.4.1</MediatRVersion>\n    <NpgsqlVersion>8.0.5</NpgsqlVersion>\n  </PropertyGroup>\n</Project>\n`,
      "Directory.Build.props": `<Project>\n  <Import Project="build\\dependencies.props" />\n  <PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup>\n</Project>\n`,
      "src/Api/Api.csproj": csproj(
        "Microsoft.NET.Sdk.Web",
        `  <ItemGroup>\n    <PackageReference Include="Newtonsoft.Json" Version="$(NewtonsoftJsonVersion)" />\n    <PackageReference Include="MediatR" Version="$(MediatRVersion)" />\n  </ItemGroup>`,
      ),
      "tools/Gen/Gen.csproj": csproj(
        "Microsoft.NET.Sdk",
        `  <Import Project="$(MSBuildThisFileDirectory)..\\..\\build\\dependencies.props" />\n  <ItemGroup>\n    <PackageReference Include="Npgsql" Version="$(NpgsqlVersion)" />\n  </ItemGroup>`,
      ),
    });
    expect(pkg(document.tools, "Newtonsoft.Json")?.version).toBe("13.0.3");
    expect(tool(document.tools, "MediatR")?.version).toBe("12.4.1");
    expect(pkg(document.tools, "Npgsql")?.version).toBe("8.0.5");
  });
});
