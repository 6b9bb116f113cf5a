import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { tool } from "./helpers.js";

const project = (tfm: string, ...packages: [string, string][]) =>
  [
    '<Project Sdk="Microsoft.NET.Sdk">',
    `  <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>${tfm}</TargetFramework></PropertyGroup>`,
    ...(packages.length ? ["  <ItemGroup>", ...packages.map(([id, v]) => `    <PackageReference Include="${id}" Version="${v}" />`), "  </ItemGroup>"] : []),
    "</Project>",
  ].join("\n");

describe(".NET beside .NET Core", () => {
  it("a .NET Core or .NET 5+ console app without packages is .NET Core alone", async () => {
    // A book's chapter demos: one console project per example, none referencing a package.
    for (const tfm of ["net7.0", "netcoreapp2.1"]) {
      const { document } = await scan(
        new MemorySource({ "Chapter1/Demo1/Demo1.csproj": project(tfm), "Chapter2/Demo2/Demo2.csproj": project(tfm) }),
        { git: false },
      );
      expect(tool(document.tools, ".NET Core"), tfm).toMatchObject({ version: tfm.replace(/^\D+/, "") });
      expect(tool(document.tools, ".NET"), tfm).toBeUndefined();
      expect(tool(document.tools, "NuGet"), tfm).toBeUndefined();
    }
  });

  it("a project referencing NuGet packages names .NET too, with its framework's release", async () => {
    const { document } = await scan(
      new MemorySource({
        "Chapter1/Demo1/Demo1.csproj": project("net7.0"),
        "Chapter9/Bind/Bind.csproj": project("net7.0", ["LanguageExt.Core", "4.4.0"]),
      }),
      { git: false },
    );
    expect(tool(document.tools, ".NET")).toMatchObject({ version: "7.0", detection_source: "Chapter9/Bind/Bind.csproj" });
    expect(tool(document.tools, "NuGet")).toBeDefined();
    expect(tool(document.tools, ".NET Core")?.version).toBe("7.0");
  });

  it(".NET Standard and .NET Framework projects stay .NET without packages", async () => {
    for (const tfm of ["netstandard2.0", "net472"]) {
      const { document } = await scan(new MemorySource({ "Lib/Lib.csproj": project(tfm) }), { git: false });
      expect(tool(document.tools, ".NET"), tfm).toBeDefined();
    }
  });
});
