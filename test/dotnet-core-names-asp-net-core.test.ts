import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { tool } from "./helpers.js";

// The site names ASP.NET Core beside .NET Core from the same project file at the same release,
// console, worker and test projects included (held-out stack files of 3 owners, no counter-example).
describe(".NET Core target frameworks name ASP.NET Core", () => {
  it("a console app on the bare SDK (netcoreapp3.0)", async () => {
    const csproj = `<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>netcoreapp3.0</TargetFramework>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="RabbitMQ.Client" Version="6.1.0" />
  </ItemGroup>
</Project>
`;
    const { document } = await scan(new MemorySource({ "receive/Receive.csproj": csproj }), { git: false });
    expect(tool(document.tools, ".NET Core")).toMatchObject({ version: "3.0", detection_source: "receive/Receive.csproj" });
    expect(tool(document.tools, "ASP.NET Core")).toMatchObject({ version: "3.0", detection_source: "receive/Receive.csproj" });
  });

  it("a worker service (net6.0) and a package-less console app (net7.0)", async () => {
    const worker = `<Project Sdk="Microsoft.NET.Sdk.Worker">
  <PropertyGroup>
    <TargetFramework>net6.0</TargetFramework>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Microsoft.Extensions.Hosting" Version="6.0.1" />
  </ItemGroup>
</Project>
`;
    const w = await scan(new MemorySource({ "Runner/Runner.csproj": worker }), { git: false });
    expect(tool(w.document.tools, "ASP.NET Core")).toMatchObject({ version: "6.0", detection_source: "Runner/Runner.csproj" });
    const console = `<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net7.0</TargetFramework>
  </PropertyGroup>
</Project>
`;
    const c = await scan(new MemorySource({ "Chapter1/Demo.csproj": console }), { git: false });
    expect(tool(c.document.tools, "ASP.NET Core")?.version).toBe("7.0");
  });

  it("not a .NET Standard library or a .NET Framework project", async () => {
    const lib = `<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>netstandard2.0</TargetFramework>
  </PropertyGroup>
</Project>
`;
    const { document } = await scan(new MemorySource({ "Lib/Lib.csproj": lib }), { git: false });
    expect(tool(document.tools, "ASP.NET Core")).toBeUndefined();
    // The project is read: it names .NET.
    expect(tool(document.tools, ".NET")).toBeDefined();
  });
});
