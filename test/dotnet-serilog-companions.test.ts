import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

// Serilog's companion packages (the ASP.NET Core and hosting integrations, settings readers,
// enrichers, sinks) are released on their own numbering: Serilog.AspNetCore 8.0 runs on Serilog
// 3.1, Serilog.Sinks.Console 5.0 on Serilog 3.x. They name Serilog without lending it their
// release; the `Serilog` package itself still versions it.
const csproj = (refs: string) =>
  `<Project Sdk="Microsoft.NET.Sdk.Web"><PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup><ItemGroup>${refs}</ItemGroup></Project>`;
const tools = async (refs: string) =>
  (await scan(new MemorySource({ "src/Api/Api.csproj": csproj(refs) }), { git: false, disable: ["languages"] })).document.tools;

describe("Serilog's companion packages", () => {
  it("name Serilog without their own release", async () => {
    const found = await tools(`<PackageReference Include="Serilog.AspNetCore" Version="8.0.*" /><PackageReference Include="Serilog.Sinks.Console" Version="5.0.1" />`);
    const serilog = found.find((t) => t.name === "Serilog" && !t.package_url);
    expect(serilog).toBeDefined();
    expect(serilog?.version).toBeUndefined();
    expect(found.find((t) => t.name === "Serilog.AspNetCore" && t.package_url)?.version).toBe("8.0");
  });

  it("leave the version to the Serilog package when it is declared", async () => {
    const found = await tools(`<PackageReference Include="Serilog" Version="3.1.1" /><PackageReference Include="Serilog.AspNetCore" Version="8.0.0" />`);
    expect(found.find((t) => t.name === "Serilog" && !t.package_url)?.version).toBe("3.1.1");
  });
});
