import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { tool } from "./helpers.js";

// An old-style project (a ToolsVersion csproj with a TargetFrameworkVersion, packages.config beside
// it), as Visual Studio wrote them for .NET Framework.
const oldStyle = (outputType: string, version: string, extra = "") => `<?xml version="1.0" encoding="utf-8"?>
<Project ToolsVersion="14.0" DefaultTargets="Build" xmlns="http://schemas.microsoft.com/developer/msbuild/2003">
  <Import Project="$(MSBuildExtensionsPath)\\$(MSBuildToolsVersion)\\Microsoft.Common.props" Condition="Exists('$(MSBuildExtensionsPath)\\$(MSBuildToolsVersion)\\Microsoft.Common.props')" />
  <PropertyGroup>
    <Configuration Condition=" '$(Configuration)' == '' ">Debug</Configuration>
    <Platform Condition=" '$(Platform)' == '' ">AnyCPU</Platform>
    <ProjectGuid>{6A3B1E0C-5D1F-4E27-9C0B-2B7F1C3A9E41}</ProjectGuid>
    <OutputType>${outputType}</OutputType>
    <RootNamespace>Uploader</RootNamespace>
    <AssemblyName>Uploader</AssemblyName>
    <TargetFrameworkVersion>${version}</TargetFrameworkVersion>
    <FileAlignment>512</FileAlignment>${extra}
  </PropertyGroup>
  <ItemGroup>
    <Reference Include="Newtonsoft.Json, Version=10.0.0.0, Culture=neutral, PublicKeyToken=30ad4fe6b2a6aeed, processorArchitecture=MSIL">
      <HintPath>..\\packages\\Newtonsoft.Json.10.0.3\\lib\\net45\\Newtonsoft.Json.dll</HintPath>
    </Reference>
    <Reference Include="System" />
    <Reference Include="System.Core" />
  </ItemGroup>
  <ItemGroup>
    <Compile Include="Program.cs" />
  </ItemGroup>
  <ItemGroup>
    <None Include="packages.config" />
  </ItemGroup>
  <Import Project="$(MSBuildToolsPath)\\Microsoft.CSharp.targets" />
</Project>
`;
const packagesConfig = `<?xml version="1.0" encoding="utf-8"?>
<packages>
  <package id="Newtonsoft.Json" version="10.0.3" targetFramework="net452" />
</packages>
`;

// The site names ASP.NET at a .NET Framework project's release whatever its kind, as it names ASP.NET
// Core beside .NET Core: a console exe at 4.5.2, a generated client library at 4.8, an MVC app at 4.5
// (3 owners, none against; docs/site-differences.md, "Watch list, stop 53").
describe(".NET Framework target frameworks name ASP.NET", () => {
  it("an old-style console exe names ASP.NET and .NET at its TargetFrameworkVersion", async () => {
    const { document } = await scan(
      new MemorySource({ "Console/Uploader.Console.csproj": oldStyle("Exe", "v4.5.2"), "Console/packages.config": packagesConfig }),
      { git: false },
    );
    expect(tool(document.tools, "ASP.NET")).toMatchObject({ version: "4.5.2", detection_source: "Console/Uploader.Console.csproj" });
    // .NET itself with no release, as the site writes it (Seddryck/cosmosdb-graph-uploader: ASP.NET 4.5.2, .NET without one).
    expect(tool(document.tools, ".NET")).toBeDefined();
    expect(tool(document.tools, ".NET")?.version).toBeUndefined();
  });

  it("an old-style class library too, at its release", async () => {
    const { document } = await scan(new MemorySource({ "src/IO.Client/IO.Client.csproj": oldStyle("Library", "v4.8") }), { git: false });
    expect(tool(document.tools, "ASP.NET")).toMatchObject({ version: "4.8", detection_source: "src/IO.Client/IO.Client.csproj" });
  });

  it("not a Xamarin project, whose TargetFrameworkVersion is its platform's (v9.0 is Android 9)", async () => {
    const android = oldStyle(
      "Library",
      "v9.0",
      "\n    <ProjectTypeGuids>{EFBA0AD7-5A72-4C68-AF49-83D382785DCF};{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}</ProjectTypeGuids>\n    <AndroidUseLatestPlatformSdk>false</AndroidUseLatestPlatformSdk>",
    );
    const { document } = await scan(new MemorySource({ "Input/Input.Android/Input.Android.csproj": android }), { git: false });
    expect(tool(document.tools, "Xamarin")).toBeDefined();
    expect(tool(document.tools, "ASP.NET")).toBeUndefined();
  });

  it("nor a .NET Standard library", async () => {
    const lib = `<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n    <TargetFramework>netstandard2.0</TargetFramework>\n  </PropertyGroup>\n</Project>\n`;
    const { document } = await scan(new MemorySource({ "Lib/Lib.csproj": lib }), { git: false });
    expect(tool(document.tools, "C#")).toMatchObject({ detection_source: "Lib/Lib.csproj" });
    expect(tool(document.tools, "ASP.NET")).toBeUndefined();
  });
});
