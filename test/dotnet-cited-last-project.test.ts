import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { tool } from "./helpers.js";

// .NET and NuGet are cited from the last project file by path (as bytes), as npm from the last
// package.json: corpus IdentityServerExample and StripeExample (24amcoder-sb), held-out
// Frdhsn/CShop.User.Api.v2 and Cefalo.farhadcodes-a-CP-blog.Api, brianlane01/TeamApiProject and
// abenteuerzeit/meal-plan-generator. .NET Core and ASP.NET Core keep the project giving their
// release. The rule is catalog data: `cited_files` with `cited_order: last` (catalog/overrides.yml).

const sdkProject = (sdk: string, packages: Record<string, string>) =>
  [
    `<Project Sdk="${sdk}">`,
    "",
    "  <PropertyGroup>",
    "    <TargetFramework>net6.0</TargetFramework>",
    "    <ImplicitUsings>enable</ImplicitUsings>",
    "    <Nullable>enable</Nullable>",
    "  </PropertyGroup>",
    "",
    "  <ItemGroup>",
    ...Object.entries(packages).map(([id, version]) => `    <PackageReference Include="${id}" Version="${version}" />`),
    "  </ItemGroup>",
    "",
    "</Project>",
    "",
  ].join("\n");

const efCore = { "Microsoft.EntityFrameworkCore": "6.0.10", "Microsoft.EntityFrameworkCore.SqlServer": "6.0.10" };

async function sources(files: Record<string, string>) {
  const { document } = await scan(new MemorySource(files), { git: false });
  const cited = (name: string) => tool(document.tools, name)?.detection_source;
  return { dotNet: cited(".NET"), nuget: cited("NuGet"), core: cited(".NET Core"), aspNetCore: cited("ASP.NET Core") };
}

describe(".NET's and NuGet's detection_source in a solution of several projects", () => {
  it("an API in four projects: the Service project, last by path; .NET Core and ASP.NET Core from the API", async () => {
    const files = {
      "CShop.User.Api/CShop.User.Api.csproj": sdkProject("Microsoft.NET.Sdk.Web", { ...efCore, "Swashbuckle.AspNetCore": "6.4.0" }),
      "CShop.User.Database/CShop.User.Database.csproj": sdkProject("Microsoft.NET.Sdk", efCore),
      "CShop.User.Repository/CShop.User.Repository.csproj": sdkProject("Microsoft.NET.Sdk", efCore),
      "CShop.User.Service/CShop.User.Service.csproj": sdkProject("Microsoft.NET.Sdk", { AutoMapper: "12.0.0", ...efCore }),
      "CShop.User.Api.sln": "",
    };
    expect(await sources(files)).toEqual({
      dotNet: "CShop.User.Service/CShop.User.Service.csproj",
      nuget: "CShop.User.Service/CShop.User.Service.csproj",
      core: "CShop.User.Api/CShop.User.Api.csproj",
      aspNetCore: "CShop.User.Api/CShop.User.Api.csproj",
    });
  });

  it("Blog.Service/ after Blog.Service.UnitTests/: a path compares '.' before '/'", async () => {
    const tests = { xunit: "2.4.2", FluentAssertions: "6.8.0", "Microsoft.NET.Test.Sdk": "17.3.2" };
    const files = {
      "Blog.Api/Blog.Api.csproj": sdkProject("Microsoft.NET.Sdk.Web", efCore),
      "Blog.Api.UnitTests/Blog.Api.UnitTests.csproj": sdkProject("Microsoft.NET.Sdk", tests),
      "Blog.Service/Blog.Service.csproj": sdkProject("Microsoft.NET.Sdk", { "Newtonsoft.Json": "13.0.1" }),
      "Blog.Service.UnitTests/Blog.Service.UnitTests.csproj": sdkProject("Microsoft.NET.Sdk", tests),
    };
    const cited = await sources(files);
    expect(cited).toMatchObject({ dotNet: "Blog.Service/Blog.Service.csproj", nuget: "Blog.Service/Blog.Service.csproj" });
    expect(cited.core).toBe("Blog.Api.UnitTests/Blog.Api.UnitTests.csproj");
  });

  it("capitals first: an app's lower-case folder after a generated client's USDA/ folder and its packages.config", async () => {
    const oldStyle = [
      '<?xml version="1.0" encoding="utf-8"?>',
      '<Project ToolsVersion="14.0" DefaultTargets="Build" xmlns="http://schemas.microsoft.com/developer/msbuild/2003">',
      "  <PropertyGroup>",
      "    <OutputType>Library</OutputType>",
      "    <TargetFrameworkVersion>v4.8</TargetFrameworkVersion>",
      "  </PropertyGroup>",
      "</Project>",
      "",
    ].join("\n");
    const packagesConfig = '<?xml version="1.0" encoding="utf-8"?>\n<packages>\n  <package id="RestSharp" version="105.1.0" targetFramework="net48" />\n  <package id="Newtonsoft.Json" version="10.0.3" targetFramework="net48" />\n</packages>\n';
    const files = {
      "USDA/src/IO.Swagger/IO.Swagger.csproj": oldStyle,
      "USDA/src/IO.Swagger/packages.config": packagesConfig,
      "meal-plan-generator/meal-plan-generator.csproj": sdkProject("Microsoft.NET.Sdk.Web", { ...efCore, "Microsoft.Extensions.DependencyInjection": "6.0.1" }),
    };
    expect(await sources(files)).toMatchObject({
      dotNet: "meal-plan-generator/meal-plan-generator.csproj",
      nuget: "meal-plan-generator/meal-plan-generator.csproj",
      core: "meal-plan-generator/meal-plan-generator.csproj",
    });
  });
});
