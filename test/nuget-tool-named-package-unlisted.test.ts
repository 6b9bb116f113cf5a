import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { pkg, tool } from "./helpers.js";

// The site writes no NuGet package entry for a package whose whole name is the tool it names: the
// tool's entry alone (Serilog, MediatR, FluentValidation, xunit, Moq). Packages naming a tool under
// another name, and packages naming none, keep their entries.
describe("NuGet packages named as their tool", () => {
  const csproj = `<Project Sdk="Microsoft.NET.Sdk.Web">
  <PropertyGroup>
    <TargetFramework>net7.0</TargetFramework>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="MediatR" Version="12.0.1" />
    <PackageReference Include="Serilog" Version="3.0.1" />
    <PackageReference Include="Serilog.AspNetCore" Version="7.0.0" />
    <PackageReference Include="Newtonsoft.Json" Version="13.0.3" />
  </ItemGroup>
</Project>
`;
  it("give the tool's entry alone", async () => {
    const { document } = await scan(new MemorySource({ "src/WebApi/WebApi.csproj": csproj }), { git: false });
    expect(tool(document.tools, "MediatR")?.version).toBe("12.0.1");
    expect(tool(document.tools, "Serilog")).toBeDefined();
    expect(pkg(document.tools, "MediatR")).toBeUndefined();
    expect(pkg(document.tools, "Serilog")).toBeUndefined();
    expect(pkg(document.tools, "Serilog.AspNetCore")?.version).toBe("7.0.0");
    expect(pkg(document.tools, "Newtonsoft.Json")?.version).toBe("13.0.3");
  });

  it("npm keeps its package entries for tools (the site lists express and react)", async () => {
    const { document } = await scan(new MemorySource({ "package.json": JSON.stringify({ dependencies: { express: "4.18.2" } }) }), { git: false });
    expect(tool(document.tools, "ExpressJS")).toBeDefined();
    expect(pkg(document.tools, "express")).toBeDefined();
  });
});
