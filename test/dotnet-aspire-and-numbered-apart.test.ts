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

describe("packages numbered apart from the tool they extend", () => {
  it("Autofac's ASP.NET Core integration names Autofac without its own release; Capistrano's plugins likewise", async () => {
    const csproj = '<Project Sdk="Microsoft.NET.Sdk.Web"><PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup><ItemGroup><PackageReference Include="Autofac.Extensions.DependencyInjection" Version="9.0.0" /></ItemGroup></Project>';
    const net = await scan(new MemorySource({ "Api/Api.csproj": csproj }), { git: false });
    expect(tool(net.document.tools, "AutoFac")).toMatchObject({ detection_source: "Api/Api.csproj" });
    expect(tool(net.document.tools, "AutoFac")?.version).toBeUndefined();
    const both = await scan(new MemorySource({ "Api/Api.csproj": csproj.replace("<ItemGroup>", '<ItemGroup><PackageReference Include="Autofac" Version="8.0.0" />') }), { git: false });
    expect(tool(both.document.tools, "AutoFac")?.version).toBe("8.0.0");
    const ruby = await scan(new MemorySource({ Gemfile: 'source "https://rubygems.org"\ngem "capistrano-rbenv", "~> 2.2"\ngem "capistrano3-puma", "~> 6.0"\n' }), { git: false });
    expect(tool(ruby.document.tools, "Capistrano")).toMatchObject({ detection_source: "Gemfile" });
    expect(tool(ruby.document.tools, "Capistrano")?.version).toBeUndefined();
  });
});
