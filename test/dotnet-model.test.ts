import { describe, expect, it } from "vitest";
import { detectorFindings } from "./detector-findings.js";
import { dotnetDetector, nugetVersion } from "../detectors/dotnet/index.js";
import { expandProperties, frameworkOf, readPackagesConfig, readProject } from "../detectors/dotnet/project.js";
import { readPaketDependencies, readPaketLock } from "../detectors/dotnet/paket.js";
import { parseXml } from "../src/parse/xml.js";

// The .NET reader finding by finding: project files, Directory.Build.props, central versions,
// packages.lock.json, packages.config, global.json and dotnet tools, on a solution laid out as real
// ones are.

/** What the .NET detector alone reports for a tree (ordered by file, then ref), and the warnings. */
const dotnet = (files: Record<string, string>) => detectorFindings(dotnetDetector, files, "as found");

const csproj = (sdk: string, body: string) => `<Project Sdk="${sdk}">\n${body}\n</Project>\n`;

describe("nugetVersion", () => {
  it("a plain version as written, a floating one by its fixed prefix, a range by an inclusive lower bound", () => {
    expect(nugetVersion("8.0.1")).toBe("8.0.1");
    expect(nugetVersion("13.0.3-beta1")).toBe("13.0.3-beta1");
    expect(nugetVersion("3.2.*")).toBe("3.2");
    expect(nugetVersion("6.*")).toBe("6");
    expect(nugetVersion(" 7.0.* ")).toBe("7.0");
    expect(nugetVersion("[1.2.3]")).toBe("1.2.3");
    expect(nugetVersion("[ 2.1.0 ]")).toBe("2.1.0");
    expect(nugetVersion("[1.2.3, )")).toBe("1.2.3");
    expect(nugetVersion("[1.0,2.0)")).toBe("1.0");
    expect(nugetVersion("[4.1.0-rc.2,5.0.0]")).toBe("4.1.0-rc.2");
    expect(nugetVersion(" [3.0.0] ")).toBe("3.0.0");
  });

  it("no version from an exclusive or missing lower bound, a wildcard, a property or nothing", () => {
    for (const spec of [undefined, "", "*", "(1.0,)", "(,2.0]", "[1.0,2.0,3.0]", "[1.0", "1.0.*-beta", "$(EfVersion)", "[,1.0]"]) {
      expect(nugetVersion(spec), String(spec)).toBeUndefined();
    }
    // An inclusive lower bound is one.
    expect(nugetVersion("[1.0,2.0)")).toBe("1.0");
  });
});

describe("frameworkOf", () => {
  it("every moniker family, with and without a platform suffix", () => {
    expect(frameworkOf("netcoreapp3.1")).toStrictEqual({ family: "netcoreapp", version: "3.1" });
    expect(frameworkOf("netstandard2.1")).toStrictEqual({ family: "netstandard", version: "2.1" });
    expect(frameworkOf(" NET8.0-android34.0 ")).toStrictEqual({ family: "net", version: "8.0" });
    expect(frameworkOf("net48")).toStrictEqual({ family: "netframework", version: "4.8" });
    expect(frameworkOf("net462")).toStrictEqual({ family: "netframework", version: "4.6.2" });
    expect(frameworkOf("v4.7.2")).toStrictEqual({ family: "netframework", version: "4.7.2" });
    expect(frameworkOf("MonoAndroid10.0")).toStrictEqual({ family: "xamarin" });
    expect(frameworkOf("monotouch10")).toStrictEqual({ family: "xamarin" });
  });

  it("nothing for what is no framework moniker", () => {
    for (const tfm of ["netcoreapp3", "netstandard2", "net8", "net4721", "v4", "uap10.0", "xnetcoreapp3.1", "netcoreapp3.1x", "anet8.0", "net8.0x", "xnet472", "xv4.5", "v4.5x", "net8.0.1", "netcoreapp3.1.2", "netstandard2.0.3"]) {
      expect(frameworkOf(tfm), tfm).toBeUndefined();
    }
    // The monikers they slip from are.
    expect(frameworkOf("netcoreapp3.1")).toStrictEqual({ family: "netcoreapp", version: "3.1" });
    expect(frameworkOf("net8.0")).toStrictEqual({ family: "net", version: "8.0" });
  });
});

describe("expandProperties", () => {
  it("looks a name up in each scope in turn, case-insensitively, through properties that refer to others", () => {
    const own = new Map([["efversion", "$(EfMajor).0.1"], ["efmajor", "8"]]);
    const outer = new Map([["serilogversion", "3.1.1"], ["efmajor", "7"]]);
    expect(expandProperties("$(EfVersion)", own, outer)).toBe("8.0.1");
    expect(expandProperties("$(SerilogVersion)", own, outer)).toBe("3.1.1");
    expect(expandProperties("$(Unknown)-$(EFMAJOR)", own, outer)).toBe("$(Unknown)-8");
    expect(expandProperties("1.0.0", own)).toBe("1.0.0");
  });

  it("stops after five rounds on a loop", () => {
    const loop = new Map([["a", "x$(B)"], ["b", "y$(A)"]]);
    expect(expandProperties("$(A)", loop)).toBe("xyxyx$(B)");
  });

  it("takes no round that would grow the value past 4,096 characters (a property naming itself ten times grew tenfold a round; a hundred times, past the heap)", () => {
    const tenfold = new Map([["a", "$(A)".repeat(10)]]);
    // Rounds one to three (40, 400, 4,000 characters) are taken, the fourth (40,000) is not.
    const expanded = expandProperties("$(A)", tenfold);
    expect(expanded.length).toBe(4000);
    expect(expanded === "$(A)".repeat(1000)).toBe(true);
    const hundredfold = new Map([["a", "$(A)".repeat(100)]]);
    expect(expandProperties("$(A)", hundredfold).length).toBeLessThanOrEqual(4096);
  });
});

describe("readProject", () => {
  it("an SDK-style project whole: properties, frameworks through properties, every kind of package reference", () => {
    const xml = csproj(
      "Microsoft.NET.Sdk.Web/8.0.100",
      `  <PropertyGroup Condition="'$(Configuration)' == 'Release'">
    <TargetFrameworks>net8.0;$(LegacyTfm);</TargetFrameworks>
    <LegacyTfm> net6.0 </LegacyTfm>
    <Nullable>enable</Nullable>
    <EfVersion>8.0.1</EfVersion>
    <Empty></Empty>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Microsoft.EntityFrameworkCore" Version="$(EfVersion)" />
    <PackageReference Include="Serilog.AspNetCore"><Version>8.0.0</Version></PackageReference>
    <PackageReference Include="Swashbuckle.AspNetCore" VersionOverride="6.5.0" />
    <PackageReference Include="Polly"><VersionOverride>8.2.0</VersionOverride></PackageReference>
    <PackageReference Update="Newtonsoft.Json" Version="13.0.3" />
    <PackageReference Include="Microsoft.Extensions.Http" />
    <PackageReference Version="1.0.0" />
    <PackageVersion Include="xunit" Version="2.6.6" />
    <GlobalPackageReference Include="Microsoft.SourceLink.GitHub" Version="8.0.0" />
    <GlobalPackageReference Include="Nerdbank.GitVersioning"><Version>3.6.133</Version></GlobalPackageReference>
    <GlobalPackageReference Include="StyleCop.Analyzers" />
    <GlobalPackageReference Version="1.0.0" />
  </ItemGroup>`,
    );
    expect(readProject(parseXml(xml))).toStrictEqual({
      sdk: "Microsoft.NET.Sdk.Web",
      sdkVersion: "8.0.100",
      frameworks: ["net8.0", "net6.0"],
      packages: [
        { id: "Microsoft.EntityFrameworkCore", version: "8.0.1" },
        { id: "Serilog.AspNetCore", version: "8.0.0" },
        { id: "Swashbuckle.AspNetCore", version: "6.5.0" },
        { id: "Polly", version: "8.2.0" },
        { id: "Newtonsoft.Json", version: "13.0.3" },
        { id: "Microsoft.Extensions.Http" },
        { id: "xunit", version: "2.6.6" },
      ],
      globalPackages: [{ id: "Microsoft.SourceLink.GitHub", version: "8.0.0" }, { id: "Nerdbank.GitVersioning", version: "3.6.133" }, { id: "StyleCop.Analyzers" }],
      webApplication: false,
      frameworkReferences: [],
      properties: new Map([["targetframeworks", "net8.0;$(LegacyTfm);"], ["legacytfm", "net6.0"], ["nullable", "enable"], ["efversion", "8.0.1"], ["empty", ""]]),
    });
  });

  it("an old-style web application: TargetFrameworkVersion, the project type GUID, HintPath packages once each", () => {
    const xml = `<?xml version="1.0" encoding="utf-8"?>
<Project ToolsVersion="15.0" xmlns="http://schemas.microsoft.com/developer/msbuild/2003">
  <PropertyGroup>
    <ProjectTypeGuids>{349C5851-65DF-11DA-9384-00065B846F21};{fae04ec0-301f-11d3-bf4b-00c04f79efbc}</ProjectTypeGuids>
    <TargetFrameworkVersion>v4.7.2</TargetFrameworkVersion>
  </PropertyGroup>
  <ItemGroup>
    <Reference Include="System.Web" />
    <Reference Include="Newtonsoft.Json, Version=12.0.0.0"><HintPath>..\\packages\\Newtonsoft.Json.12.0.3\\lib\\net45\\Newtonsoft.Json.dll</HintPath></Reference>
    <Reference Include="Newtonsoft.Json.Bson"><HintPath>..\\packages\\Newtonsoft.Json.12.0.3\\lib\\net45\\Newtonsoft.Json.Bson.dll</HintPath></Reference>
    <Reference Include="EntityFramework"><HintPath>../packages/EntityFramework.6.4.4/lib/net45/EntityFramework.dll</HintPath></Reference>
    <Reference Include="Antlr3"><HintPath>..\\packages\\Antlr.3.5.0.2-beta\\lib\\Antlr3.Runtime.dll</HintPath></Reference>
    <Reference Include="Local"><HintPath>..\\lib\\Local.1.0\\Local.dll</HintPath></Reference>
  </ItemGroup>
</Project>`;
    const project = readProject(parseXml(xml));
    expect(project.sdk).toBeUndefined();
    expect(project.webApplication).toBe(true);
    expect(project.frameworks).toStrictEqual(["v4.7.2"]);
    expect(project.packages).toStrictEqual([
      { id: "Newtonsoft.Json", version: "12.0.3" },
      { id: "EntityFramework", version: "6.4.4" },
      { id: "Antlr", version: "3.5.0.2-beta" },
    ]);
  });

  it("a Xamarin project, by its type GUID or its imported targets, targets Xamarin, not .NET Framework", () => {
    const byGuid = readProject(parseXml(`<Project><PropertyGroup><ProjectTypeGuids>{EFBA0AD7-5A72-4C68-AF49-83D382785DCF};{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}</ProjectTypeGuids><TargetFrameworkVersion>v9.0</TargetFrameworkVersion></PropertyGroup></Project>`));
    expect(byGuid.frameworks).toStrictEqual(["xamarin"]);
    const byImport = readProject(parseXml(`<Project><PropertyGroup><TargetFrameworkVersion>v1.0</TargetFrameworkVersion><TargetFramework>netstandard2.0</TargetFramework></PropertyGroup><Import Project="$(MSBuildExtensionsPath)\\Xamarin\\iOS\\Xamarin.iOS.CSharp.targets" /></Project>`));
    expect(byImport.frameworks).toStrictEqual(["netstandard2.0", "xamarin"]);
    const plain = readProject(parseXml(`<Project><PropertyGroup><TargetFrameworkVersion>v4.8</TargetFrameworkVersion></PropertyGroup><Import Project="$(MSBuildToolsPath)\\Microsoft.CSharp.targets" /></Project>`));
    expect(plain.frameworks).toStrictEqual(["v4.8"]);
    expect(plain.webApplication).toBe(false);
  });

  it("something that is no project reads as an empty one", () => {
    const empty = { frameworks: [], packages: [], globalPackages: [], webApplication: false, frameworkReferences: [], properties: new Map() };
    expect(readProject(undefined)).toStrictEqual(empty);
    expect(readProject(parseXml("<Project>text</Project>"))).toStrictEqual(empty);
    expect(readProject(parseXml(`<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup>text</PropertyGroup></Project>`))).toStrictEqual({ ...empty, sdk: "Microsoft.NET.Sdk" });
  });

  it("packages.config: each package with an id, its version as written", () => {
    const xml = `<?xml version="1.0" encoding="utf-8"?>
<packages>
  <package id="jQuery" version="3.4.1" targetFramework="net472" />
  <package id="Microsoft.AspNet.Mvc" version="5.2.7" targetFramework="net472" />
  <package version="1.0.0" />
  <package id="WebGrease" />
</packages>`;
    expect(readPackagesConfig(parseXml(xml))).toStrictEqual([
      { id: "jQuery", version: "3.4.1" },
      { id: "Microsoft.AspNet.Mvc", version: "5.2.7" },
      { id: "WebGrease", version: undefined },
    ]);
    expect(readPackagesConfig(undefined)).toStrictEqual([]);
  });
});

describe(".NET detector: a solution", () => {
  const files: Record<string, string> = {
    "Directory.Build.props": csproj(
      "",
      `  <PropertyGroup><TargetFramework>net8.0</TargetFramework><SerilogVersion>3.1.1</SerilogVersion><AppTfms>net8.0;net6.0</AppTfms></PropertyGroup>
  <ItemGroup><PackageReference Include="Microsoft.CodeAnalysis.NetAnalyzers" Version="8.0.0" /></ItemGroup>`,
    ).replace(' Sdk=""', ""),
    "Directory.Packages.props": `<Project>
  <PropertyGroup><ManagePackageVersionsCentrally>true</ManagePackageVersionsCentrally><EfVersion>8.0.1</EfVersion></PropertyGroup>
  <ItemGroup>
    <PackageVersion Include="Microsoft.EntityFrameworkCore.SqlServer" Version="$(EfVersion)" />
    <PackageVersion Include="Serilog" Version="$(SerilogVersion)" />
    <PackageVersion Include="xunit" Version="2.6.6" />
    <PackageVersion Include="Dapper" />
    <GlobalPackageReference Include="Microsoft.SourceLink.GitHub" Version="[8.0.0]" />
  </ItemGroup>
</Project>`,
    "src/Shop.Api/Shop.Api.csproj": csproj(
      "Microsoft.NET.Sdk.Web",
      `  <PropertyGroup><TargetFrameworks>$(AppTfms)</TargetFrameworks></PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Microsoft.EntityFrameworkCore.SqlServer" />
    <PackageReference Include="serilog" />
    <PackageReference Include="Swashbuckle.AspNetCore" Version="6.5.0" />
    <PackageReference Include="Dapper" />
  </ItemGroup>`,
    ),
    "src/Shop.Api/packages.lock.json": JSON.stringify({
      version: 1,
      dependencies: { "net8.0": { "Swashbuckle.AspNetCore": { type: "Direct", requested: "[6.5.0, )", resolved: "6.5.0" }, Serilog: { type: "Direct", resolved: 3.1 }, Other: null } },
    }),
    "tests/Shop.Tests/Shop.Tests.fsproj": csproj("Microsoft.NET.Sdk", `  <ItemGroup><PackageReference Include="xunit" VersionOverride="2.7.0" /></ItemGroup>`),
    "tools/Legacy/Legacy.vbproj": csproj("Microsoft.NET.Sdk", `  <PropertyGroup><TargetFramework>netstandard2.0</TargetFramework></PropertyGroup>`),
    "global.json": JSON.stringify({ sdk: { version: "8.0.100", rollForward: "latestFeature" } }),
    ".config/dotnet-tools.json": JSON.stringify({ version: 1, isRoot: true, tools: { "dotnet-ef": { version: "8.0.1", commands: ["dotnet-ef"] }, csharpier: {} } }),
  };

  it("reports each project's language, frameworks, SDK, packages at their central, locked or own versions", async () => {
    const { findings, warnings } = await dotnet(files);
    expect(warnings).toEqual([]);
    expect(findings).toStrictEqual([
      { ref: "format:nuget-references", file: ".config/dotnet-tools.json" },
      { ref: "format:nuget-references", file: ".config/dotnet-tools.json" },
      { ref: "nuget:csharpier", file: ".config/dotnet-tools.json", version: undefined },
      { ref: "nuget:dotnet-ef", file: ".config/dotnet-tools.json", version: "8.0.1" },
      { ref: "dotnet-framework:net", file: "Directory.Build.props", version: "8.0" },
      { ref: "dotnet-platform:net", file: "Directory.Build.props", version: "8.0" },
      { ref: "format:nuget-references", file: "Directory.Build.props" },
      { ref: "nuget:Microsoft.CodeAnalysis.NetAnalyzers", file: "Directory.Build.props", line: 3, declared: "8.0.0", version: "8.0.0", versionFile: undefined, direct: true },
      { ref: "format:nuget-references", file: "Directory.Packages.props" },
      { ref: "nuget:Microsoft.SourceLink.GitHub", file: "Directory.Packages.props", line: 8, version: "8.0.0", direct: true },
      { ref: "dotnet-framework:net", file: "src/Shop.Api/Shop.Api.csproj", version: "8.0" },
      { ref: "dotnet-framework:net", file: "src/Shop.Api/Shop.Api.csproj", version: "6.0" },
      { ref: "dotnet-language:csharp", file: "src/Shop.Api/Shop.Api.csproj" },
      { ref: "dotnet-platform:net", file: "src/Shop.Api/Shop.Api.csproj", version: "8.0" },
      { ref: "dotnet-platform:net", file: "src/Shop.Api/Shop.Api.csproj", version: "6.0" },
      { ref: "dotnet-sdk:microsoft.net.sdk.web", file: "src/Shop.Api/Shop.Api.csproj", version: "8.0" },
      { ref: "format:nuget-references", file: "src/Shop.Api/Shop.Api.csproj" },
      { ref: "nuget:Dapper", file: "src/Shop.Api/Shop.Api.csproj", line: 7, declared: undefined, version: undefined, versionFile: undefined, direct: true },
      { ref: "nuget:Microsoft.EntityFrameworkCore.SqlServer", file: "src/Shop.Api/Shop.Api.csproj", line: 4, alsoDeclaredAt: [{ file: "Directory.Packages.props", line: 4 }], declared: undefined, version: "8.0.1", versionFile: "Directory.Packages.props", direct: true },
      { ref: "nuget:Swashbuckle.AspNetCore", file: "src/Shop.Api/Shop.Api.csproj", line: 6, declared: "6.5.0", version: "6.5.0", versionFile: "src/Shop.Api/packages.lock.json", direct: true },
      { ref: "nuget:serilog", file: "src/Shop.Api/Shop.Api.csproj", line: 5, alsoDeclaredAt: [{ file: "Directory.Packages.props", line: 5 }], declared: undefined, version: "3.1.1", versionFile: "Directory.Packages.props", direct: true },
      // Frameworks set only in Directory.Build.props are reported there, not again for each project;
      // the project's SDK takes that framework's release, and as it references packages, so does the platform.
      { ref: "dotnet-language:fsharp", file: "tests/Shop.Tests/Shop.Tests.fsproj" },
      { ref: "dotnet-platform:net", file: "tests/Shop.Tests/Shop.Tests.fsproj", version: "8.0" },
      { ref: "dotnet-sdk:microsoft.net.sdk", file: "tests/Shop.Tests/Shop.Tests.fsproj", version: "8.0" },
      { ref: "format:nuget-references", file: "tests/Shop.Tests/Shop.Tests.fsproj" },
      { ref: "nuget:xunit", file: "tests/Shop.Tests/Shop.Tests.fsproj", line: 2, declared: "2.7.0", version: "2.7.0", versionFile: undefined, direct: true },
      { ref: "dotnet-framework:netstandard", file: "tools/Legacy/Legacy.vbproj", version: "2.0" },
      { ref: "dotnet-language:vb", file: "tools/Legacy/Legacy.vbproj" },
      { ref: "dotnet-sdk:microsoft.net.sdk", file: "tools/Legacy/Legacy.vbproj", version: "2.0" },
    ]);
  });

  it("the nearest central file serves a project; of two in one folder Directory.Packages.props wins; one without versions names no NuGet", async () => {
    const { findings } = await dotnet({
      "Directory.Packages.props": `<Project><ItemGroup><PackageVersion Include="Serilog" Version="3.1.1" /></ItemGroup></Project>`,
      "Packages.props": `<Project><ItemGroup><PackageReference Update="Serilog" Version="2.12.0" /></ItemGroup></Project>`,
      "legacy/Packages.props": `<Project><ItemGroup><PackageReference Update="Serilog" Version="2.10.0" /></ItemGroup></Project>`,
      "legacy/Old/Old.csproj": csproj("Microsoft.NET.Sdk", `<ItemGroup><PackageReference Include="Serilog" /></ItemGroup>`),
      "empty/Directory.Packages.props": `<Project><PropertyGroup><ManagePackageVersionsCentrally>true</ManagePackageVersionsCentrally></PropertyGroup></Project>`,
      "New/New.csproj": csproj("Microsoft.NET.Sdk", `<ItemGroup><PackageReference Include="Serilog" /></ItemGroup>`),
    });
    const at = (file: string) => findings.filter((f) => f.file === file).map((f) => [f.ref, f.version ?? null, f.versionFile ?? null]);
    expect(at("New/New.csproj")).toContainEqual(["nuget:Serilog", "3.1.1", "Directory.Packages.props"]);
    expect(at("legacy/Old/Old.csproj")).toContainEqual(["nuget:Serilog", "2.10.0", "legacy/Packages.props"]);
    expect(at("Directory.Packages.props")).toStrictEqual([["format:nuget-references", null, null]]);
    expect(at("legacy/Packages.props")).toStrictEqual([["format:nuget-references", null, null]]);
    expect(at("Packages.props")).toStrictEqual([]);
    expect(at("empty/Directory.Packages.props")).toStrictEqual([]);
  });

  it("a lockfile serves the project in its own folder only; a project pin outranks a central version", async () => {
    const lock = JSON.stringify({ version: 1, dependencies: { "net8.0": { Serilog: { type: "Direct", resolved: "3.1.1" } } } });
    const { findings } = await dotnet({
      "packages.lock.json": lock,
      "Directory.Packages.props": `<Project><ItemGroup><PackageVersion Include="Serilog" Version="3.0.0" /></ItemGroup></Project>`,
      "Root.csproj": csproj("Microsoft.NET.Sdk", `<ItemGroup><PackageReference Include="Serilog" /></ItemGroup>`),
      "Lib/Lib.csproj": csproj("Microsoft.NET.Sdk", `<ItemGroup><PackageReference Include="Serilog" /></ItemGroup>`),
      "Pinned/Pinned.csproj": csproj("Microsoft.NET.Sdk", `<ItemGroup><PackageReference Include="Serilog" Version="2.12.0" /></ItemGroup>`),
    });
    const serilog = findings.filter((f) => f.ref === "nuget:Serilog").map((f) => [f.file, f.version, f.versionFile ?? null]);
    expect(serilog).toStrictEqual([
      ["Lib/Lib.csproj", "3.0.0", "Directory.Packages.props"],
      ["Pinned/Pinned.csproj", "2.12.0", null],
      ["Root.csproj", "3.1.1", "packages.lock.json"],
    ]);
  });

  it("ASP.NET Core 2.x: the web SDK takes the shared framework package's release; an old web application its framework's", async () => {
    const web = (pkg: string) => csproj("Microsoft.NET.Sdk.Web", `<PropertyGroup><TargetFramework>netcoreapp2.1</TargetFramework></PropertyGroup><ItemGroup>${pkg}</ItemGroup>`);
    const sdkVersion = async (pkg: string) => (await dotnet({ "Web/Web.csproj": web(pkg) })).findings.find((f) => f.ref === "dotnet-sdk:microsoft.net.sdk.web")?.version;
    expect(await sdkVersion(`<PackageReference Include="Microsoft.AspNetCore.App" Version="2.1.1" />`)).toBe("2.1.1");
    expect(await sdkVersion(`<PackageReference Include="Microsoft.AspNetCore.All" Version="2.0.9" />`)).toBe("2.0.9");
    expect(await sdkVersion(`<PackageReference Include="Microsoft.AspNetCore.App" />`)).toBe("2.1");
    expect(await sdkVersion(`<PackageReference Include="Microsoft.AspNetCore.App" Version="2.1.*" />`)).toBe("2.1");
    expect(await sdkVersion(`<PackageReference Include="Microsoft.AspNetCore.Apps" Version="2.1.1" />`)).toBe("2.1");
    expect(await sdkVersion(`<PackageReference Include="Xunit.Microsoft.AspNetCore.App" Version="2.1.1" />`)).toBe("2.1");
    // Another SDK does not take the package's release.
    const worker = csproj("Microsoft.NET.Sdk.Worker", `<PropertyGroup><TargetFramework>netcoreapp2.1</TargetFramework></PropertyGroup><ItemGroup><PackageReference Include="Microsoft.AspNetCore.App" Version="2.1.1" /></ItemGroup>`);
    expect((await dotnet({ "W/W.csproj": worker })).findings.find((f) => f.ref === "dotnet-sdk:microsoft.net.sdk.worker")?.version).toBe("2.1");
    const old = `<Project ToolsVersion="15.0"><PropertyGroup><ProjectTypeGuids>{349c5851-65df-11da-9384-00065b846f21}</ProjectTypeGuids><TargetFrameworkVersion>v4.6.1</TargetFrameworkVersion></PropertyGroup></Project>`;
    const { findings } = await dotnet({ "Site/Site.csproj": old, "Site/packages.config": `<packages><package id="Microsoft.AspNet.Mvc" version="5.2.7" targetFramework="net461" /></packages>` });
    expect(findings).toStrictEqual([
      { ref: "dotnet-framework:netframework", file: "Site/Site.csproj", version: "4.6.1" },
      { ref: "dotnet-language:csharp", file: "Site/Site.csproj" },
      { ref: "dotnet-sdk:aspnet-web-application", file: "Site/Site.csproj", version: "4.6.1" },
      { ref: "nuget:Microsoft.AspNet.Mvc", file: "Site/packages.config", version: "5.2.7", direct: true },
    ]);
  });

  it("global.json without an SDK version and dotnet-tools.json without tools report nothing", async () => {
    const { findings } = await dotnet({ "global.json": JSON.stringify({ sdk: { rollForward: "latestMajor" }, "msbuild-sdks": {} }), "dotnet-tools.json": JSON.stringify({ version: 1 }), "a/global.json": JSON.stringify({ sdk: { version: 8 } }) });
    expect(findings).toStrictEqual([]);
    // An SDK version written as a string is read.
    expect((await dotnet({ "global.json": JSON.stringify({ sdk: { version: "8.0.100" } }) })).findings).not.toEqual([]);
  });
});

describe("Paket files as written", () => {
  it("paket.dependencies: aligned columns, bare names, ranges with an upper bound, exact pins, trailing comments, options", () => {
    const text = [
      "source https://api.nuget.org/v3/index.json",
      "nuget  FSharp.Core         ~> 8.0",
      "nuget Argu",
      "nuget Serilog >= 2.10 < 3.0 // pinned below 3",
      "nuget Giraffe >= 6.0.0 <= 6.4.0",
      "nuget Thoth.Json = 10.1.0 # exact",
      "nuget Fable.Core 4.0.0-beta2",
      "nuget Microsoft.NET.Test.Sdk framework: netcoreapp3.1",
      "nuget Legacy.Thing <= 2.0",
      "nuget Expecto == 10.1",
    ].join("\n");
    expect(readPaketDependencies(text).map((d) => [d.id, d.constraint ?? null, d.version ?? null])).toStrictEqual([
      ["FSharp.Core", "~> 8.0", "8.0"],
      ["Argu", null, null],
      ["Serilog", ">= 2.10 < 3.0", "2.10"],
      ["Giraffe", ">= 6.0.0 <= 6.4.0", "6.0.0"],
      ["Thoth.Json", "= 10.1.0", "10.1.0"],
      ["Fable.Core", "4.0.0-beta2", "4.0.0-beta2"],
      ["Microsoft.NET.Test.Sdk", null, null],
      ["Legacy.Thing", "<= 2.0", null],
      ["Expecto", "== 10.1", "10.1"],
    ]);
  });

  it("paket.lock: top-level NUGET entries only (not a dependency's exact pin, not HTTP files), the first group's release of a package", () => {
    const lock = [
      "NUGET",
      "  remote: https://api.nuget.org/v3/index.json",
      "    Expecto (10.1)",
      "      FSharp.Core (7.0.200)",
      "    FSharp.Core (6.0.7)",
      "HTTP",
      "  remote: https://raw.githubusercontent.com",
      "    FsUnit.fs (/fsprojects/FsUnit/master/src/FsUnit.NUnit/FsUnit.fs)",
      "",
      "GROUP Test",
      "NUGET",
      "  remote: https://api.nuget.org/v3/index.json",
      "    FSharp.Core (8.0.100)",
      "    NUnit (3.14)",
    ].join("\n");
    expect([...readPaketLock(lock)]).toStrictEqual([["expecto", "10.1"], ["fsharp.core", "6.0.7"], ["nunit", "3.14"]]);
  });
});

describe("FrameworkReference", () => {
  it("a project on the bare SDK referencing ASP.NET Core's shared framework names ASP.NET Core at its target framework's release; the desktop framework names nothing of its own", async () => {
    const { MemorySource, scan } = await import("../src/index.js");
    const lib = `<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup>
  <ItemGroup><FrameworkReference Include="Microsoft.AspNetCore.App" /></ItemGroup>
</Project>`;
    const { document, warnings } = await scan(new MemorySource({ "src/Web.Extensions/Web.Extensions.csproj": lib }), { git: false });
    expect(warnings).toEqual([]);
    expect(document.tools.find((t) => t.name === "ASP.NET Core")).toMatchObject({ version: "8.0", detection_source: "src/Web.Extensions/Web.Extensions.csproj" });
    const desktop = await scan(new MemorySource({ "App/App.csproj": lib.replace("Microsoft.AspNetCore.App", "Microsoft.WindowsDesktop.App") }), { git: false });
    // (ASP.NET Core there comes from net8.0, as for every .NET Core framework.)
    expect(desktop.document.tools.map((t) => t.name).sort()).toEqual([".NET Core", "ASP.NET Core", "C#"]);
  });
});
