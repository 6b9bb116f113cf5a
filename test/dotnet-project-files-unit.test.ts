import { describe, expect, it } from "vitest";
import { importsOuterProps, readCentralVersions, readPackageItems, readProject, relativeImports } from "../detectors/dotnet/project.js";
import { parseXml } from "../src/parse/xml.js";

// project.ts's readers called alone on MSBuild files as .NET solutions keep them: SDK-style projects
// in each of MSBuild's three SDK forms, an old-style project's HintPaths, Directory.Packages.props
// with a conditional group, Directory.Build.targets items, and the imports that chain props files.

const xml = (text: string) => parseXml(text);

describe("readProject", () => {
  it("reads the SDK from the Project attribute, an <Sdk Name> element, or an explicit Sdk.props import", () => {
    expect(readProject(xml(`<Project Sdk="Godot.NET.Sdk/4.2.1"><PropertyGroup><TargetFramework>net6.0</TargetFramework></PropertyGroup></Project>`))).toMatchObject({ sdk: "Godot.NET.Sdk", sdkVersion: "4.2.1" });
    expect(readProject(xml(`<Project><Sdk Name="Microsoft.NET.Sdk.Worker" /><PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup></Project>`)).sdk).toBe("Microsoft.NET.Sdk.Worker");
    const imported = readProject(
      xml(`<Project>
  <Import Project="Sdk.props" Sdk="Microsoft.NET.Sdk.Web" />
  <PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup>
  <Import Project="Sdk.targets" Sdk="Microsoft.NET.Sdk.Web" />
</Project>`),
    );
    expect(imported.sdk).toBe("Microsoft.NET.Sdk.Web");
    expect(imported.sdkVersion).toBeUndefined();
    expect(readProject(xml(`<Project Sdk="   "><PropertyGroup /></Project>`)).sdk).toBeUndefined();
  });

  it("takes a package's release from a HintPath whose version parts run to two digits, and lists it once", () => {
    const project = readProject(
      xml(`<Project ToolsVersion="15.0" xmlns="http://schemas.microsoft.com/developer/msbuild/2003">
  <ItemGroup>
    <Reference Include="Microsoft.ApplicationInsights, Version=2.21.0.429"><HintPath>..\\packages\\Microsoft.ApplicationInsights.2.21.0\\lib\\net46\\Microsoft.ApplicationInsights.dll</HintPath></Reference>
  </ItemGroup>
</Project>`),
    );
    expect(project.packages).toEqual([{ id: "Microsoft.ApplicationInsights", version: "2.21.0" }]);
    expect(project.hintPathPackages).toEqual(["Microsoft.ApplicationInsights"]);
  });

  it("splits a framework list a property holds, its trailing separator and spaces left out", () => {
    const project = readProject(
      xml(`<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <SupportedTargets>net8.0; net6.0;</SupportedTargets>
    <TargetFrameworks>$(SupportedTargets)</TargetFrameworks>
  </PropertyGroup>
</Project>`),
    );
    expect(project.frameworks).toEqual(["net8.0", "net6.0"]);
  });

  it("a property an element's own Condition sets only fills one no unconditional element sets, before or after it", () => {
    const project = readProject(
      xml(`<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFrameworks>net8.0;net6.0</TargetFrameworks>
    <EfVersion>8.0.1</EfVersion>
    <EfVersion Condition="'$(TargetFramework)' == 'net6.0'">6.0.25</EfVersion>
    <LangVersion Condition="'$(TargetFramework)' == 'net6.0'">10.0</LangVersion>
    <LangVersion>12.0</LangVersion>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Microsoft.EntityFrameworkCore" Version="$(EfVersion)" />
  </ItemGroup>
</Project>`),
    );
    expect(project.properties.get("efversion")).toBe("8.0.1");
    expect(project.properties.get("langversion")).toBe("12.0");
    expect(project.packages).toEqual([{ id: "Microsoft.EntityFrameworkCore", version: "8.0.1" }]);
  });

  it("reads a FrameworkReference's shared framework, trimmed, and skips one without a name", () => {
    const project = readProject(xml(`<Project Sdk="Microsoft.NET.Sdk"><ItemGroup><FrameworkReference Include=" Microsoft.AspNetCore.App " /><FrameworkReference Include="" /><FrameworkReference /></ItemGroup></Project>`));
    expect(project.frameworkReferences).toEqual(["Microsoft.AspNetCore.App"]);
  });
});

describe("readPackageItems and readCentralVersions", () => {
  it("Directory.Build.targets: the Include and the Update items apart, ids trimmed, unnamed items skipped", () => {
    const targets = xml(`<Project>
  <ItemGroup>
    <PackageReference Include="StyleCop.Analyzers" Version="1.2.0-beta.556" PrivateAssets="all" />
    <PackageReference Update=" Newtonsoft.Json " Version="13.0.3" />
    <PackageReference Update="Serilog" />
    <PackageReference Include="" Version="1.0.0" />
  </ItemGroup>
</Project>`);
    expect(readPackageItems(targets, "Include")).toEqual([{ id: "StyleCop.Analyzers", version: "1.2.0-beta.556" }]);
    expect(readPackageItems(targets, "Update")).toEqual([{ id: "Newtonsoft.Json", version: "13.0.3" }, { id: "Serilog" }]);
    expect(readPackageItems(undefined, "Include")).toEqual([]);
  });

  it("Directory.Packages.props: a conditional group only fills a package the plain items leave unversioned; an item without an id is skipped", () => {
    const props = xml(`<Project>
  <PropertyGroup><ManagePackageVersionsCentrally>true</ManagePackageVersionsCentrally></PropertyGroup>
  <ItemGroup>
    <PackageVersion Include=" Microsoft.EntityFrameworkCore " Version="8.0.1" />
    <PackageVersion Version="1.0.0" />
  </ItemGroup>
  <ItemGroup Condition="'$(TargetFramework)' == 'net6.0'">
    <PackageVersion Include="Microsoft.EntityFrameworkCore" Version="6.0.25" />
    <PackageVersion Include="System.Text.Json" Version="6.0.9" />
  </ItemGroup>
  <ItemGroup>
    <PackageVersion Include="Polly" Version="7.2.4" Condition="'$(TargetFramework)' == 'net6.0'" />
    <PackageVersion Include="Polly" Version="8.2.0" />
    <PackageVersion Include="Serilog" Version="3.1.1" />
    <PackageVersion Include="Serilog" Version="2.12.0" Condition="'$(TargetFramework)' == 'net48'" />
  </ItemGroup>
</Project>`);
    expect([...readCentralVersions(props)]).toEqual([
      ["microsoft.entityframeworkcore", "8.0.1"],
      ["system.text.json", "6.0.9"],
      ["polly", "8.2.0"],
      ["serilog", "3.1.1"],
    ]);
    expect(readCentralVersions(undefined).size).toBe(0);
  });
});

describe("relativeImports and importsOuterProps", () => {
  it("keeps a project's relative props and targets imports, leaving out SDK imports, Directory files, absolute paths and paths built from properties", () => {
    const project = xml(`<Project Sdk="Microsoft.NET.Sdk">
  <Import Project="..\\..\\build\\Versions.props" />
  <Import Project=" $(MSBuildThisFileDirectory)..\\eng\\Dependencies.props " />
  <Import Project="$(MSBuildProjectDirectory)/common.targets" />
  <Import Project="$(MSBuildThisFileDirectory)Packages.props" />
  <Import Project="Sdk.props" Sdk="Microsoft.NET.Sdk" />
  <Import Project="..\\Directory.Build.props" />
  <Import Project="eng/Directory.Packages.targets" />
  <Import Project="C:\\shared\\Company.props" />
  <Import Project="$(RepoRoot)eng\\Versions.props" />
  <Import Project="..\\tools\\sign.ps1" />
  <Import Project="..\\other\\MyDirectory.Build.props" />
  <Import Project="Directory.Packages.props" />
  <Import />
</Project>`);
    expect(relativeImports(project)).toEqual(["..\\..\\build\\Versions.props", "..\\eng\\Dependencies.props", "common.targets", "Packages.props", "..\\other\\MyDirectory.Build.props"]);
    expect(relativeImports(undefined)).toEqual([]);
  });

  it("tells whether a Directory.Build.props or Directory.Packages.props imports the one above it", () => {
    const chained = xml(`<Project>
  <Import Project="$([MSBuild]::GetPathOfFileAbove('Directory.Build.props', '$(MSBuildThisFileDirectory)../'))" />
</Project>`);
    expect(importsOuterProps(chained)).toBe(true);
    expect(importsOuterProps(chained, "Directory.Packages.props")).toBe(false);
    const packages = xml(`<Project><Import Project="..\\DIRECTORY.PACKAGES.PROPS" /><Import Project="eng/Versions.props" /></Project>`);
    expect(importsOuterProps(packages, "Directory.Packages.props")).toBe(true);
    expect(importsOuterProps(packages)).toBe(false);
    expect(importsOuterProps(xml(`<Project><Import /></Project>`))).toBe(false);
    expect(importsOuterProps(undefined)).toBe(false);
  });
});
