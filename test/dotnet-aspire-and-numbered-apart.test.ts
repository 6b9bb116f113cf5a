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

describe(".NET Aspire's Azure and EF Core integrations", () => {
  it("an Azure hosting or client integration names the Azure service and Microsoft Azure; an EF Core one names EF Core, never at Aspire's release", async () => {
    const appHost = `<Project Sdk="Microsoft.NET.Sdk">
  <Sdk Name="Aspire.AppHost.Sdk" Version="9.0.0" />
  <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net9.0</TargetFramework><IsAspireHost>true</IsAspireHost></PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Aspire.Hosting.AppHost" Version="9.0.0" />
    <PackageReference Include="Aspire.Hosting.Azure.ServiceBus" Version="9.0.0" />
    <PackageReference Include="Aspire.Hosting.Azure.CosmosDB" Version="9.0.0" />
    <PackageReference Include="Aspire.Hosting.Azure.KeyVault" Version="9.0.0" />
  </ItemGroup>
</Project>`;
    const api = `<Project Sdk="Microsoft.NET.Sdk.Web">
  <PropertyGroup><TargetFramework>net9.0</TargetFramework></PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Aspire.Azure.Storage.Blobs" Version="9.0.0" />
    <PackageReference Include="Aspire.Microsoft.EntityFrameworkCore.SqlServer" Version="9.0.0" />
  </ItemGroup>
</Project>`;
    const { document } = await scan(new MemorySource({ "Shop.AppHost/Shop.AppHost.csproj": appHost, "Shop.Api/Shop.Api.csproj": api }), { git: false });
    const host = "Shop.AppHost/Shop.AppHost.csproj";
    const svc = "Shop.Api/Shop.Api.csproj";
    for (const [name, file] of [["Azure Service Bus", host], ["Azure Cosmos DB", host], ["Azure Key Vault", host], ["Azure Storage", svc], ["Entity Framework Core", svc], ["Microsoft SQL Server", svc]]) {
      expect(tool(document.tools, name!), name).toMatchObject({ detection_source: file });
      expect(tool(document.tools, name!)?.version, name).toBeUndefined();
    }
    expect(tool(document.tools, "Microsoft Azure")).toBeDefined();
    expect(tool(document.tools, "Microsoft Azure")?.version).toBeUndefined();
    expect(tool(document.tools, "Entity Framework")).toBeDefined();
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
