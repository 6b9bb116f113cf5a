import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { tool } from "./helpers.js";

// JavaScript from a .js file the language bar leaves out, where it counts none: the site cites a
// vendored library's script (catalog/matchers/languages.yml, `left-out-extension`). The trees are
// shaped like an ASP.NET Core sample's wwwroot/lib (FeatureManagement-Dotnet's examples) and a
// Python project committing its Sphinx build (AmesCAP's docs/build/html/_static).
const csproj = `<Project Sdk="Microsoft.NET.Sdk.Web">
  <PropertyGroup>
    <TargetFramework>net6.0</TargetFramework>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Microsoft.ApplicationInsights.AspNetCore" Version="2.21.0" />
  </ItemGroup>
</Project>
`;

const aspNetSample = {
  "src/FeatureFlags/FeatureFlags.csproj": csproj,
  "src/FeatureFlags/Program.cs": "var app = WebApplication.CreateBuilder(args).Build();\napp.Run();\n",
  "src/FeatureFlags/Pages/Index.cshtml": "@page\n<h1>Home</h1>\n",
  "src/FeatureFlags/wwwroot/lib/bootstrap/dist/js/bootstrap.bundle.js": "/*! Bootstrap v5.1.0 */\n",
  "src/FeatureFlags/wwwroot/lib/jquery/dist/jquery.min.js": "/*! jQuery v3.5.1 */\n",
  "src/FeatureFlags/wwwroot/css/site.css": "html { font-size: 14px; }\n",
};

const sphinxBuild = {
  "setup.py": "from setuptools import setup\nsetup(name='mars-cap')\n",
  "amescap/Script_utils.py": "def read_variable(name):\n    return name\n",
  "docs/source/conf.py": "project = 'AmesCAP'\n",
  "docs/build/html/_static/doctools.js": "const Documentation = {};\n",
  "docs/build/html/_static/jquery.js": "/*! jQuery v3.6.0 */\n",
  "docs/build/html/searchindex.js": "Search.setIndex({});\n",
};

describe("JavaScript from a left-out .js file", () => {
  it("an ASP.NET sample's vendored wwwroot/lib scripts name JavaScript, cited to the first by path", async () => {
    const { document } = await scan(new MemorySource(aspNetSample), { git: false });
    expect(tool(document.tools, "JavaScript")).toMatchObject({ detection_source: "src/FeatureFlags/wwwroot/lib/bootstrap/dist/js/bootstrap.bundle.js" });
    expect(tool(document.tools, "C#")).toMatchObject({ detection_source: "Repo Metadata" });
  });

  it("a committed Sphinx build's _static scripts name JavaScript beside the Python the bar counts", async () => {
    const { document } = await scan(new MemorySource(sphinxBuild), { git: false });
    expect(tool(document.tools, "JavaScript")).toMatchObject({ detection_source: "docs/build/html/_static/doctools.js" });
    expect(tool(document.tools, "Python")).toMatchObject({ detection_source: "Repo Metadata" });
  });

  it("a counted script keeps the language bar as the source; no .js file names no JavaScript", async () => {
    const counted = await scan(new MemorySource({ ...aspNetSample, "src/FeatureFlags/wwwroot/js/site.js": "// site scripts\n" }), { git: false });
    expect(tool(counted.document.tools, "JavaScript")).toMatchObject({ detection_source: "Repo Metadata" });
    const none = await scan(new MemorySource({ "src/FeatureFlags/FeatureFlags.csproj": csproj, "src/FeatureFlags/Program.cs": "return;\n" }), { git: false });
    expect(tool(none.document.tools, "JavaScript")).toBeUndefined();
  });

  it("a .gitattributes `linguist-detectable=false` keeps the vendored scripts from naming JavaScript", async () => {
    const gitattributes = "src/FeatureFlags/wwwroot/** linguist-detectable=false\n";
    const { document } = await scan(new MemorySource({ ...aspNetSample, ".gitattributes": gitattributes }), { git: false });
    expect(tool(document.tools, "JavaScript")).toBeUndefined();
  });
});
