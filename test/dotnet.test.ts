import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import type { ToolEntry } from "../src/types.js";
import { frameworkOf, readPackagesConfig, readProject } from "../detectors/dotnet/project.js";
import { nugetVersion } from "../detectors/dotnet/index.js";
import { fixture, tool } from "./helpers.js";

const pkg = (tools: ToolEntry[], id: string) => tools.find((t) => t.package_url === `https://www.nuget.org/${id}`);

describe(".NET", () => {
  it("target framework monikers", () => {
    expect(frameworkOf("netcoreapp2.2")).toEqual({ family: "netcoreapp", version: "2.2" });
    expect(frameworkOf("net8.0-windows")).toEqual({ family: "net", version: "8.0" });
    expect(frameworkOf("net472")).toEqual({ family: "netframework", version: "4.7.2" });
    expect(frameworkOf("v4.5")).toEqual({ family: "netframework", version: "4.5" });
  });

  it("net5.0 and later are .NET Core (with its version), and .NET where packages are referenced; .NET Framework and .NET Standard are not .NET Core", async () => {
    const console = '<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n    <OutputType>Exe</OutputType>\n    <TargetFramework>net7.0</TargetFramework>\n  </PropertyGroup>\n  <ItemGroup><PackageReference Include="Spectre.Console" Version="0.47.0" /></ItemGroup>\n</Project>\n';
    const { document } = await scan(new MemorySource({ "App/App.csproj": console }), { git: false });
    expect(tool(document.tools, ".NET Core")).toMatchObject({ version: "7.0", detection_source: "App/App.csproj" });
    expect(tool(document.tools, ".NET")).toBeDefined();
    expect(tool(document.tools, ".NET")?.version).toBeUndefined();
    for (const tfm of ["net472", "netstandard2.0"]) {
      const project = `<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n    <TargetFramework>${tfm}</TargetFramework>\n  </PropertyGroup>\n</Project>\n`;
      const other = await scan(new MemorySource({ "Lib/Lib.csproj": project }), { git: false });
      expect(tool(other.document.tools, ".NET Core"), tfm).toBeUndefined();
      expect(tool(other.document.tools, ".NET"), tfm).toBeDefined();
    }
  });

  it("integration packages reveal their tool without giving it their own release", async () => {
    const project = [
      '<Project Sdk="Microsoft.NET.Sdk.Web">',
      "  <PropertyGroup><TargetFramework>net5.0</TargetFramework></PropertyGroup>",
      "  <ItemGroup>",
      '    <PackageReference Include="Autofac.Extensions.DependencyInjection" Version="7.0.2" />',
      '    <PackageReference Include="Azure.Storage.Blobs" Version="12.8.0" />',
      '    <PackageReference Include="Microsoft.EntityFrameworkCore.Sqlite" Version="5.0.1" />',
      '    <PackageReference Include="Microsoft.Extensions.Caching.StackExchangeRedis" Version="3.1.8" />',
      '    <PackageReference Include="Microsoft.Extensions.Http.Polly" Version="3.1.8" />',
      "  </ItemGroup>",
      "</Project>",
    ].join("\n");
    const { document } = await scan(new MemorySource({ "Api/Api.csproj": project }), { git: false });
    for (const name of ["AutoFac", "Azure Storage", "Microsoft Azure", "SQLite", "Entity Framework", "Redis", "Polly"]) {
      expect(tool(document.tools, name), name).toMatchObject({ detection_source: "Api/Api.csproj" });
    }
    expect(tool(document.tools, "Entity Framework Core")?.version).toBe("5.0.1");
    expect(tool(document.tools, "Redis")).toBeDefined();
    expect(tool(document.tools, "Redis")?.version).toBeUndefined();
    expect(tool(document.tools, "Polly")).toBeDefined();
    expect(tool(document.tools, "Polly")?.version).toBeUndefined();
    expect(pkg(document.tools, "Microsoft.Extensions.Http.Polly")?.version).toBe("3.1.8");
  });

  it("an ASP.NET Core solution with central package management", async () => {
    const { document } = await scan(fixture("aspnetcore-cpm"), { git: false });
    expect(tool(document.tools, "ASP.NET Core")?.version).toBe("8.0");
    expect(tool(document.tools, "Entity Framework Core")).toMatchObject({ version: "8.0.1", detection_source: "src/Shop.Api/Shop.Api.csproj", detection_source_url: "Directory.Packages.props" });
    // EF Core is an Entity Framework: the site lists both, the version on EF Core only.
    expect(tool(document.tools, "Entity Framework")).toBeDefined();
    expect(tool(document.tools, "Entity Framework")?.version).toBeUndefined();
    expect(tool(document.tools, "Microsoft SQL Server")).toBeDefined();
    expect(tool(document.tools, "xUnit")?.version).toBe("2.6.6");
    expect(tool(document.tools, "Visual Studio")?.detection_source).toBe("Shop.sln");
    expect(tool(document.tools, "C#")).toBeDefined();
    expect(pkg(document.tools, "Swashbuckle.AspNetCore")?.version).toBe("6.5.0");
    // A project's VersionOverride wins over the central PackageVersion (4.20.70).
    expect(tool(document.tools, "Moq")).toMatchObject({ version: "4.18.4", detection_source: "src/Shop.Tests/Shop.Tests.csproj", detection_source_url: "src/Shop.Tests/Shop.Tests.csproj" });
    // A tool kept on the older central-versions SDK: its Packages.props versions its references.
    expect(tool(document.tools, "Dapper")).toMatchObject({ version: "2.1.28", detection_source: "tools/Shop.Migrator/Shop.Migrator.csproj", detection_source_url: "tools/Packages.props" });
    expect(pkg(document.tools, "DbUp-SqlServer")?.version).toBe("5.0");
    expect(pkg(document.tools, "Nerdbank.GitVersioning")).toMatchObject({ version: "3.6.133", detection_source: "tools/Packages.props" });
  });

  it("an OpenTelemetry exporter reveals its backend; its own release is neither the backend's nor OpenTelemetry's", async () => {
    const props = '<Project>\n  <PropertyGroup>\n    <ManagePackageVersionsCentrally>true</ManagePackageVersionsCentrally>\n  </PropertyGroup>\n  <ItemGroup>\n    <PackageVersion Include="OpenTelemetry.Exporter.Jaeger" Version="1.5.1" />\n    <PackageVersion Include="OpenTelemetry.Exporter.Zipkin" Version="1.9.0" />\n    <PackageVersion Include="OpenTelemetry.Extensions.Hosting" Version="1.9.0" />\n  </ItemGroup>\n</Project>\n';
    const project = '<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n    <OutputType>Exe</OutputType>\n    <TargetFramework>net8.0</TargetFramework>\n  </PropertyGroup>\n  <ItemGroup>\n    <PackageReference Include="OpenTelemetry.Exporter.Jaeger" />\n    <PackageReference Include="OpenTelemetry.Exporter.Zipkin" />\n    <PackageReference Include="OpenTelemetry.Extensions.Hosting" />\n  </ItemGroup>\n</Project>\n';
    const { document } = await scan(new MemorySource({ "Directory.Packages.props": props, "Client/Client.csproj": project }), { git: false });
    expect(tool(document.tools, "OpenTelemetry")?.version).toBe("1.9.0");
    for (const name of ["Jaeger", "Zipkin"]) {
      expect(tool(document.tools, name), name).toMatchObject({ detection_source: "Client/Client.csproj" });
      expect(tool(document.tools, name)?.version, name).toBeUndefined();
    }
    expect(pkg(document.tools, "OpenTelemetry.Exporter.Jaeger")?.version).toBe("1.5.1");
  });

  it("MSBuild $(Property) versions and frameworks, from the file itself or Directory.Build.props", async () => {
    const source = new MemorySource({
      "Directory.Build.props": "<Project><PropertyGroup><AppTarget>net9.0</AppTarget><XunitVersion>2.9.2</XunitVersion></PropertyGroup></Project>",
      "Directory.Packages.props": [
        "<Project>",
        "  <PropertyGroup><ManagePackageVersionsCentrally>true</ManagePackageVersionsCentrally><EfcoreVersion>10.0.0</EfcoreVersion></PropertyGroup>",
        "  <ItemGroup>",
        '    <PackageVersion Include="Microsoft.EntityFrameworkCore.SqlServer" Version="$(EfcoreVersion)" />',
        '    <PackageVersion Include="xunit" Version="$(XunitVersion)" />',
        "  </ItemGroup>",
        "</Project>",
      ].join("\n"),
      "src/Api/Api.csproj": [
        '<Project Sdk="Microsoft.NET.Sdk.Web">',
        "  <PropertyGroup><TargetFramework>$(AppTarget)</TargetFramework><SerilogVersion>4.1.0</SerilogVersion></PropertyGroup>",
        "  <ItemGroup>",
        '    <PackageReference Include="Microsoft.EntityFrameworkCore.SqlServer" />',
        '    <PackageReference Include="xunit" />',
        '    <PackageReference Include="Serilog" Version="$(SerilogVersion)" />',
        '    <PackageReference Include="Polly" Version="$(Undefined)" />',
        "  </ItemGroup>",
        "</Project>",
      ].join("\n"),
    });
    const { document } = await scan(source, { git: false });
    expect(pkg(document.tools, "Microsoft.EntityFrameworkCore.SqlServer")?.version).toBe("10.0.0");
    expect(tool(document.tools, "xUnit")?.version).toBe("2.9.2");
    expect(tool(document.tools, "Serilog")?.version).toBe("4.1.0");
    expect(tool(document.tools, "Polly")).toBeDefined();
    expect(tool(document.tools, "Polly")?.version).toBeUndefined();
    expect(tool(document.tools, "ASP.NET Core")?.version).toBe("9.0");
  });

  it("NuGet is named by a project that references packages, not by one on the bare SDK", async () => {
    const bare = '<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n    <OutputType>Exe</OutputType>\n    <TargetFramework>netcoreapp2.1</TargetFramework>\n  </PropertyGroup>\n</Project>\n';
    const alone = await scan(new MemorySource({ "Hello/Hello.csproj": bare, "Hello.sln": "" }), { git: false });
    expect(tool(alone.document.tools, ".NET Core")?.version).toBe("2.1");
    expect(tool(alone.document.tools, "NuGet")).toBeUndefined();
    const withPackage = bare.replace("</Project>", '  <ItemGroup>\n    <PackageReference Include="Newtonsoft.Json" Version="13.0.3" />\n  </ItemGroup>\n</Project>');
    const used = await scan(new MemorySource({ "Hello/Hello.csproj": withPackage }), { git: false });
    expect(tool(used.document.tools, "NuGet")).toMatchObject({ detection_source: "Hello/Hello.csproj" });
    const central = await scan(
      new MemorySource({ "Directory.Packages.props": '<Project><ItemGroup><PackageVersion Include="Serilog" Version="4.1.0" /></ItemGroup></Project>' }),
      { git: false },
    );
    expect(tool(central.document.tools, "NuGet")).toMatchObject({ detection_source: "Directory.Packages.props" });
  });

  it("a web project that leaves its framework to Directory.Build.props builds ASP.NET Core of that framework's release", async () => {
    const files = {
      "Directory.Build.props": "<Project>\n  <PropertyGroup>\n    <TargetFrameworks>net8.0;net6.0</TargetFrameworks>\n    <Nullable>enable</Nullable>\n  </PropertyGroup>\n</Project>\n",
      "src/Orders.Api/Orders.Api.csproj": '<Project Sdk="Microsoft.NET.Sdk.Web">\n  <ItemGroup>\n    <PackageReference Include="Swashbuckle.AspNetCore" Version="6.5.0" />\n  </ItemGroup>\n</Project>\n',
    };
    const { document } = await scan(new MemorySource(files), { git: false });
    // Every .NET Core framework names ASP.NET Core too, from the file that sets it, as .NET Core.
    expect(tool(document.tools, "ASP.NET Core")).toMatchObject({ version: "8.0", detection_source: tool(document.tools, ".NET Core")?.detection_source });
  });

  it("a project that references packages and leaves its framework to Directory.Build.props shows .NET of that framework, not global.json's SDK band", async () => {
    const files = {
      "global.json": '{\n  "sdk": {\n    "version": "8.0.300",\n    "rollForward": "latestFeature"\n  }\n}\n',
      "Directory.Build.props": "<Project>\n  <PropertyGroup>\n    <TargetFramework>net8.0</TargetFramework>\n    <ImplicitUsings>enable</ImplicitUsings>\n  </PropertyGroup>\n</Project>\n",
      "src/Orders.Worker/Orders.Worker.csproj": '<Project Sdk="Microsoft.NET.Sdk.Worker">\n  <ItemGroup>\n    <PackageReference Include="Microsoft.Extensions.Hosting" Version="8.0.0" />\n  </ItemGroup>\n</Project>\n',
    };
    const { document } = await scan(new MemorySource(files), { git: false });
    expect(tool(document.tools, ".NET")).toMatchObject({ detection_source: "src/Orders.Worker/Orders.Worker.csproj" });
    expect(tool(document.tools, ".NET")?.version).toBeUndefined();
    expect(tool(document.tools, ".NET Core")?.version).toBe("8.0");
    // A global.json with no project listed beside it (a tree of scripts, a partial checkout) still
    // names .NET, written with no release (not its SDK band).
    const alone = await scan(new MemorySource({ "global.json": files["global.json"] }), { git: false });
    expect(tool(alone.document.tools, ".NET")).toMatchObject({ detection_source: "global.json" });
    expect(tool(alone.document.tools, ".NET")?.version).toBeUndefined();
  });

  it("ASP.NET Core 2.x takes its release from the Microsoft.AspNetCore.App package the web project pins", async () => {
    const project = (reference: string) =>
      `<Project Sdk="Microsoft.NET.Sdk.Web">\n  <PropertyGroup>\n    <TargetFramework>netcoreapp2.1</TargetFramework>\n  </PropertyGroup>\n  <ItemGroup>\n    ${reference}\n    <PackageReference Include="AutoMapper" Version="7.0.1" />\n  </ItemGroup>\n</Project>\n`;
    const pinned = await scan(new MemorySource({ "Web/Web.csproj": project('<PackageReference Include="Microsoft.AspNetCore.App" Version="2.1.1" />') }), { git: false });
    expect(tool(pinned.document.tools, "ASP.NET Core")?.version).toBe("2.1.1");
    expect(tool(pinned.document.tools, ".NET Core")?.version).toBe("2.1");
    expect(pkg(pinned.document.tools, "Microsoft.AspNetCore.App")?.version).toBe("2.1.1");
    // Without a version (the SDK picks it), the target framework's stays.
    const implicit = await scan(new MemorySource({ "Web/Web.csproj": project('<PackageReference Include="Microsoft.AspNetCore.App" />') }), { git: false });
    expect(tool(implicit.document.tools, "ASP.NET Core")?.version).toBe("2.1");
  });

  it("JWT bearer and OpenID Connect middleware name the standards without their own releases; Cosmos DB's bindings name it", async () => {
    const project = [
      '<Project Sdk="Microsoft.NET.Sdk.Web">',
      "  <PropertyGroup><TargetFramework>net6.0</TargetFramework></PropertyGroup>",
      "  <ItemGroup>",
      '    <PackageReference Include="Microsoft.AspNetCore.Authentication.JwtBearer" Version="6.0.8" />',
      '    <PackageReference Include="Microsoft.AspNetCore.Authentication.OpenIdConnect" Version="6.0.8" />',
      '    <PackageReference Include="Microsoft.Azure.WebJobs.Extensions.CosmosDB" Version="3.0.10" />',
      '    <PackageReference Include="Microsoft.VisualStudio.Azure.Containers.Tools.Targets" Version="1.14.0" />',
      "  </ItemGroup>",
      "</Project>",
    ].join("\n");
    const { document } = await scan(new MemorySource({ "Api/Api.csproj": project }), { git: false });
    for (const name of ["JSON Web Token", "OpenID Connect", "Azure Cosmos DB", "Docker"]) {
      expect(tool(document.tools, name), name).toMatchObject({ detection_source: "Api/Api.csproj" });
      expect(tool(document.tools, name)?.version, name).toBeUndefined();
    }
    expect(pkg(document.tools, "Microsoft.AspNetCore.Authentication.JwtBearer")?.version).toBe("6.0.8");
  });

  it("a Xamarin project's TargetFrameworkVersion is the platform's API level, not a .NET Framework release", async () => {
    expect(frameworkOf("monoandroid90")).toEqual({ family: "xamarin" });
    expect(frameworkOf("xamarinios10")).toEqual({ family: "xamarin" });
    const android = (marker: string) =>
      [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<Project ToolsVersion="4.0" xmlns="http://schemas.microsoft.com/developer/msbuild/2003">',
        `  <PropertyGroup>${marker.startsWith("{") ? `<ProjectTypeGuids>${marker};{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}</ProjectTypeGuids>` : ""}<OutputType>Library</OutputType><TargetFrameworkVersion>v9.0</TargetFrameworkVersion></PropertyGroup>`,
        '  <ItemGroup><Reference Include="Newtonsoft.Json"><HintPath>..\\packages\\Newtonsoft.Json.13.0.1\\lib\\netstandard2.0\\Newtonsoft.Json.dll</HintPath></Reference></ItemGroup>',
        marker.startsWith("{") ? "" : `  <Import Project="${marker}" />`,
        "</Project>",
      ].join("\n");
    for (const marker of ["{EFBA0AD7-5A72-4C68-AF49-83D382785DCF}", "$(MSBuildExtensionsPath)\\Xamarin\\Android\\Xamarin.Android.CSharp.targets"]) {
      const { document } = await scan(new MemorySource({ "Game.Android/Game.Android.csproj": android(marker) }), { git: false });
      expect(tool(document.tools, "Xamarin"), marker).toMatchObject({ detection_source: "Game.Android/Game.Android.csproj" });
      expect(tool(document.tools, ".NET"), marker).toBeDefined();
      expect(tool(document.tools, ".NET")?.version, marker).toBeUndefined();
      expect(pkg(document.tools, "Newtonsoft.Json")?.version).toBe("13.0.1");
    }
    // A desktop project's v4.8 stays .NET Framework 4.8: ASP.NET at it (.NET is written with no release).
    const desktop = android("").replace("v9.0", "v4.8");
    const { document } = await scan(new MemorySource({ "Game/Game.csproj": desktop }), { git: false });
    expect(tool(document.tools, "ASP.NET")?.version).toBe("4.8");
    expect(tool(document.tools, "Xamarin")).toBeUndefined();
  });

  it("Microsoft.Build.CentralPackageVersions' Packages.props gives versionless references theirs; a floating 3.2.* is 3.2", async () => {
    expect(nugetVersion("3.2.*")).toBe("3.2");
    expect(nugetVersion("*")).toBeUndefined();
    // A range restores the lowest version it allows: an inclusive lower bound is that version.
    expect(nugetVersion("[1.0,2.0)")).toBe("1.0");
    expect(nugetVersion("[3.1.1]")).toBe("3.1.1");
    expect(nugetVersion("[ 6.0.0 , )")).toBe("6.0.0");
    expect(nugetVersion("[1.2.3-beta.1,2)")).toBe("1.2.3-beta.1");
    expect(nugetVersion("(1.0,)")).toBeUndefined();
    expect(nugetVersion("(,2.0]")).toBeUndefined();
    expect(nugetVersion("[$(Ver),)")).toBeUndefined();
    expect(nugetVersion("13.0.1")).toBe("13.0.1");
    const source = new MemorySource({
      "Packages.props": [
        "<Project>",
        '  <ItemGroup><GlobalPackageReference Include="Microsoft.SourceLink.GitHub" Version="1.1.1" /></ItemGroup>',
        "  <ItemGroup>",
        '    <PackageReference Update="OpenTelemetry" Version="1.2.0" />',
        '    <PackageReference Update="Moq" Version="4.17.2" />',
        "  </ItemGroup>",
        "</Project>",
      ].join("\n"),
      "src/Tracing/Tracing.csproj": '<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><TargetFramework>net6.0</TargetFramework></PropertyGroup><ItemGroup><PackageReference Include="OpenTelemetry" /><PackageReference Include="CouchbaseNetClient" Version="3.2.*" /></ItemGroup></Project>',
      "tests/Unit/Unit.csproj": '<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><TargetFramework>net6.0</TargetFramework></PropertyGroup><ItemGroup><PackageReference Include="Moq" /></ItemGroup></Project>',
    });
    const { document } = await scan(source, { git: false });
    expect(tool(document.tools, "OpenTelemetry")).toMatchObject({ version: "1.2.0", detection_source: "src/Tracing/Tracing.csproj" });
    expect(tool(document.tools, "Moq")?.version).toBe("4.17.2");
    expect(pkg(document.tools, "CouchbaseNetClient")?.version).toBe("3.2");
    expect(pkg(document.tools, "Microsoft.SourceLink.GitHub")).toMatchObject({ version: "1.1.1", detection_source: "Packages.props" });
  });

  it("a GlobalPackageReference versioned by a property of a file Directory.Packages.props imports", async () => {
    const source = new MemorySource({
      "Directory.Packages.props": [
        "<Project>",
        '  <Import Project="eng/Versions.props" />',
        "  <PropertyGroup><ManagePackageVersionsCentrally>true</ManagePackageVersionsCentrally></PropertyGroup>",
        '  <ItemGroup><PackageVersion Include="Serilog" Version="$(SerilogVersion)" /></ItemGroup>',
        '  <ItemGroup><GlobalPackageReference Include="Microsoft.SourceLink.GitHub" Version="$(SourceLinkVersion)" /></ItemGroup>',
        "</Project>",
      ].join("\n"),
      "eng/Versions.props": "<Project><PropertyGroup><SerilogVersion>3.1.1</SerilogVersion><SourceLinkVersion>8.0.0</SourceLinkVersion></PropertyGroup></Project>",
      "src/Api/Api.csproj": '<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup><ItemGroup><PackageReference Include="Serilog" /></ItemGroup></Project>',
    });
    const { document } = await scan(source, { git: false });
    expect(tool(document.tools, "Serilog")?.version).toBe("3.1.1");
    expect(pkg(document.tools, "Microsoft.SourceLink.GitHub")).toMatchObject({ version: "8.0.0", detection_source: "Directory.Packages.props" });
  });

  it("an old-style project's packages are its packages.config's, not the HintPaths that point into the restored folder", async () => {
    // Modelled on a generated .NET Framework API client and its test project (each with a packages.config).
    const project = (name: string, extra: string, client = true) =>
      [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<Project ToolsVersion="12.0" DefaultTargets="Build" xmlns="http://schemas.microsoft.com/developer/msbuild/2003">',
        `  <PropertyGroup><OutputType>Library</OutputType><RootNamespace>${name}</RootNamespace><TargetFrameworkVersion>v4.8</TargetFrameworkVersion></PropertyGroup>`,
        "  <ItemGroup>",
        '    <Reference Include="System" />',
        client ? '    <Reference Include="RestSharp"><HintPath Condition="Exists(\'..\\packages\')">..\\packages\\RestSharp.105.1.0\\lib\\net45\\RestSharp.dll</HintPath></Reference>' : "",
        extra,
        "  </ItemGroup>",
        '  <ItemGroup><None Include="packages.config" /></ItemGroup>',
        "</Project>",
      ].join("\n");
    const config = (extra: string) => `<?xml version="1.0" encoding="utf-8"?>\n<packages>\n${extra}  <package id="RestSharp" version="105.1.0" targetFramework="net45" developmentDependency="true" />\n</packages>\n`;
    const nunit = '    <Reference Include="nunit.framework"><HintPath>..\\packages\\NUnit.2.6.4\\lib\\nunit.framework.dll</HintPath></Reference>';
    const { document } = await scan(
      new MemorySource({
        "src/Client/Client.csproj": project("Client", ""),
        "src/Client/packages.config": config(""),
        "src/Client.Test/Client.Test.csproj": project("Client.Test", nunit),
        "src/Client.Test/packages.config": config('  <package id="NUnit" version="2.6.4" targetFramework="net45" />\n'),
        // A project whose packages.config names none of them (here an empty one) still shows what its HintPaths restored.
        "tools/Legacy/packages.config": "",
        "tools/Legacy/Legacy.csproj": project("Legacy", '    <Reference Include="Newtonsoft.Json"><HintPath>..\\packages\\Newtonsoft.Json.10.0.3\\lib\\net45\\Newtonsoft.Json.dll</HintPath></Reference>', false),
      }),
      { git: false },
    );
    expect(tool(document.tools, "NUnit")).toMatchObject({ detection_source: "src/Client.Test/packages.config" });
    expect(tool(document.tools, "RestSharp")).toMatchObject({ version: "105.1.0", detection_source: expect.stringMatching(/^src\/Client(\.Test)?\/packages\.config$/) });
    expect(pkg(document.tools, "Newtonsoft.Json")).toMatchObject({ version: "10.0.3", detection_source: "tools/Legacy/Legacy.csproj" });
  });

  it("an old .NET Framework web app with packages.config", async () => {
    const { document } = await scan(fixture("dotnet-framework-app"), { git: false });
    expect(tool(document.tools, "ASP.NET")?.version).toBe("4.5");
    expect(tool(document.tools, "Entity Framework")?.version).toBe("6.2.0");
    expect(tool(document.tools, "Bootstrap")?.version).toBe("3.4.1");
    expect(pkg(document.tools, "Newtonsoft.Json")?.version).toBe("11.0.1");
  });

  it("Directory.Build.props frameworks and packages; F# projects; malformed files are warnings", async () => {
    expect(readProject(undefined)).toEqual({ frameworks: [], packages: [], globalPackages: [], webApplication: false, frameworkReferences: [], properties: new Map() });
    expect(readProject({ Project: [{ ItemGroup: [{ PackageReference: [{ "@_Include": 7 }, "text"] }] }] }).packages).toEqual([]);
    expect(readPackagesConfig({ packages: "oops" })).toEqual([]);
    const { document, warnings } = await scan(
      new MemorySource({
        "Directory.Build.props": '<Project><PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup><ItemGroup><PackageReference Include="StyleCop.Analyzers" Version="1.1.118" /></ItemGroup></Project>',
        "src/Core/Core.fsproj": '<Project Sdk="Microsoft.NET.Sdk"><ItemGroup><PackageReference Include="Serilog" Version="3.1.1" /></ItemGroup></Project>',
        "src/Broken/Broken.csproj": "<Project> <<< not xml",
        "global.json": "{ not json",
      }),
      { git: false },
    );
    expect(warnings.map((w) => w.file)).toEqual(expect.arrayContaining(["src/Broken/Broken.csproj", "global.json"]));
    expect(tool(document.tools, ".NET Core")?.version).toBe("8.0");
    expect(tool(document.tools, ".NET")).toBeDefined();
    expect(tool(document.tools, "F#")).toBeDefined();
    expect(tool(document.tools, "Serilog")?.version).toBe("3.1.1");
    expect(pkg(document.tools, "StyleCop.Analyzers")?.version).toBe("1.1.118");
  });
});
