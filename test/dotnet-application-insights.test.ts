import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { pkg, tool } from "./helpers.js";

describe("Application Insights' NuGet SDKs", () => {
  it("are package entries only, in a web app and in a telemetry library", async () => {
    // A book chapter's sample web app sending telemetry, and a feature-flag library's publisher.
    const web = [
      '<Project Sdk="Microsoft.NET.Sdk.Web">',
      "  <PropertyGroup><TargetFramework>net5.0</TargetFramework></PropertyGroup>",
      "  <ItemGroup>",
      '    <PackageReference Include="Microsoft.ApplicationInsights.AspNetCore" Version="2.14.0" />',
      "  </ItemGroup>",
      "</Project>",
    ].join("\n");
    const library = [
      '<Project Sdk="Microsoft.NET.Sdk">',
      "  <PropertyGroup><TargetFrameworks>netstandard2.0;net6.0</TargetFrameworks></PropertyGroup>",
      "  <ItemGroup>",
      '    <PackageReference Include="Microsoft.ApplicationInsights" Version="2.21.0" />',
      "  </ItemGroup>",
      "</Project>",
    ].join("\n");
    const { document } = await scan(
      new MemorySource({ "Chapter07/TestAppInsights/TestAppInsights.csproj": web, "src/Telemetry/Telemetry.csproj": library }),
      { git: false },
    );
    expect(tool(document.tools, "Azure Application Insights")).toBeUndefined();
    expect(pkg(document.tools, "Microsoft.ApplicationInsights.AspNetCore")?.version).toBe("2.14.0");
    expect(pkg(document.tools, "Microsoft.ApplicationInsights")?.version).toBe("2.21.0");
    expect(tool(document.tools, "ASP.NET Core")).toBeDefined();
  });
});
