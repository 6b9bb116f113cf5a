import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { tool } from "./helpers.js";

// C# is cited as "Repo Metadata" where the language bar counts it, as the site cites it
// (catalog/overrides.yml: cited_files ["Repo Metadata"]), though each .csproj names it too: corpus
// IdentityServerExample, StripeExample, aspnetcore-graphql and held-out dmanning23/MenuBuddy and
// gqbo/LoCoMPro (3 owners). A C# the bar leaves out (only under examples/) keeps its file.
const cs = "namespace App;\npublic class Program { public static void Main() {} }\n";
const csproj = '<Project Sdk="Microsoft.NET.Sdk.Web">\n  <PropertyGroup>\n    <TargetFramework>net7.0</TargetFramework>\n  </PropertyGroup>\n</Project>\n';

describe("C#, counted by the language bar, is cited as Repo Metadata", () => {
  it("beside the .csproj of an ASP.NET Core app", async () => {
    const { document } = await scan(
      new MemorySource({
        "source/Shop.Web/Shop.Web.csproj": csproj,
        "source/Shop.Web/Program.cs": cs,
        "source/Shop.Web/Controllers/HomeController.cs": cs,
      }),
      { git: false },
    );
    expect(tool(document.tools, "C#")?.detection_source).toBe("Repo Metadata");
  });
});
