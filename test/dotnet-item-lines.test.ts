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
