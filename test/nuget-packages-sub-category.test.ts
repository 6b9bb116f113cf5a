import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { pkg, tool } from "./helpers.js";

// The site spells the sub-category with NuGet's capital G in every stack file, for package entries
// and for the one tool it files there (FluentValidation); the catalog's title-cased slug gave "Nuget".
describe("the NuGet Packages sub-category", () => {
  const csproj = `<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net7.0</TargetFramework>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="FluentValidation" Version="11.5.2" />
    <PackageReference Include="FluentValidation.DependencyInjectionExtensions" Version="11.5.2" />
    <PackageReference Include="Microsoft.Extensions.Http" Version="7.0.0" />
  </ItemGroup>
</Project>
`;
  it("is written as the site writes it, for the tool filed there and for package entries", async () => {
    const { document } = await scan(new MemorySource({ "src/Application/Application.csproj": csproj }), { git: false });
    expect(tool(document.tools, "FluentValidation")).toMatchObject({ category: "Libraries", sub_category: "NuGet Packages" });
    expect(pkg(document.tools, "Microsoft.Extensions.Http")).toMatchObject({ sub_category: "NuGet Packages" });
  });
});
