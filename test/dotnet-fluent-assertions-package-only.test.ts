import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { tool } from "./helpers.js";

describe("FluentAssertions", () => {
  // A test project of an ASP.NET Core API: xUnit, Moq and the assertion library.
  const csproj = `<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net7.0</TargetFramework>
    <IsTestProject>true</IsTestProject>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="FluentAssertions" Version="6.11.0" />
    <PackageReference Include="Microsoft.NET.Test.Sdk" Version="17.6.3" />
    <PackageReference Include="Moq" Version="4.18.4" />
    <PackageReference Include="xunit" Version="2.4.2" />
  </ItemGroup>
</Project>
`;
  it("is a package entry and names no Fluent Assertions tool by default", async () => {
    const { document } = await scan(new MemorySource({ "test/Api.Tests/Api.Tests.csproj": csproj }), { git: false });
    expect(tool(document.tools, "Fluent Assertions")).toBeUndefined();
    const pkg = document.tools.find((t) => t.name === "FluentAssertions");
    expect(pkg).toMatchObject({ version: "6.11.0", detection_source: "test/Api.Tests/Api.Tests.csproj" });
    expect(tool(document.tools, "xUnit")?.version).toBe("2.4.2");
  });

  it("still names Fluent Assertions with all tools", async () => {
    const { document } = await scan(new MemorySource({ "test/Api.Tests/Api.Tests.csproj": csproj }), { git: false, allTools: true });
    expect(tool(document.tools, "Fluent Assertions")).toBeDefined();
  });
});
