import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { tool } from "./helpers.js";

// A .NET Aspire solution: the AppHost runs the stores' containers through hosting integrations and
// each service reaches them through client integrations, all released with Aspire (9.0.0 here).
describe(".NET Aspire", () => {
  it("hosting and client integrations name the store or broker they run or reach, without Aspire's release", async () => {
    const appHost = `<Project Sdk="Microsoft.NET.Sdk">
  <Sdk Name="Aspire.AppHost.Sdk" Version="9.0.0" />
  <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net9.0</TargetFramework><IsAspireHost>true</IsAspireHost></PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Aspire.Hosting.AppHost" Version="9.0.0" />
    <PackageReference Include="Aspire.Hosting.PostgreSQL" Version="9.0.0" />
    <PackageReference Include="Aspire.Hosting.Kafka" Version="9.0.0" />
  </ItemGroup>
</Project>`;
    const api = `<Project Sdk="Microsoft.NET.Sdk.Web">
  <PropertyGroup><TargetFramework>net9.0</TargetFramework></PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Aspire.StackExchange.Redis.OutputCaching" Version="9.0.0" />
    <PackageReference Include="Aspire.MongoDB.Driver" Version="9.0.0" />
  </ItemGroup>
</Project>`;
    const { document } = await scan(new MemorySource({ "Shop.AppHost/Shop.AppHost.csproj": appHost, "Shop.Api/Shop.Api.csproj": api }), { git: false });
    for (const [name, file] of [["PostgreSQL", "Shop.AppHost/Shop.AppHost.csproj"], ["Kafka", "Shop.AppHost/Shop.AppHost.csproj"], ["Redis", "Shop.Api/Shop.Api.csproj"], ["MongoDB", "Shop.Api/Shop.Api.csproj"]]) {
      expect(tool(document.tools, name!), name).toMatchObject({ detection_source: file });
      expect(tool(document.tools, name!)?.version, name).toBeUndefined();
    }
  });
});
