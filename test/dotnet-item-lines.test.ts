import { describe, expect, it } from "vitest";
import { packageItemLines } from "../detectors/dotnet/item-lines.js";

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
