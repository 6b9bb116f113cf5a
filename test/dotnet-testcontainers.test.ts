import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { tool } from "./helpers.js";

describe("Testcontainers for .NET", () => {
  it("an integration-test project referencing Testcontainers and a module names Testcontainers without the library's release", async () => {
    // Modelled on an ASP.NET Core API's integration tests against PostgreSQL in a container.
    const csproj = `<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net7.0</TargetFramework>
    <IsTestProject>true</IsTestProject>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Microsoft.NET.Test.Sdk" Version="17.6.3" />
    <PackageReference Include="Testcontainers" Version="3.3.0" />
    <PackageReference Include="Testcontainers.PostgreSql" Version="3.3.0" />
    <PackageReference Include="xunit" Version="2.5.0" />
  </ItemGroup>
</Project>
`;
    const { document } = await scan(new MemorySource({ "tests/IntegrationTests/IntegrationTests.csproj": csproj }), { git: false });
    const found = tool(document.tools, "Testcontainers");
    expect(found).toMatchObject({ detection_source: "tests/IntegrationTests/IntegrationTests.csproj" });
    expect(found?.version).toBeUndefined();
    expect(tool(document.tools, "xUnit")?.version).toBe("2.5.0");
  });
});
