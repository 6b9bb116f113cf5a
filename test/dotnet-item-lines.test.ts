import { describe, expect, it } from "vitest";
import { packageItemDeclarations, packageItemLines } from "../detectors/dotnet/item-lines.js";

describe("packageItemLines", () => {
  it("finds each package item's line by its Include or Update, ids without case, comments skipped", () => {
    const text = `<Project Sdk="Microsoft.NET.Sdk">
  <!-- <PackageReference Include="Serilog" Version="2.0.0" /> -->
  <ItemGroup>
    <PackageReference Version="3.1.1"
                      Include='Serilog' />
    <PackageReference Update="xunit" Version="2.8.0" />
    <GlobalPackageReference Include="Microsoft.SourceLink.GitHub" Version="8.0.0" />
    <PackageVersion Include="Dapper" Version="2.1.35" />
  </ItemGroup>
</Project>`;
    const line = packageItemLines(text);
    expect(line("Serilog")).toBe(4);
    expect(line("XUnit")).toBe(6);
    expect(line("Microsoft.SourceLink.GitHub")).toBe(7);
    expect(line("dapper")).toBe(8);
    expect(line("Newtonsoft.Json")).toBeUndefined();
  });
});

describe("packageItemDeclarations", () => {
  it("gives an item's version line where it is another than the item's: an attribute on a later line, a child <Version> or <VersionOverride>", () => {
    const text = `<Project Sdk="Microsoft.NET.Sdk">
  <ItemGroup>
    <PackageReference Include="Serilog.AspNetCore">
      <PrivateAssets>all</PrivateAssets>
      <Version>8.0.1</Version>
    </PackageReference>
    <PackageReference Include="Dapper"
                      Version="2.1.35" />
    <PackageReference Include="Polly" VersionOverride="8.4.0" />
    <PackageReference Include="Humanizer" />
    <PackageReference Include="Scrutor"></PackageReference>
    <PackageReference Include="xunit"><VersionOverride>2.8.0</VersionOverride></PackageReference>
  </ItemGroup>
</Project>`;
    const at = packageItemDeclarations(text);
    expect(at("serilog.aspnetcore")).toEqual({ line: 3, version: 5 });
    expect(at("Dapper")).toEqual({ line: 7, version: 8 });
    expect(at("Polly")).toEqual({ line: 9 });
    expect(at("Humanizer")).toEqual({ line: 10 });
    // An empty body ends at its closing tag: the next item's version is not its own.
    expect(at("Scrutor")).toEqual({ line: 11 });
    expect(at("xunit")).toEqual({ line: 12 });
  });
});

describe("a shared build file's package items cite their own lines", () => {
  it("Directory.Build.targets' Include items, each at its line", async () => {
    const { detectorFindings } = await import("./detector-findings.js");
    const { dotnetDetector } = await import("../detectors/dotnet/index.js");
    const targets = `<Project>
  <ItemGroup>
    <PackageReference Include="StyleCop.Analyzers" Version="1.1.118" PrivateAssets="all" />
    <PackageReference Include="Microsoft.SourceLink.GitHub" Version="8.0.0" PrivateAssets="all" />
  </ItemGroup>
</Project>
`;
    const project = `<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup>\n</Project>\n`;
    const { findings } = await detectorFindings(dotnetDetector, { "Directory.Build.targets": targets, "src/Lib/Lib.csproj": project });
    const lines = Object.fromEntries(findings.filter((f) => f.file === "Directory.Build.targets" && f.ref.startsWith("nuget:")).map((f) => [f.ref, f.line]));
    expect(lines).toEqual({ "nuget:StyleCop.Analyzers": 3, "nuget:Microsoft.SourceLink.GitHub": 4 });
  });
});
