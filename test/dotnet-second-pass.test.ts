import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { pkg, tool } from "./helpers.js";

// A second pass over .NET repositories as they are laid out: test stacks, solution files, shared
// build files (Directory.Build.props/.targets) and Paket projects.

const csproj = (sdk: string, body: string) => `<Project Sdk="${sdk}">\n${body}\n</Project>\n`;
const detect = async (files: Record<string, string>) => (await scan(new MemorySource(files), { git: false })).document;

describe(".NET second pass", () => {
  it("Playwright for .NET and its NUnit fixtures name Playwright at their release", async () => {
    const document = await detect({
      "tests/E2E/E2E.csproj": csproj(
        "Microsoft.NET.Sdk",
        `  <PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Microsoft.NET.Test.Sdk" Version="17.11.1" />
    <PackageReference Include="Microsoft.Playwright.NUnit" Version="1.48.0" />
    <PackageReference Include="NUnit" Version="4.2.2" />
  </ItemGroup>`,
      ),
    });
    expect(tool(document.tools, "Playwright")).toMatchObject({ version: "1.48.0", detection_source: "tests/E2E/E2E.csproj" });
    expect(tool(document.tools, "NUnit")?.version).toBe("4.2.2");
  });

  it("a .slnx solution names Visual Studio as a .sln does", async () => {
    const document = await detect({
      "App.slnx": `<Solution>\n  <Project Path="src/App/App.csproj" />\n</Solution>\n`,
      "src/App/App.csproj": csproj("Microsoft.NET.Sdk", `  <PropertyGroup><TargetFramework>net9.0</TargetFramework></PropertyGroup>`),
    });
    expect(tool(document.tools, "Visual Studio")).toMatchObject({ detection_source: "App.slnx" });
  });
});
