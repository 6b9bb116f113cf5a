import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { catalogFileProblem } from "../src/catalog/check-file.js";
import { tool } from "./helpers.js";

// .NET is written with no release: its releases are the .NET Core, ASP.NET and ASP.NET Core entries'.
// The site writes none in 28 of 28 stack files naming .NET (19 owners: the 26 on disk, dev corpus and
// held-out, and Seddryck/cosmosdb-graph-uploader's and abenteuerzeit/meal-plan-generator's, read for
// this, whose .NET Framework projects have ASP.NET at 4.5.2 and 4.8 and .NET with none), among them
// five on disk whose files gave techstack one: a .NET Framework MVC app (corpus 24amcoder-sb/
// StripeExample, v4.5), net472 test and build projects (held-out fairushyn/node-api-dotnet,
// officialmofabs/aspnetcore), a netstandard2.0 F# library (corpus Wladoo/workers-sdk) and a
// Dockerfile on mcr.microsoft.com/dotnet images (held-out Frdhsn/CShop.User.Api.v2). The rule is
// catalog data: `no_release: true` on dot-net (catalog/overrides.yml).

const sdkProject = (framework: string, packages: Record<string, string>) =>
  [
    `<Project Sdk="Microsoft.NET.Sdk">`,
    "  <PropertyGroup>",
    `    <TargetFramework>${framework}</TargetFramework>`,
    "  </PropertyGroup>",
    "  <ItemGroup>",
    ...Object.entries(packages).map(([id, version]) => `    <PackageReference Include="${id}" Version="${version}" />`),
    "  </ItemGroup>",
    "</Project>",
    "",
  ].join("\n");

const mvcApp = [
  '<?xml version="1.0" encoding="utf-8"?>',
  '<Project ToolsVersion="15.0" DefaultTargets="Build" xmlns="http://schemas.microsoft.com/developer/msbuild/2003">',
  "  <PropertyGroup>",
  "    <ProjectGuid>{D0775540-014D-40D0-AD2D-35A762D1310F}</ProjectGuid>",
  "    <ProjectTypeGuids>{349c5851-65df-11da-9384-00065b846f21};{fae04ec0-301f-11d3-bf4b-00c04f79efbc}</ProjectTypeGuids>",
  "    <OutputType>Library</OutputType>",
  "    <RootNamespace>StripeExample.Web</RootNamespace>",
  "    <TargetFrameworkVersion>v4.5</TargetFrameworkVersion>",
  "  </PropertyGroup>",
  "</Project>",
  "",
].join("\n");

const multiStageDockerfile = [
  "FROM mcr.microsoft.com/dotnet/sdk:6.0-focal AS build",
  "WORKDIR /source",
  "COPY . .",
  'RUN dotnet restore "./CShop.User.Api/CShop.User.Api.csproj" --disable-parallel',
  'RUN dotnet publish "./CShop.User.Api/CShop.User.Api.csproj" -c release -o /app --no-restore',
  "",
  "FROM mcr.microsoft.com/dotnet/aspnet:6.0-focal",
  "WORKDIR /app",
  "COPY --from=build /app ./",
  'ENTRYPOINT ["dotnet", "CShop.User.Api.dll"]',
  "",
].join("\n");

async function entries(files: Record<string, string>) {
  const { document } = await scan(new MemorySource(files), { git: false });
  const entry = (name: string) => {
    const found = tool(document.tools, name);
    return found && { version: found.version };
  };
  return { dotNet: entry(".NET"), core: entry(".NET Core"), aspNet: entry("ASP.NET"), aspNetCore: entry("ASP.NET Core") };
}

describe(".NET, written with no release", () => {
  it("a .NET Framework MVC app: .NET without v4.5, which ASP.NET keeps", async () => {
    expect(await entries({ "Src/StripeExample.Web/StripeExample.Web.csproj": mvcApp })).toMatchObject({ dotNet: { version: undefined }, aspNet: { version: "4.5" } });
  });

  it("a netstandard2.0 library: .NET Standard's 2.0 is no .NET release", async () => {
    const fsproj = sdkProject("netstandard2.0", { "Fable.Core": "3.1.6", "Fable.Fetch": "2.2.0" });
    expect(await entries({ "templates/worker-fsharp/src/Worker.fsproj": fsproj })).toMatchObject({ dotNet: { version: undefined } });
  });

  it("a net6.0 API built on mcr.microsoft.com/dotnet images: the images' 6.0 stays .NET Core's, not .NET's", async () => {
    const files = {
      Dockerfile: multiStageDockerfile,
      "CShop.User.Api/CShop.User.Api.csproj": sdkProject("net6.0", { "Swashbuckle.AspNetCore": "6.4.0" }).replace("Microsoft.NET.Sdk", "Microsoft.NET.Sdk.Web"),
    };
    expect(await entries(files)).toMatchObject({ dotNet: { version: undefined }, core: { version: "6.0" }, aspNetCore: { version: "6.0" } });
  });

  it("a net472 build-task project beside net8.0 ones: .NET Core 8.0 and ASP.NET 4.7.2, .NET without either", async () => {
    const files = {
      "eng/tools/RepoTasks/RepoTasks.csproj": sdkProject("net472", { "System.Net.Http": "4.3.4" }),
      "src/Tools/GetDocument.Insider.csproj": sdkProject("net8.0", { "System.Diagnostics.DiagnosticSource": "4.6.0" }),
    };
    expect(await entries(files)).toMatchObject({ dotNet: { version: undefined }, core: { version: "8.0" }, aspNet: { version: "4.7.2" } });
  });

  it("no_release must be true or false in a catalog file", () => {
    const known = () => true;
    expect(catalogFileProblem({ tools: [{ id: "dot-net", no_release: true }] }, known)).toBeUndefined();
    expect(catalogFileProblem({ tools: [{ id: "dot-net", no_release: "yes" }] }, known)).toBe("tools[0] (dot-net): no_release must be true or false");
  });
});
